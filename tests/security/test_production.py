"""Production settings: HTTPS only (HSTS, redirect, secure cookies), and the __Host- cookie
names do not break logging in, posting in the forum or the admin."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse

from tests.site.test_settings import STRONG_KEY, manage

from .conftest import make_account

HOST = "ravot-eur.example.org"
PRINT_HEADERS = """
import json
from django.test import Client
client = Client(HTTP_HOST="{host}")
secure = client.get("/robots.txt", HTTP_X_FORWARDED_PROTO="https")
plain = client.get("/robots.txt")
print(json.dumps({{
    "secure": dict(secure.headers),
    "plain": [plain.status_code, plain.get("Location")],
    "cookies": [settings.SESSION_COOKIE_NAME, settings.SESSION_COOKIE_SECURE,
                settings.CSRF_COOKIE_NAME, settings.CSRF_COOKIE_SECURE,
                settings.LANGUAGE_COOKIE_SECURE],
}}))
"""


def test_production_serves_https_only_with_hsts_and_secure_cookies():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings\n" + PRINT_HEADERS.format(host=HOST),
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS=HOST,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    headers = report["secure"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "upgrade-insecure-requests" in headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Permissions-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert report["plain"] == [301, f"https://{HOST}/robots.txt"]
    assert report["cookies"] == ["__Host-sessionid", True, "__Host-csrftoken", True, True]


@pytest.fixture
def production_cookies(settings):
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True


class HttpsBrowser(Client):
    """A browser on HTTPS that checks CSRF tokens and sends its Origin, as forms do."""

    def __init__(self):
        super().__init__(enforce_csrf_checks=True, HTTP_ORIGIN="https://testserver")

    def generic(self, *args, **kwargs):
        return super().generic(*args, **{**kwargs, "secure": True})


def token(client):
    cookie = client.cookies["__Host-csrftoken"]
    assert cookie["secure"] and cookie["path"] == "/" and not cookie["domain"]
    return cookie.value


@pytest.mark.django_db
def test_login_forum_posting_and_admin_work_with_host_prefixed_cookies(production_cookies):
    from machina.apps.forum.models import Forum
    from machina.apps.forum_conversation.models import Topic

    expert = make_account("expert")
    EmailAddress.objects.create(user=expert, email=expert.email, verified=True, primary=True)
    browser = HttpsBrowser()
    assert browser.get("/en/accounts/login/").status_code == 200
    response = browser.post(
        "/en/accounts/login/",
        {
            "login": expert.email,
            "password": "A-long-pass-phrase-1",
            "csrfmiddlewaretoken": token(browser),
        },
    )
    assert response.status_code == 302, response.content[:500]
    session = browser.cookies["__Host-sessionid"]
    assert session["secure"] and session["httponly"] and session["path"] == "/"

    forum = Forum.objects.get(slug="general")
    create = reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk])
    assert browser.get(create).status_code == 200
    response = browser.post(
        create,
        {
            "subject": "Posted over HTTPS",
            "content": "With host-only cookies.",
            "attachment-TOTAL_FORMS": "0",
            "attachment-INITIAL_FORMS": "0",
            "csrfmiddlewaretoken": token(browser),
        },
    )
    assert response.status_code == 302
    assert Topic.objects.filter(subject="Posted over HTTPS").exists()

    editor = make_account("editor")
    admin = HttpsBrowser()
    admin.force_login(editor)
    assert admin.get("/admin/").status_code == 200
    assert admin.get("/admin/documents/").status_code == 200
