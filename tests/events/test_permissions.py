"""Event organisers work in the events section of every language, and nowhere else."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page

from home.models import HomePage, NewsIndexPage, StandardPage
from ravot_events.models import EventIndexPage, EventPage
from tests.conftest import LANGUAGES

from .admin_forms import event_form


@pytest.fixture
def organiser():
    user = get_user_model().objects.create_user("organiser", "organiser@example.org", "pw")
    user.groups.add(Group.objects.get(name="Event organisers"))
    return user


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_organisers_add_edit_and_publish_in_the_events_section(organiser, language_code):
    index = EventIndexPage.objects.get(locale__language_code=language_code)
    on_index = index.permissions_for_user(organiser)
    assert on_index.can_add_subpage() and on_index.can_edit() and on_index.can_publish()
    for event in EventPage.objects.child_of(index):
        permissions = event.permissions_for_user(organiser)
        assert permissions.can_edit() and permissions.can_publish()


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
def test_organisers_cannot_touch_any_other_page(organiser, language_code):
    others = Page.objects.filter(locale__language_code=language_code).exclude(
        pk__in=Page.objects.type(EventIndexPage, EventPage).values("pk")
    )
    assert others.type(HomePage).exists() and others.type(StandardPage).exists()
    assert others.type(NewsIndexPage).exists()
    for page in others.specific():
        permissions = page.permissions_for_user(organiser)
        assert not permissions.can_edit(), page
        assert not permissions.can_add_subpage(), page
        assert not permissions.can_publish(), page
        assert not permissions.can_delete(), page


@pytest.mark.django_db
def test_an_events_index_made_later_opens_to_organisers(organiser):
    """A language's index that is created after the migration (by translating, or by hand)
    gets the organisers' permissions from the signal."""
    french = Locale.objects.get(language_code="fr")
    EventIndexPage.objects.get(locale=french).delete()
    english = EventIndexPage.objects.get(locale__language_code="en")

    translated = english.copy_for_translation(french)
    assert translated.permissions_for_user(organiser).can_add_subpage()

    translated.delete()
    by_hand = EventIndexPage(title="Événements", slug="evenements")
    HomePage.objects.get(locale=french).add_child(instance=by_hand)
    assert by_hand.permissions_for_user(organiser).can_add_subpage()


def media_policies():
    """The permission policies Wagtail itself checks for documents and images."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    return {
        "documents": policy_registry.get_by_type(get_document_model()),
        "images": policy_registry.get_by_type(get_image_model()),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("media", ["documents", "images"])
def test_organisers_upload_only_into_the_events_collection(organiser, media):
    policy = media_policies()[media]
    events = Collection.objects.get(name="Events")
    for action in ("add", "change", "delete"):
        assert list(policy.collections_user_has_permission_for(organiser, action)) == [events]


@pytest.mark.django_db
def test_organisers_document_upload_lands_in_events_and_nowhere_else(organiser_client):
    Document = get_document_model()
    manual = Collection.objects.get(name="Training manual")
    events = Collection.objects.get(name="Events")

    def upload(title, collection):
        return organiser_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": title,
                "file": SimpleUploadedFile(f"{title}.txt", b"minutes"),
                "collection": collection.pk,
            },
        )

    # Asking for another collection does not work: the upload goes to Events regardless.
    upload("Into the manual", manual)
    assert not Document.objects.filter(collection=manual, title="Into the manual").exists()
    assert Document.objects.get(title="Into the manual").collection == events
    response = upload("Into events", events)
    assert response.status_code == 302
    assert Document.objects.get(title="Into events").collection == events
    for document in Document.objects.filter(title__startswith="Into "):
        document.file.delete(save=False)


@pytest.mark.django_db
def test_organiser_posts_and_publishes_a_workshop(organiser_client):
    index = EventIndexPage.objects.get(locale__language_code="nl")
    data = event_form(
        "Workshop in Antwerpen",
        "workshop-in-antwerpen",
        "2015-02-10 09:00",
        "2015-02-10 17:00",
        action="publish",
    )
    response = organiser_client.post(
        reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk]), data
    )
    assert response.status_code == 302
    assert EventPage.objects.get(slug="workshop-in-antwerpen").live


@pytest.mark.django_db
def test_organiser_cannot_add_or_edit_outside_the_events_section(organiser_client):
    home = HomePage.objects.get(locale__language_code="en")
    about = StandardPage.objects.filter(locale__language_code="en").first()
    add = organiser_client.get(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    )
    assert add.status_code in (302, 403)
    edit = organiser_client.post(
        reverse("wagtailadmin_pages:edit", args=[home.pk]), {"title": "Taken over"}
    )
    assert edit.status_code in (302, 403)
    home.refresh_from_db()
    assert home.title != "Taken over"
    publish = organiser_client.post(reverse("wagtailadmin_pages:unpublish", args=[about.pk]))
    assert publish.status_code in (302, 403)
    about.refresh_from_db()
    assert about.live


@pytest.mark.django_db
def test_organisers_manage_speakers_but_nothing_else(organiser):
    assert organiser.has_perm("events.add_speaker")
    assert organiser.has_perm("events.change_speaker")
    assert not organiser.has_perm("events.delete_speaker")
    assert not organiser.has_perm("home.add_partner")
    assert not organiser.has_perm("home.change_contactsettings")
