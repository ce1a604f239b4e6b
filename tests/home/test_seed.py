"""seed_demo builds the demo once; running it again changes nothing."""

import io

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation

from home.models import ContactSettings, Partner, StandardPage


def counts():
    models = [Page, Revision, Partner, Translation, Locale, get_user_model(), ContactSettings]
    models += [apps.get_model("wagtailcore", "PageLogEntry")]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.smoke
@pytest.mark.django_db
def test_second_run_changes_nothing():
    before = counts()
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    assert counts() == before
    assert "0 new English pages" in output.getvalue()


@pytest.mark.django_db
def test_demo_covers_every_language_with_linked_translations():
    english_pages = Page.objects.filter(locale__language_code="en", depth__gte=2)
    assert english_pages.count() >= 10
    for page in english_pages:
        languages = set(
            page.get_translations(inclusive=True)
            .live()
            .values_list("locale__language_code", flat=True)
        )
        assert languages == {"en", "hu", "nl", "fr"}, page
    # Made through wagtail-localize, so editors can keep translating them there.
    assert (
        Translation.objects.filter(source__object_id=english_pages.first().translation_key).count()
        == 3
    )


@pytest.mark.django_db
def test_demo_tells_the_project_facts(client):
    about = StandardPage.objects.filter(locale__language_code="en", depth=3).order_by("path")[0]
    text = client.get(about.url).content.decode()
    for fact in [
        "Ministry of Interior",
        "1 February 2014",
        "31 January 2016",
        "346,069",
        "311,462",
        "ISEC",
    ]:
        assert fact in text, fact


@pytest.mark.django_db
def test_demo_admin_password_comes_from_the_environment(monkeypatch):
    get_user_model().objects.filter(username="admin").delete()
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-long-demo-password")
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("a-long-demo-password")
    assert "a-long-demo-password" not in output.getvalue()


@pytest.mark.django_db
def test_demo_admin_password_is_generated_and_printed_once(monkeypatch):
    get_user_model().objects.filter(username="admin").delete()
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    first, second = io.StringIO(), io.StringIO()
    call_command("seed_demo", stdout=first)
    call_command("seed_demo", stdout=second)
    password = first.getvalue().split("with the password ")[1].split()[0]
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert "password" not in second.getvalue()
