"""Who may do what in the forum, with machina's own permission model.

- Experts (vetted members) see, read, start topics, reply, edit and delete their own
  posts, attach and download files, in every forum (global grants, forum = NULL).
- Moderators have all that and moderate: lock, move, edit and delete any post, approve,
  reply to locked topics, post announcements and stickies. They vet applications
  (`expert_forum.vet_application`).
- The "Moderators" forum is theirs alone: Experts are denied there forum by forum, which
  overrules their global grants, and Moderators are granted there explicitly.
- Nobody else has any permission (MACHINA_DEFAULT_AUTHENTICATED_USER_FORUM_PERMISSIONS
  stays empty, and no anonymous or all-users rows exist).

machina creates its ForumPermission rows after all migrations (post_migrate): they are
created here first. Rows are written with update_or_create, since machina's unique
constraint does not hold for global rows (forum = NULL).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EXPERTS, MODERATORS = "Experts", "Moderators"
EXPERT_PERMISSIONS = [
    "can_see_forum",
    "can_read_forum",
    "can_start_new_topics",
    "can_reply_to_topics",
    "can_edit_own_posts",
    "can_delete_own_posts",
    "can_post_without_approval",
    "can_attach_file",
    "can_download_file",
]
MODERATOR_PERMISSIONS = EXPERT_PERMISSIONS + [
    "can_post_announcements",
    "can_post_stickies",
    "can_lock_topics",
    "can_move_topics",
    "can_edit_posts",
    "can_delete_posts",
    "can_approve_posts",
    "can_reply_to_locked_topics",
]
MODERATORS_FORUM = {"name": "Moderators", "slug": "moderators"}


def forum_permissions(apps):
    from machina.apps.forum_permission.defaults import PermissionConfig

    ForumPermission = apps.get_model("forum_permission", "ForumPermission")
    return {
        config["codename"]: ForumPermission.objects.get_or_create(codename=config["codename"])[0]
        for config in PermissionConfig.permissions
    }


def moderators_forum(apps):
    """The moderators' forum, a top-level forum of its own (machina's forums are an MPTT
    tree: a new root gets the next tree id)."""
    Forum = apps.get_model("forum", "Forum")
    forum = Forum.objects.filter(slug=MODERATORS_FORUM["slug"], parent__isnull=True).first()
    if forum is None:
        last = Forum.objects.order_by("-tree_id").values_list("tree_id", flat=True).first()
        forum = Forum.objects.create(
            name=MODERATORS_FORUM["name"],
            slug=MODERATORS_FORUM["slug"],
            type=0,  # a forum that holds topics
            lft=1,
            rght=2,
            tree_id=(last or 0) + 1,
            level=0,
        )
    return forum


def set_up(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupForumPermission = apps.get_model("forum_permission", "GroupForumPermission")

    app_config = apps.get_app_config("expert_forum")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    experts = Group.objects.get_or_create(name=EXPERTS)[0]
    moderators = Group.objects.get_or_create(name=MODERATORS)[0]
    moderators.permissions.add(
        Permission.objects.get(content_type__app_label="expert_forum", codename="vet_application")
    )

    permissions = forum_permissions(apps)
    grants = {experts: EXPERT_PERMISSIONS, moderators: MODERATOR_PERMISSIONS}
    for group, codenames in grants.items():
        for codename in codenames:
            GroupForumPermission.objects.update_or_create(
                group=group, forum=None, permission=permissions[codename],
                defaults={"has_perm": True},
            )

    private = moderators_forum(apps)
    for codename in EXPERT_PERMISSIONS:
        GroupForumPermission.objects.update_or_create(
            group=experts, forum=private, permission=permissions[codename],
            defaults={"has_perm": False},
        )
    for codename in MODERATOR_PERMISSIONS:
        GroupForumPermission.objects.update_or_create(
            group=moderators, forum=private, permission=permissions[codename],
            defaults={"has_perm": True},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("expert_forum", "0001_initial"),
        ("home", "0003_groups_and_workflow"),
        ("forum", "0011_auto_20190627_2132"),
        ("forum_permission", "0005_userforumpermission_authenticated_user"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
