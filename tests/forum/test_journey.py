"""A professional applies, confirms their e-mail, waits, is approved, reads, posts,
replies, gets a notification, and loses access when revoked."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from forum.models import ExpertApplication
from forum.urls_helpers import topic_path

NO_FILES = {"attachment-TOTAL_FORMS": "0", "attachment-INITIAL_FORMS": "0"}
SIGNUP = {
    "email": "eva@inspectorate.example.hu",
    "username": "eva.inspector",
    "password1": "Correct-horse-battery-9",
    "password2": "Correct-horse-battery-9",
    "full_name": "Éva Példa",
    "organisation": "Labour Inspectorate",
    "organisation_type": "labour",
    "country": "HU",
    "position": "Inspector",
    "phone": "+36 1 234 5678",
    "reason": "I inspect farms where seasonal workers are exploited.",
    "language": "hu",
    "accept_rules": "on",
}


@pytest.mark.django_db
def test_whole_journey(client, moderator, forums, topic, settings):
    settings.FORUM_MFA_ENFORCED = False  # test_security covers the second factor
    # apply
    response = client.post("/hu/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    application = ExpertApplication.objects.get(user__email=SIGNUP["email"])
    assert application.status == "pending" and application.language == "hu"
    # verify the e-mail address (the message is in Hungarian: the applicant's language)
    confirmation = mail.outbox[-1]
    link = re.search(r"https?://\S+/confirm-email/\S+/", confirmation.body).group()
    path = link.split("testserver", 1)[1]
    assert client.post(path).status_code == 302
    assert any("new application" in m.subject.lower() for m in mail.outbox)  # moderators told
    # pending: can log in, sees the status, reads nothing
    assert client.login(email=SIGNUP["email"], password=SIGNUP["password1"]) or client.post(
        "/en/accounts/login/", {"login": SIGNUP["email"], "password": SIGNUP["password1"]}
    )
    client.post("/en/accounts/login/", {"login": SIGNUP["email"], "password": SIGNUP["password1"]})
    status = client.get(reverse("expert_forum:account"))
    assert "being reviewed" in status.content.decode()
    assert client.get(reverse("forum:index")).status_code == 403
    assert client.get(topic_path(topic)).status_code == 403
    # edit the application while pending
    edited = {
        **{
            k: SIGNUP[k]
            for k in (
                "full_name",
                "organisation",
                "organisation_type",
                "country",
                "reason",
                "language",
            )
        },
        "position": "Senior inspector",
        "phone": "+36 1 234 5678",
    }
    assert client.post(reverse("expert_forum:application_edit"), edited).status_code == 302
    application.refresh_from_db()
    assert application.position == "Senior inspector"
    # a moderator approves it in the admin
    moderator_client = client_class_for(client)
    moderator_client.force_login(moderator)
    mail.outbox.clear()
    response = moderator_client.post(
        reverse("forum_vetting:detail", args=[application.pk]),
        {
            "decision": "approve",
            "verified_organisation_type": "labour",
            "verified_country": "HU",
            "note": "",
        },
    )
    assert response.status_code == 302
    decision_mail = mail.outbox[-1]
    assert decision_mail.to == [SIGNUP["email"]]
    assert "jóváhagy" in decision_mail.subject.lower() or "jóváhagy" in decision_mail.body.lower()
    # read and post
    assert client.get(reverse("forum:index")).status_code == 200
    page = client.get(topic_path(topic)).content.decode()
    assert "A test topic" in page
    client.post(reverse("forum_member:topic_subscribe", args=[topic.pk]))
    forum = forums["general"]
    response = client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        {
            "subject": "Seasonal work question",
            "content": "Has anyone seen this pattern?",
            **NO_FILES,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    # someone replies: the subscriber gets an e-mail in Hungarian with an unsubscribe link
    mail.outbox.clear()
    moderator_client.post(
        reverse(
            "forum_conversation:post_create", args=[forum.slug, forum.pk, topic.slug, topic.pk]
        ),
        {"subject": "Re: A test topic", "content": "A reply from a moderator.", **NO_FILES},
    )
    notification = next(m for m in mail.outbox if m.to == [SIGNUP["email"]])
    assert "Új válasz" in notification.subject
    assert "List-Unsubscribe" in notification.extra_headers
    assert "A reply from a moderator" not in notification.body  # content stays in the forum
    # revoke: access and sessions end at once
    response = moderator_client.post(
        reverse("forum_vetting:detail", args=[application.pk]),
        {"decision": "revoke", "note": "Left the organisation."},
    )
    assert response.status_code == 302
    assert client.get(reverse("forum:index")).status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == "revoked"
    assert application.decisions.count() == 2


def client_class_for(client):
    from django.test import Client

    return Client()
