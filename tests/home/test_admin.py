"""Editors' screens in the Wagtail admin work for the page types and snippets of the site."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, NewsIndexPage, NewsPage, Partner, StandardPage


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests")
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_user("editor", "editor@example.org", "pw-for-tests")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", [HomePage, StandardPage, NewsIndexPage, NewsPage])
def test_edit_view_of_every_page_type_renders(admin_client, page_type):
    page = page_type.objects.filter(locale__language_code="en").first()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("parent_type", "child", "allowed"),
    [
        (HomePage, "standardpage", True),
        (HomePage, "newspage", False),
        (NewsIndexPage, "newspage", True),
        (StandardPage, "newsindexpage", False),
    ],
)
def test_page_tree_rules(admin_client, parent_type, child, allowed):
    parent = parent_type.objects.filter(locale__language_code="en").first()
    response = admin_client.get(reverse("wagtailadmin_pages:add", args=["home", child, parent.pk]))
    assert (response.status_code == 200) is allowed


def standard_page_form(title, slug, intro="", body=(), action=None):
    """The POST data of the standard page editor."""
    data = {"title": title, "slug": slug, "intro": intro, "summary": "", "body": streamfield(body)}
    if action:
        data[f"action-{action}"] = action
    return nested_form_data(data)


def add_standard_page(client, parent, data):
    return client.post(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk]), data
    )


@pytest.mark.django_db
def test_editor_creates_a_page_and_submits_it_for_review(editor_client):
    home = HomePage.objects.get(locale__language_code="en")
    body = [("paragraph", rich_text("<p>Three shelters are recognised.</p>"))]
    data = standard_page_form(
        "Shelters in Belgium", "shelters-in-belgium", "Where a victim can stay.", body, "submit"
    )
    response = add_standard_page(editor_client, home, data)
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="shelters-in-belgium")
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
    assert page.current_workflow_task.name == "Review by a moderator"


@pytest.mark.django_db
def test_editor_cannot_publish_directly(editor_client):
    home = HomePage.objects.get(locale__language_code="en")
    data = standard_page_form("Published by an editor?", "published-by-an-editor", action="publish")
    add_standard_page(editor_client, home, data)
    page = StandardPage.objects.get(slug="published-by-an-editor")
    assert not page.live


@pytest.mark.django_db
def test_invalid_block_keeps_what_the_editor_typed(admin_client):
    page = StandardPage.objects.filter(locale__language_code="en").first()
    incomplete = {
        "title": "Read the manual",
        "text": "",
        "button_label": "Open",
        "page": "",
        "external_url": "",
    }
    data = standard_page_form(
        page.title, page.slug, "An intro worth keeping", [("call_to_action", incomplete)]
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Choose a page or enter an address, not both." in content
    assert "An intro worth keeping" in content
    assert "Read the manual" in content


@pytest.mark.django_db
def test_snippets_and_settings_screens(admin_client):
    listing = admin_client.get(reverse("wagtailsnippets_home_partner:list"), {"q": "Payoke"})
    assert listing.status_code == 200
    assert "Payoke" in listing.content.decode()
    assert "Ministry of Interior of Hungary" not in listing.content.decode()
    partner = Partner.objects.filter(locale__language_code="en").first()
    assert (
        admin_client.get(
            reverse("wagtailsnippets_home_partner:edit", args=[partner.pk])
        ).status_code
        == 200
    )
    settings_url = reverse("wagtailsettings:edit", args=["home", "contactsettings"])
    response = admin_client.get(settings_url, follow=True)
    assert response.status_code == 200
    assert "info@ravot-eur.eu" in response.content.decode()


@pytest.mark.django_db
def test_translator_starts_a_translation_of_a_new_page(client):
    """The wagtail-localize path editors use: translate a page into Hungarian."""
    translator = get_user_model().objects.create_user("translator")
    translator.groups.add(Group.objects.get(name="Translators"))
    client.force_login(translator)
    home = HomePage.objects.get(locale__language_code="en")
    page = StandardPage(title="New guidance", slug="new-guidance", intro="Read this.")
    home.add_child(instance=page)
    page.save_revision().publish()
    hungarian = Locale.objects.get(language_code="hu")

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [hungarian.pk]},
    )
    assert response.status_code == 302
    translated = page.get_translation(hungarian)
    assert translated.get_parent().specific == home.get_translation(hungarian)
    assert not translated.live  # a draft until the translation is done and reviewed
    assert Page.objects.filter(translation_key=page.translation_key).count() == 2
