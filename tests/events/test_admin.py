"""The event editor: times typed as the venue's local time, validation, tree rules, speakers."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.users.models import UserProfile

from home.models import HomePage, NewsIndexPage
from ravot_events.models import EventIndexPage, EventPage, Speaker

from .admin_forms import agenda_item, event_form
from .conftest import demo_event

UTC = datetime.UTC


@pytest.fixture
def admin_user():
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def add_event(client, parent, data):
    return client.post(
        reverse("wagtailadmin_pages:add", args=["events", "eventpage", parent.pk]), data
    )


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", [EventIndexPage, EventPage])
def test_edit_view_of_every_page_type_renders(admin_client, page_type):
    page = page_type.objects.filter(locale__language_code="hu").first()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("parent_type", "child", "allowed"),
    [
        (HomePage, "eventindexpage", False),  # one per language, and it exists
        (HomePage, "eventpage", False),
        (EventIndexPage, "eventpage", True),
        (NewsIndexPage, "eventpage", False),
    ],
)
def test_page_tree_rules(admin_client, parent_type, child, allowed):
    parent = parent_type.objects.filter(locale__language_code="en").first()
    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["events", child, parent.pk])
    )
    assert (response.status_code == 200) is allowed


@pytest.mark.django_db
def test_times_are_typed_as_the_venue_local_time(admin_client, admin_user, events_index):
    """An editor in New York types 09:00 for a workshop in Brussels: it is 08:00 UTC."""
    profile = UserProfile.get_for_user(admin_user)
    profile.current_time_zone = "America/New_York"
    profile.save()
    data = event_form(
        "Winter workshop",
        "winter-workshop",
        "2015-01-15 09:00",
        "2015-01-15 17:30",
        agenda=[agenda_item("09:00", "10:00", "Opening")],
        action="publish",
    )
    response = add_event(admin_client, events_index(), data)
    assert response.status_code == 302, response.content.decode()[:2000]

    event = EventPage.objects.get(slug="winter-workshop")
    assert event.live
    assert event.start == datetime.datetime(2015, 1, 15, 8, tzinfo=UTC)
    assert event.end == datetime.datetime(2015, 1, 15, 16, 30, tzinfo=UTC)
    assert event.working_languages == ["en", "nl"]

    # The editor sees the same wall-clock time again.
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert 'value="2015-01-15 09:00"' in edit
    assert 'value="2015-01-15 17:30"' in edit


@pytest.mark.django_db
def test_changing_the_zone_keeps_the_wall_clock_time(admin_client, events_index):
    event = demo_event("workshop-assistance-and-protection-brussels")
    data = event_form(
        event.title,
        event.slug,
        "2014-11-18 09:00",
        "2014-11-18 17:00",
        time_zone="Europe/London",
        action="publish",
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.time_zone == "Europe/London"
    assert event.start == datetime.datetime(2014, 11, 18, 9, tzinfo=UTC)
    assert event.local_start.hour == 9


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("start", "end", "agenda", "message"),
    [
        ("2015-01-15 17:00", "2015-01-15 09:00", [], "The event ends after it starts."),
        (
            "2015-01-15 09:00",
            "2015-01-15 17:00",
            [agenda_item("09:00", "10:00", "Elsewhere", day="2015-02-01")],
            "Every session takes place between the first and last day.",
        ),
        (
            "2015-01-15 09:00",
            "2015-01-15 17:00",
            [agenda_item("10:00", "09:00", "Backwards")],
            "A session ends after it starts.",
        ),
    ],
)
def test_invalid_times_are_explained_and_nothing_typed_is_lost(
    admin_client, events_index, start, end, agenda, message
):
    data = event_form("Keep this title", "keep-this-title", start, end, agenda=agenda)
    response = add_event(admin_client, events_index(), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert "Keep this title" in content
    assert not EventPage.objects.filter(slug="keep-this-title").exists()


@pytest.mark.django_db
def test_unknown_time_zone_is_refused(admin_client, events_index):
    data = event_form("Zone", "zone", "2015-01-15 09:00", "2015-01-15 17:00", time_zone="Mars/Base")
    response = add_event(admin_client, events_index(), data)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="zone").exists()


@pytest.mark.django_db
def test_speaker_snippets_are_listed_and_edited(admin_client):
    listing = admin_client.get(reverse("wagtailsnippets_events_speaker:list"), {"q": "Payoke"})
    assert listing.status_code == 200
    assert "Representative of Payoke" in listing.content.decode()
    speaker = Speaker.objects.filter(locale__language_code="fr").first()
    edit = admin_client.get(reverse("wagtailsnippets_events_speaker:edit", args=[speaker.pk]))
    assert edit.status_code == 200
    assert escape(speaker.name) in edit.content.decode()


@pytest.mark.django_db
def test_speaker_photo_needs_a_description():
    image = get_image_model().objects.create(title="Portrait", file=get_test_image_file())
    speaker = Speaker(name="Someone", photo=image, locale_id=Speaker.objects.first().locale_id)
    with pytest.raises(ValidationError) as error:
        speaker.full_clean()
    assert "photo_alt_text" in error.value.message_dict
    image.file.delete(save=False)
