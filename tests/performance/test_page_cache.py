"""Anonymous readers get stored pages; editors' changes show at once; nobody else is served
from the cache (ravot.page_cache)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from home.models import ContactSettings, HomePage
from manual.models import ManualChapterPage
from referral.models import ContactFormPage, DirectoryIndexPage, GetHelpPage, Organisation

pytestmark = pytest.mark.django_db


def home(language_code="en"):
    return HomePage.objects.get(locale__language_code=language_code)


def test_second_anonymous_request_is_served_from_the_cache(
    client, page_cache, django_assert_num_queries
):
    url = home().url
    first = client.get(url)
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_stored_pages_still_get_the_headers_added_around_the_cache(client, page_cache):
    url = home().url
    first, second = client.get(url), client.get(url)
    assert second["X-Cache"] == "hit"
    for header in ["Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options"]:
        assert second.get(header) == first.get(header) and first.get(header), header


def test_languages_do_not_mix(client, page_cache):
    for language_code in ["en", "hu", "nl", "fr", "en", "hu"]:
        response = client.get(home(language_code).url)
        assert f'lang="{language_code}"'.encode() in response.content, language_code
    assert client.get(home("nl").url)["X-Cache"] == "hit"


def test_publishing_in_the_editor_shows_the_new_title_at_once(client, page_cache):
    page = home("hu")
    client.get(page.url)
    assert client.get(page.url)["X-Cache"] == "hit"
    page.title = "Új címlap cím"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response["X-Cache"] == "miss"
    assert "Új címlap cím" in response.content.decode()


@pytest.fixture
def admin_client(client):
    admin = get_user_model().objects.create_superuser("cacheboss", "boss@example.org", "pw")
    admin_client = client.__class__()
    admin_client.force_login(admin)
    return admin_client


def test_unpublishing_in_the_admin_takes_the_page_away(client, admin_client, page_cache):
    page = Page.objects.live().filter(locale__language_code="en", depth__gt=2).last()
    assert client.get(page.url).status_code == 200
    response = admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert response.status_code == 302
    assert client.get(page.url).status_code == 404


def test_moving_in_the_admin_moves_the_cached_url(client, admin_client, page_cache):
    page = Page.objects.live().filter(locale__language_code="en", depth=4).first()
    old_url, target = page.url, home("en")
    assert client.get(old_url).status_code == 200
    response = admin_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[page.pk, target.pk])
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.url != old_url
    assert client.get(old_url).status_code != 200  # Wagtail redirects the old URL
    assert client.get(page.url).status_code == 200


def test_deleting_a_page_takes_it_away(client, page_cache):
    page = Page.objects.live().filter(locale__language_code="fr", depth__gt=2).last()
    url = page.url
    assert client.get(url).status_code == 200
    page.delete()
    assert client.get(url).status_code == 404


def test_snippets_and_settings_that_pages_show_invalidate_them(client, page_cache):
    directory = DirectoryIndexPage.objects.get(locale__language_code="en")
    organisation = Organisation.objects.filter(locale=directory.locale).first()
    client.get(directory.url)
    organisation.name = "Renamed assisting organisation"
    organisation.save()
    assert "Renamed assisting organisation" in client.get(directory.url).content.decode()

    url = home().url
    client.get(url)
    contact = ContactSettings.load()
    contact.email = "changed-address@example.org"
    contact.save()
    response = client.get(url)
    assert response["X-Cache"] == "miss"


def test_logged_in_readers_never_get_a_stored_copy(client, page_cache):
    page = ManualChapterPage.objects.live().filter(locale__language_code="en").first()
    client.get(page.url)
    # A change no signal announces: the stored copy keeps the old title.
    Page.objects.filter(pk=page.pk).update(title="Changed behind the caches back")
    assert client.get(page.url)["X-Cache"] == "hit"

    reader = client.__class__()
    reader.force_login(get_user_model().objects.create_user("reader", "r@example.org", "pw"))
    response = reader.get(page.url)
    assert "X-Cache" not in response
    assert "Changed behind the caches back" in response.content.decode()


def test_logged_in_pages_are_not_stored(client, page_cache):
    reader = client.__class__()
    reader.force_login(get_user_model().objects.create_user("reader", "r@example.org", "pw"))
    url = home("fr").url
    reader.get(url)
    assert client.get(url)["X-Cache"] == "miss"


def test_pages_with_forms_or_for_victims_are_not_stored(client, page_cache):
    contact_form = ContactFormPage.objects.get(locale__language_code="en")
    get_help = GetHelpPage.objects.get(locale__language_code="en")
    for url in [
        contact_form.url,  # CSRF token
        get_help.url,  # Cache-Control: no-store, nothing kept anywhere
        reverse("account_login"),
        reverse("account_signup"),
        reverse("search") + "?q=trafficking",
        reverse("search"),
        "/en/forum/",
        home().url + "?utm=x",
    ]:
        client.get(url)
        response = client.get(url)
        assert "X-Cache" not in response, url
    assert client.post(home().url).get("X-Cache") is None


def test_sessions_and_messages_bypass_the_cache(client, page_cache):
    url = home().url
    client.get(url)
    client.cookies["sessionid"] = "whatever"
    assert "X-Cache" not in client.get(url)
    del client.cookies["sessionid"]
    client.cookies["messages"] = "a-message"
    assert "X-Cache" not in client.get(url)


def test_a_deploy_starts_from_an_empty_cache(client, page_cache):
    """`migrate` runs at every deploy: pages of the previous release are not served."""
    from django.core.management.sql import emit_post_migrate_signal

    url = home().url
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert client.get(url)["X-Cache"] == "miss"
