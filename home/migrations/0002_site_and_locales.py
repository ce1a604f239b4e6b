"""The four content locales and an English home page as the site's root.

The other languages' home pages are translations made in wagtail-localize (or by
seed_demo); until one exists, Wagtail serves the English home under that prefix.
"""

import uuid

from django.db import migrations

LANGUAGE_CODES = ["en", "hu", "nl", "fr"]


def create_site(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code="en")

    # Replace Wagtail's "Welcome" page (wagtailcore.0002_initial_data) with ours.
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()

    homepage_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    root = Page.objects.get(depth=1)
    homepage = HomePage.objects.create(
        title="RAVOT-EUR",
        draft_title="RAVOT-EUR",
        slug="home",
        content_type=homepage_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=english,
        translation_key=uuid.uuid4(),
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])

    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=homepage, is_default_site=True,
        site_name="RAVOT-EUR",
    )


def remove_site(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_site, remove_site)]
