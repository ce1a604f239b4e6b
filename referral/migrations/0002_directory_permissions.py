"""Editors and moderators manage the directory; translators translate its entries."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Editors": ["add_organisation", "change_organisation", "delete_organisation"],
    "Moderators": ["add_organisation", "change_organisation", "delete_organisation"],
    "Translators": ["change_organisation"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("referral")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="referral", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    for permission in Permission.objects.filter(content_type__app_label="referral"):
        permission.group_set.clear()


class Migration(migrations.Migration):
    dependencies = [
        ("referral", "0001_initial"),
        ("home", "0003_groups_and_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
