"""Safe Markdown against XSS payloads, attachments only through the permission-checking
view, upload limits, N+1-free lists, and the account security rules."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.models import Post

from forum.forms import ExpertAttachmentForm
from forum.markup import render_markdown
from forum.urls_helpers import topic_path

from .conftest import make_user

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "`code` <img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](javascript&#58;alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<!-- --><script>alert(1)</script>",
    "<svg onload=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    "![x](https://tracker.example/pixel.png)",
    '[x](https://a.example "title" onmouseover=alert(1))',
    "<style>body{display:none}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
]


ALLOWED_SCHEMES = ("http:", "https:", "mailto:")


def assert_inert(html):
    """No element outside the allow-list, no event handler or style, no active link."""
    from bs4 import BeautifulSoup

    from forum.markup import ALLOWED_ATTRIBUTES, ALLOWED_TAGS

    for element in BeautifulSoup(html, "html.parser").find_all(True):
        assert element.name in ALLOWED_TAGS, (element.name, html)
        for attribute, value in element.attrs.items():
            assert attribute in ALLOWED_ATTRIBUTES.get(element.name, set()) | {"rel"}, html
            if attribute == "href":
                assert value.strip().lower().startswith(ALLOWED_SCHEMES) or value == "#", html


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markdown_never_lets_active_content_through(payload):
    assert_inert(render_markdown(payload))


@pytest.mark.django_db
def test_stored_payloads_reach_the_page_inert(client, expert, topic):
    from bs4 import BeautifulSoup

    for payload in XSS_PAYLOADS:
        Post.objects.create(topic=topic, poster=expert, subject="x", content=payload, approved=True)
    # even HTML stored by something else is cleaned on the way out
    Post.objects.filter(topic=topic).update(
        _content_rendered='<p onclick="x()">raw</p><script>1</script>'
    )
    client.force_login(expert)
    page = BeautifulSoup(client.get(topic_path(topic)).content, "html.parser")
    bodies = page.select(".post__body")
    assert bodies
    for body in bodies:
        assert_inert(body.decode_contents())


@pytest.fixture
def attachment(topic, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    item = Attachment(post=topic.first_post)
    item.file.save("secret.pdf", ContentFile(b"%PDF-1.4 secret"), save=True)
    return item


@pytest.mark.django_db
def test_attachments_are_served_only_to_readers(client, expert, pending, attachment):
    url = reverse("forum_conversation:attachment", args=[attachment.pk])
    assert client.get(url).status_code == 302
    client.force_login(pending)
    assert client.get(url).status_code == 403
    client.force_login(expert)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == b"%PDF-1.4 secret"


def test_attachments_are_never_public_media(client, settings):
    assert "forum-private" in settings.MACHINA_ATTACHMENT_FILE_UPLOAD_TO


@pytest.mark.parametrize(
    ("name", "content", "ok"),
    [
        ("report.pdf", b"%PDF-1.7 ...", True),
        ("notes.txt", b"plain text", True),
        ("photo.png", b"\x89PNG\r\n\x1a\n....", True),
        ("fake.pdf", b"MZ\x90\x00 not a pdf", False),
        ("script.html", b"<script>", False),
        ("tool.exe", b"MZ", False),
        ("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), False),
    ],
)
def test_upload_limits(name, content, ok):
    form = ExpertAttachmentForm(data={}, files={"file": SimpleUploadedFile(name, content)})
    assert form.is_valid() is ok, form.errors
    if ok:
        assert form.cleaned_data["file"].name != name  # stored under a random name


@pytest.mark.django_db
def test_topic_and_post_lists_do_not_grow_queries(client, expert, topic):
    client.force_login(expert)
    forum = topic.forum
    forum_url = reverse("forum:forum", args=[forum.slug, forum.pk])

    def count(url):
        client.get(url)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before_topic, before_forum = count(topic_path(topic)), count(forum_url)
    for number in range(5):
        author = make_user(f"author{number}", "approved", ["Experts"])
        Post.objects.create(topic=topic, poster=author, subject="r", content="reply", approved=True)
        other = topic.__class__.objects.create(
            forum=forum, poster=author, subject=f"T{number}", type=0, status=0, approved=True
        )
        Post.objects.create(topic=other, poster=author, subject="t", content="t", approved=True)
    assert count(topic_path(topic)) <= before_topic
    assert count(forum_url) <= before_forum


@pytest.mark.django_db
def test_second_factor_is_required_for_moderators_and_editors(client, moderator, settings):
    settings.FORUM_MFA_ENFORCED = True
    client.force_login(moderator)
    for url in [
        "/admin/",
        reverse("forum_moderation:personal_data"),
        reverse("forum_vetting:index"),
    ]:
        response = client.get(url)
        assert response.status_code == 302 and "2fa" in response["Location"], url
    editor = make_user("editor-mfa", groups=["Editors"])
    client.force_login(editor)
    assert "2fa" in client.get("/admin/")["Location"]
    # with an authenticator, the admin opens
    from allauth.mfa.models import Authenticator

    Authenticator.objects.create(user=moderator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(moderator)
    assert client.get(reverse("forum_vetting:index")).status_code == 200


@pytest.mark.django_db
def test_admin_login_forms_send_people_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_revocation_ends_every_session(client, expert, moderator):
    from allauth.account.models import EmailAddress
    from allauth.usersessions.models import UserSession
    from django.test import Client

    from forum.models import ExpertApplication
    from forum.vetting import decide

    EmailAddress.objects.create(user=expert, email=expert.email, verified=True, primary=True)
    login = {"login": expert.email, "password": "A-long-pass-phrase-1"}
    assert client.post("/en/accounts/login/", login).status_code == 302
    other_device = Client()
    assert other_device.post("/en/accounts/login/", login).status_code == 302
    assert client.get(reverse("forum:index")).status_code == 200
    assert UserSession.objects.filter(user=expert).count() == 2
    decide(ExpertApplication.objects.get(user=expert), "revoke", moderator, note="Left.")
    assert not UserSession.objects.filter(user=expert).exists()
    assert client.get(reverse("forum:index")).status_code == 302  # logged out
    assert other_device.get(reverse("forum:index")).status_code == 302


@pytest.mark.django_db
def test_changing_the_password_ends_sessions(client, expert):
    client.force_login(expert)
    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": "A-long-pass-phrase-1",
            "password1": "Another-long-phrase-2",
            "password2": "Another-long-phrase-2",
        },
    )
    assert response.status_code == 302
    assert client.get(reverse("forum:index")).status_code == 302


@pytest.mark.django_db
def test_weak_passwords_are_refused_at_sign_up(client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "x@example.org",
            "username": "xx-user",
            "password1": "password",
            "password2": "password",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors.get("password1")


@pytest.mark.django_db
def test_unsubscribe_link_needs_a_click(client, expert, topic):
    from forum.notifications import unsubscribe_token

    topic.subscribers.add(expert)
    url = reverse("expert_forum:unsubscribe", args=[unsubscribe_token(expert, "topic", topic.pk)])
    assert client.get(url).status_code == 200
    assert topic.subscribers.filter(pk=expert.pk).exists()  # a link scanner changes nothing
    assert client.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not topic.subscribers.filter(pk=expert.pk).exists()
    assert client.get(reverse("expert_forum:unsubscribe", args=["forged"])).status_code == 400
