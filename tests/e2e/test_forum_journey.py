"""A professional applies in Chromium, confirms the e-mail, is approved, and posts; a
phone number is caught before the post is saved. Everything written is removed after."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from machina.apps.forum_conversation.models import Topic
from playwright.sync_api import expect

EMAIL = "browser.expert@inspectorate.example.nl"
PASSWORD = "Browser-journey-pass-42"
SUBJECT = "Browser journey question"


def cleanup():
    Topic.objects.filter(subject=SUBJECT).delete()
    get_user_model().objects.filter(email=EMAIL).delete()


def approve(email):
    from forum.models import ExpertApplication
    from forum.vetting import decide

    moderator = get_user_model().objects.filter(groups__name="Moderators").first()
    application = ExpertApplication.objects.get(user__email=email)
    decide(application, "approve", moderator, organisation_type="labour", country="NL")


@pytest.mark.django_db(transaction=False)
def test_professional_applies_is_approved_and_posts(page, committed):
    committed(cleanup)
    try:
        page.goto("/nl/accounts/signup/")
        page.get_by_label("E-mailadres op het werk").fill(EMAIL)
        page.get_by_label("Forumnaam").fill("browser.expert")
        page.locator("#id_password1").fill(PASSWORD)
        page.locator("#id_password2").fill(PASSWORD)
        page.get_by_label("Volledige naam").fill("Browser Expert")
        page.locator("#id_organisation").fill("Arbeidsinspectie")
        page.get_by_label("Soort organisatie").select_option("labour")
        page.get_by_label("Land waar u werkt").select_option("NL")
        page.get_by_label("Functie").fill("Inspecteur")
        page.get_by_label("Telefoonnummer op het werk").fill("+31 70 123 4567")
        page.get_by_label("Waarom u toegang nodig hebt").fill("Ik inspecteer uitzendbureaus.")
        page.get_by_label(re.compile("Ik aanvaard de regels")).check()
        page.get_by_role("button", name="Mijn aanvraag versturen").click()

        link = re.search(r"https?://\S+/confirm-email/\S+/", mail.outbox[-1].body).group()
        page.goto(re.sub(r"^https?://[^/]+", "", link))
        page.get_by_role("button").filter(has_text=re.compile("Bevestig", re.I)).click()

        page.goto("/nl/accounts/login/")
        page.locator("#id_login").fill(EMAIL)
        page.locator("#id_password").fill(PASSWORD)
        page.locator("form.form button[type=submit]").click()
        expect(page.get_by_text("Uw aanvraag wordt beoordeeld")).to_be_visible()

        committed(approve, EMAIL)  # as a moderator would in the admin

        page.goto("/nl/forum/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Expertforum")
        page.get_by_role("link", name="Algemeen").first.click()
        page.get_by_role("link", name="Nieuw onderwerp").click()
        page.locator("#id_subject").fill(SUBJECT)
        page.locator("#id_content").fill("Bel de werknemer op +31 6 1234 5678 voor details.")
        page.get_by_role("button", name="Plaatsen").click()
        expect(page.locator("mark.pii-mark")).to_contain_text("+31 6 1234 5678")
        assert not committed(Topic.objects.filter(subject=SUBJECT).exists)

        page.locator("#id_content").fill("Wie herkent dit patroon bij uitzendbureaus?")
        page.get_by_role("button", name="Versturen").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(SUBJECT)
        expect(page.locator(".forum-badges")).to_contain_text("Arbeidsinspectie")
    finally:
        committed(cleanup)
