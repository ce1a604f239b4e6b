"""The Event organisers group gets the events section: add, edit and publish pages under
every events index that exists (indexes made later get the same through signals.py), and
manage speakers. Their media permissions (the Events collection only) come from home's
0003 migration.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ORGANISERS = "Event organisers"
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
SPEAKER_PERMISSIONS = ("add_speaker", "change_speaker", "view_speaker")


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate).
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    EventIndexPage = apps.get_model("events.EventIndexPage")

    group, _ = Group.objects.get_or_create(name=ORGANISERS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="events", codename__in=SPEAKER_PERMISSIONS
        )
    )
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    )
    for index_page in EventIndexPage.objects.all():
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=index_page.pk, permission=permission
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    EventIndexPage = apps.get_model("events.EventIndexPage")
    group = Group.objects.filter(name=ORGANISERS).first()
    if group is None:
        return
    GroupPagePermission.objects.filter(
        group=group, page_id__in=EventIndexPage.objects.values("pk")
    ).delete()
    group.permissions.remove(
        *group.permissions.filter(content_type__app_label="events", codename__in=SPEAKER_PERMISSIONS)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("home", "0003_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
