"""The contact form: validation, routing to the chosen country's contact point, spam
protection without third parties (honeypot, rate limit) and the retention of messages."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from referral.models import ContactFormPage, Organisation
from tests.conftest import soup

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Anna Kovács",
    "email": "anna@example.org",
    "organisation": "Labour inspectorate",
    "country": "BE",
    "message": "We have a question about a referral from Belgium.",
}


@pytest.fixture
def contact_page(db):
    return ContactFormPage.objects.get(locale__language_code="en")


def post(client, page, data, address="203.0.113.7"):
    return client.post(page.url, data, REMOTE_ADDR=address)


def test_form_says_how_long_messages_are_kept(client, contact_page):
    html = soup(client.get(contact_page.url))
    assert "for 30 days and then delete it" in html.select_one("main").get_text(" ")
    for field in ["name", "email", "message"]:
        control = html.select_one(f'[name="{field}"]')
        assert html.select_one(f'label[for="{control["id"]}"]')
    assert (
        html.select_one("fieldset legend")
        .get_text(strip=True)
        .startswith("Which country is your message about?")
    )


def test_valid_message_is_stored_and_sent_to_the_contact_point_of_the_country(client, contact_page):
    response = post(client, contact_page, VALID)
    assert response.status_code == 200
    assert "Thank you" in soup(response).find("h1").get_text()

    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["email"] == "anna@example.org"
    assert "website" not in submission.form_data

    contact_point = Organisation.objects.get(
        locale=contact_page.locale, country="BE", is_contact_point=True
    )
    [message] = mail.outbox
    assert message.to == [contact_point.email]
    assert message.reply_to == ["anna@example.org"]
    assert "Belgium" in message.body and VALID["message"] in message.body


def test_invalid_message_is_refused_and_nothing_typed_is_lost(client, contact_page):
    data = {**VALID, "email": "not-an-address", "country": "XX"}
    response = post(client, contact_page, data)
    assert response.status_code == 400
    html = soup(response)
    assert html.select_one(".alert--error")
    assert len(html.select(".field--error")) == 2
    assert html.select_one('[name="name"]')["value"] == VALID["name"]
    assert html.select_one('[name="message"]').get_text().strip() == VALID["message"]
    assert not FormSubmission.objects.filter(page=contact_page).exists()
    assert mail.outbox == []


def test_honeypot_drops_the_message_quietly(client, contact_page):
    response = post(client, contact_page, {**VALID, "website": "https://spam.example"})
    assert response.status_code == 200  # the robot learns nothing
    assert not FormSubmission.objects.filter(page=contact_page).exists()
    assert mail.outbox == []


def test_rate_limit_per_sender(client, contact_page):
    for _ in range(ContactFormPage.RATE_LIMIT):
        assert post(client, contact_page, VALID).status_code == 200
    response = post(client, contact_page, VALID)
    assert response.status_code == 429
    html = soup(response)
    assert "several messages in a short time" in html.select_one(".alert--error").get_text()
    assert html.select_one('[name="message"]').get_text().strip() == VALID["message"]
    assert FormSubmission.objects.filter(page=contact_page).count() == ContactFormPage.RATE_LIMIT
    # another sender is not affected
    assert post(client, contact_page, VALID, address="198.51.100.9").status_code == 200


def test_retention_command_deletes_only_expired_submissions(contact_page):
    now = timezone.now()
    ages = {"old": 31, "edge": 29, "new": 1}
    for label, days in ages.items():
        submission = FormSubmission.objects.create(page=contact_page, form_data={"name": label})
        FormSubmission.objects.filter(pk=submission.pk).update(
            submit_time=now - datetime.timedelta(days=days)
        )
    other = ContactFormPage.objects.get(locale__language_code="fr")
    other.retention_days = 60
    other.save()
    kept_elsewhere = FormSubmission.objects.create(page=other, form_data={"name": "fr"})
    FormSubmission.objects.filter(pk=kept_elsewhere.pk).update(
        submit_time=now - datetime.timedelta(days=45)
    )

    output = io.StringIO()
    call_command("purge_contact_submissions", stdout=output)

    remaining = sorted(s.form_data["name"] for s in FormSubmission.objects.all())
    assert remaining == ["edge", "fr", "new"]
    assert "Deleted 1 expired" in output.getvalue()


def test_messages_are_listed_in_the_admin_with_their_fields(client, admin_user, contact_page):
    post(client, contact_page, VALID)
    client.force_login(admin_user)
    response = client.get(f"/admin/forms/submissions/{contact_page.pk}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "anna@example.org" in text and "Which country is your message about?" in text
