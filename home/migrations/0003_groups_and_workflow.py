"""Editors' groups, their permissions, the collections and the review workflow.

- Editors write and edit pages in every language and submit them for review; they
  cannot publish. They manage images, documents, partners and contact details.
- Translators create and edit translations (through wagtail-localize) and submit
  them for review; they may choose existing images and documents but not upload.
- Moderators review and publish, lock and unlock pages; they will also vet forum
  applicants and moderate the forum (forum issue).
- Event organisers reach the admin and the Events collection only; their page
  permissions come with the events section.
The "Internal" collection is visible only to logged-in editors and moderators.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS, TRANSLATORS, MODERATORS, ORGANISERS = (
    "Editors", "Translators", "Moderators", "Event organisers",
)
COLLECTIONS = ["Site pages", "Training manual", "Events", "Internal"]
MEDIA_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
]
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    TRANSLATORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("home", "add_partner"),
        ("home", "change_partner"),
        ("home", "delete_partner"),
        ("home", "change_contactsettings"),
    ],
    TRANSLATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("home", "change_partner"),
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("home", "add_partner"),
        ("home", "change_partner"),
        ("home", "delete_partner"),
    ],
    ORGANISERS: [("wagtailadmin", "access_admin")],
}


def create_all_permissions(apps):
    # Permissions are normally created after all migrations (post_migrate).
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permission(apps, app_label, codename):
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def set_up(apps, schema_editor):
    create_all_permissions(apps)
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore.CollectionViewRestriction")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}
    groups[ORGANISERS] = Group.objects.get_or_create(name=ORGANISERS)[0]

    # Page permissions on the tree root reach every language's tree. Start clean:
    # wagtailcore's initial data gave Editors and Moderators looser defaults.
    root_page = Page.objects.get(depth=1)
    GroupPagePermission.objects.filter(group__in=groups.values()).delete()
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.create(
                group=groups[name], page=root_page,
                permission=permission(apps, "wagtailcore", codename),
            )

    for name, perms in MODEL_PERMISSIONS.items():
        groups[name].permissions.set([permission(apps, *perm) for perm in perms])

    # Collections (children of the root collection, a treebeard tree: path steps of 4).
    root_collection = Collection.objects.get(depth=1)
    collections = {}
    for name in COLLECTIONS:
        collection = Collection.objects.filter(name=name, depth=2).first()
        if collection is None:
            root_collection.refresh_from_db()
            root_collection.numchild += 1
            root_collection.save(update_fields=["numchild"])
            collection = Collection.objects.create(
                name=name, depth=2, numchild=0,
                path=f"{root_collection.path}{root_collection.numchild:04d}",
            )
        collections[name] = collection

    media = [permission(apps, *perm) for perm in MEDIA_PERMISSIONS]
    GroupCollectionPermission.objects.filter(group__in=groups.values()).delete()
    for name in (EDITORS, MODERATORS):
        for perm in media:
            GroupCollectionPermission.objects.create(
                group=groups[name], collection=root_collection, permission=perm
            )
    for codename in ("choose_document", "choose_image"):
        GroupCollectionPermission.objects.create(
            group=groups[TRANSLATORS], collection=root_collection,
            permission=next(perm for perm in media if perm.codename == codename),
        )
    for perm in media:
        GroupCollectionPermission.objects.create(
            group=groups[ORGANISERS], collection=collections["Events"], permission=perm
        )

    restriction, _ = CollectionViewRestriction.objects.get_or_create(
        collection=collections["Internal"], defaults={"restriction_type": "groups"}
    )
    restriction.restriction_type = "groups"
    restriction.save()
    restriction.groups.set([groups[EDITORS], groups[MODERATORS]])

    set_up_workflow(apps, groups[MODERATORS], root_page)


def set_up_workflow(apps, moderators, root_page):
    """Submit -> review by a moderator -> publish, on every page of every language."""
    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Review by a moderator", defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([moderators])
    workflow, _ = Workflow.objects.get_or_create(name="Editorial review", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Wagtail's default "Moderators approval" workflow is replaced by this one.
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    Workflow.objects.exclude(pk=workflow.pk).filter(workflow_pages__isnull=True).update(
        active=False
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_site_and_locales"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
