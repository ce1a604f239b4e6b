"""Entries older than a year are listed for editors, and a command e-mails them the list."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from referral.models import Organisation
from tests.conftest import soup

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def ages(db):
    Organisation.objects.update(last_verified=days_ago(10))  # the demo entries are fresh
    return {
        "fresh": OrganisationFactory(name="Fresh entry", last_verified=days_ago(364)),
        "stale": OrganisationFactory(name="Stale entry", last_verified=days_ago(366)),
        "never": OrganisationFactory(name="Never verified entry", last_verified=None),
    }


def test_due_for_verification_lists_entries_older_than_a_year(ages):
    due = Organisation.due_for_verification()
    assert [entry.name for entry in due] == ["Never verified entry", "Stale entry"]


def test_translations_of_one_entry_are_listed_once(ages):
    stale = ages["stale"]
    translated = stale.copy_for_translation(Locale.objects.get(language_code="hu"))
    translated.save()
    due = Organisation.due_for_verification()
    assert [entry.pk for entry in due if entry.translation_key == stale.translation_key] == [
        stale.pk
    ]


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        "editor", "editor@example.org", "a-long-password-123"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_see_the_report_in_the_admin(client, editor, ages):
    client.force_login(editor)
    response = client.get("/admin/reports/directory-verification/")
    assert response.status_code == 200
    rows = [row.find("a").get_text(strip=True) for row in soup(response).select("tbody tr")]
    assert rows == ["Never verified entry", "Stale entry"]


def test_the_report_needs_the_directory_permission(client, django_user_model, ages):
    nobody = django_user_model.objects.create_user("reader", "r@example.org", "a-long-password-1")
    nobody.groups.add(Group.objects.get(name="Event organisers"))
    client.force_login(nobody)
    assert client.get("/admin/reports/directory-verification/").status_code in (302, 403)


def test_admin_listing_filters_entries_due_for_verification(client, admin_user, ages):
    client.force_login(admin_user)
    response = client.get(
        "/admin/snippets/referral/organisation/", {"verification_due": "true", "locale": ""}
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Stale entry" in text and "Never verified entry" in text
    assert "Fresh entry" not in text


def test_admin_listing_searches_and_filters_by_service(client, admin_user, ages):
    client.force_login(admin_user)
    OrganisationFactory(name="Interpreting Service Zeta", services=["interpretation"])
    response = client.get(
        "/admin/snippets/referral/organisation/", {"q": "Zeta", "service": "interpretation"}
    )
    assert response.status_code == 200
    assert "Interpreting Service Zeta" in response.content.decode()
    response = client.get(
        "/admin/snippets/referral/organisation/", {"q": "Zeta", "service": "shelter"}
    )
    assert "Interpreting Service Zeta" not in response.content.decode()


def test_command_emails_the_list_to_editors(editor, ages, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://ravot.example.org"
    output = io.StringIO()
    call_command("remind_directory_verification", stdout=output)

    [message] = mail.outbox
    assert "editor@example.org" in message.to
    assert "2 directory entries to verify" in message.subject
    assert "Stale entry" in message.body and "Never verified entry" in message.body
    assert "Fresh entry" not in message.body
    edit_url = (
        f"https://ravot.example.org/admin/snippets/referral/organisation/edit/{ages['stale'].pk}/"
    )
    assert edit_url in message.body
    assert "Sent the list of 2 entries" in output.getvalue()


def test_command_sends_nothing_when_all_is_verified(editor, settings):
    Organisation.objects.update(last_verified=days_ago(1))
    output = io.StringIO()
    call_command("remind_directory_verification", stdout=output)
    assert mail.outbox == []
    assert "No directory entry is due" in output.getvalue()
