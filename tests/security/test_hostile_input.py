"""Hostile input in every field a user can fill, hostile uploads, paths, redirects, search
strings and Host headers: each gets a clean 4xx or an escaped echo, never a 500 and never
markup that runs."""

import json
import re
import warnings

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.models import Post, Topic
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from forum.models import ExpertApplication
from forum.urls_helpers import topic_path
from referral.models import ContactFormPage

from .conftest import make_account

pytestmark = pytest.mark.django_db

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
    "{{7*7}}{% debug %}",
    "</textarea><script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
]
SEARCH_STRINGS = [
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    '" OR ""="',
    "title:*",
    '{"query":{"match_all":{}}}',
    "*:*",
    "\\",
    '"unbalanced',
    "(unbalanced [brackets {",
    "a AND OR NOT b~2^3",
    "/regex.*/",
    "%",
    "_",
    "\x00",
    "nul\x00byte",
    "\ufffd\ufffe\U0001f600",
    "x" * 10_000,
    *XSS_PAYLOADS,
]
# Raw query strings that are not valid UTF-8 or not valid percent-encoding.
GARBAGE_QUERIES = ["q=%ff%fe%fd", "q=%c3%28", "q=%", "q=%zz", "q=%00", "q=a&q=b&page=-1"]
OFF_SITE = [
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "https:evil.example",
    "/%2F%2Fevil.example",
    "http://testserver@evil.example",
]
SEARCH_URLS = ["/en/search/", "/api/search/", "/api/search/suggest/"]


def executable_markup(html, admin=False):
    """What in this HTML could run: inline scripts (in the admin, which writes its own,
    those holding a payload's call), event handlers, script URLs."""
    found = []
    with warnings.catch_warnings():
        # feeds too are read as HTML on purpose: that is how a feed reader shows them
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        elements = BeautifulSoup(html, "html.parser").find_all(True)
    for element in elements:
        data_block = element.get("type") in {"application/ld+json", "application/json"}
        inline = element.name == "script" and not element.get("src") and not data_block
        if inline and (not admin or "alert(" in element.text):
            found.append(str(element))
        for name, value in element.attrs.items():
            if name.lower().startswith("on"):
                found.append(str(element))
            if name in {"href", "src", "action", "formaction"}:
                scheme = re.sub(r"[\s\x00-\x1f]", "", str(value)).lower()
                if scheme.startswith(("javascript:", "data:text", "vbscript:")):
                    found.append(str(element))
    return found


def assert_safe_echo(response, payload=None):
    assert response.status_code < 500
    if "json" in response.get("Content-Type", ""):
        json.loads(response.content)  # a JSON answer is parsed, never rendered
        return
    html = response.content.decode()
    running = executable_markup(html, admin=response.wsgi_request.path.startswith("/admin/"))
    assert not running, running[:3]
    if payload and "<" in payload:
        assert payload not in html


# -- search: page, API, suggestions; database and engine ------------------------------


@pytest.mark.parametrize("url", SEARCH_URLS)
def test_search_strings_get_an_answer_never_a_500(client, search_backend, url):
    for query in SEARCH_STRINGS:  # in one test: the engine is indexed once per test
        response = client.get(url, {"q": query, "lang": "en"})
        assert response.status_code in {200, 400}, (query, response.content[:300])
        assert_safe_echo(response, query)
        if url == "/api/search/" and response.status_code == 200:
            # a hostile string must not make the site give up on its engine
            assert response.json()["degraded"] is False, query


@pytest.mark.parametrize("url", [*SEARCH_URLS, "/en/forum/search/"])
@pytest.mark.parametrize("raw", GARBAGE_QUERIES)
def test_garbage_query_strings_get_an_answer(client, database_search, url, raw):
    client.force_login(make_account("expert"))
    response = client.get(f"{url}?{raw}&lang=en")
    assert response.status_code in {200, 400}
    assert_safe_echo(response)


@pytest.mark.parametrize("query", SEARCH_STRINGS, ids=lambda q: repr(q[:30]))
def test_forum_search_and_directory_filter_take_hostile_strings(client, database_search, query):
    from referral.models import DirectoryIndexPage

    client.force_login(make_account("expert"))
    response = client.get("/en/forum/search/", {"q": query})
    assert response.status_code in {200, 400}
    assert_safe_echo(response, query)
    directory = DirectoryIndexPage.objects.get(locale__language_code="en")
    response = client.get(directory.url, {"q": query, "country": query, "page": query})
    assert response.status_code in {200, 400}
    assert_safe_echo(response, query)


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_search_filters_and_language_take_hostile_values(client, database_search, payload):
    for params in [
        {"q": "help", "type": payload, "country": payload, "language": payload, "page": payload},
        {"q": "help", "lang": payload},
    ]:
        for url in SEARCH_URLS:
            response = client.get(url, params)
            assert response.status_code in {200, 400}
            assert_safe_echo(response, payload)


# -- forms that store what people write -------------------------------------------------


@pytest.fixture
def no_rate_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {"forum_post": "1000/m/user"}


NO_FILES = {"attachment-TOTAL_FORMS": "0", "attachment-INITIAL_FORMS": "0"}


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_forum_topics_and_posts_store_payloads_inert(client, no_rate_limits, payload):
    expert = make_account("expert")
    client.force_login(expert)
    forum = Forum.objects.get(slug="general")
    response = client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        {"subject": f"Topic {payload}", "content": f"Body {payload}", **NO_FILES},
    )
    assert response.status_code == 302
    topic = Topic.objects.get(subject=f"Topic {payload}"[:255])
    response = client.post(
        reverse(
            "forum_conversation:post_create", args=[forum.slug, forum.pk, topic.slug, topic.pk]
        ),
        {"subject": f"Re: {payload}", "content": f"**Reply** {payload}", **NO_FILES},
    )
    assert response.status_code == 302
    for url in [
        topic_path(topic),
        reverse("forum:forum", args=[forum.slug, forum.pk]),
        reverse("forum:index"),
        reverse("forum_member:user_posts", args=[expert.pk]),
        reverse("forum_feeds:latest_topics"),
    ]:
        assert_safe_echo(client.get(url), payload)
    # the personal-data check shows the text back, highlighted
    response = client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        {"subject": payload, "content": f"Call +32 470 12 34 56 {payload}", **NO_FILES},
    )
    assert response.status_code == 200
    assert response.context["post_form"].personal_data
    assert_safe_echo(response, payload)


def test_markdown_cannot_sneak_script_links_into_posts(client, no_rate_limits):
    expert = make_account("expert")
    client.force_login(expert)
    forum = Forum.objects.get(slug="general")
    content = "\n\n".join(
        [
            "[a](javascript:alert(1))",
            "[b](javascript&#58;alert(1))",
            "[c](JaVaScRiPt:alert(1))",
            "[d](data:text/html;base64,PHNjcmlwdD4=)",
            "`x` <img src=x onerror=alert(1)>",
            "<!-- --><script>alert(1)</script>",
            "![e](javascript:alert(1))",
        ]
    )
    client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        {"subject": "Markdown links", "content": content, **NO_FILES},
    )
    topic = Topic.objects.get(subject="Markdown links")
    html = client.get(topic_path(topic)).content.decode()
    assert not executable_markup(html)


SIGNUP = {
    "email": "applicant@example.org",
    "username": "applicant",
    "password1": "Correct-horse-battery-9",
    "password2": "Correct-horse-battery-9",
    "organisation_type": "police",
    "country": "BE",
    "phone": "+32 2 123 45 67",
    "language": "en",
    "accept_rules": "on",
}


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_sign_up_and_application_fields_stay_inert(client, no_rate_limits, payload):
    text = {
        "full_name": f"Name {payload}"[:150],
        "organisation": f"Org {payload}",
        "position": f"Pos {payload}",
        "reason": f"Reason {payload}",
    }
    # a rejected form shows every value back
    response = client.post(
        "/en/accounts/signup/", {**SIGNUP, **text, "username": payload, "email": payload}
    )
    assert response.status_code == 200
    assert_safe_echo(response, payload)
    # a stored application is shown to the applicant and to the moderators
    response = client.post("/en/accounts/signup/", {**SIGNUP, **text})
    assert response.status_code == 302
    application = ExpertApplication.objects.get(user__email=SIGNUP["email"])
    assert application.reason == text["reason"]
    applicant = application.user
    client.force_login(applicant)
    assert_safe_echo(client.get(reverse("expert_forum:account")), payload)
    response = client.post(
        reverse("expert_forum:application_edit"),
        {
            **{k: getattr(application, k) for k in ("organisation_type", "country", "language")},
            **text,
            "phone": "+32 2 123 45 67",
            "reason": f"Edited {payload}",
        },
    )
    assert response.status_code == 302
    assert_safe_echo(client.get(reverse("expert_forum:application_edit")), payload)
    moderator = make_account("moderator")
    client.force_login(moderator)
    assert_safe_echo(client.get(reverse("forum_vetting:index")), payload)
    assert_safe_echo(client.get(reverse("forum_vetting:detail", args=[application.pk])), payload)


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_contact_messages_stay_inert_for_the_editors(client, payload):
    page = ContactFormPage.objects.get(locale__language_code="en")
    message = {
        "name": f"Name {payload}"[:120],
        "email": "writer@example.org",
        "organisation": f"Org {payload}",
        "country": "BE",
        "message": f"Message {payload}",
    }
    response = client.post(page.url, {**message, "email": payload}, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 400  # the form again, with its error
    assert_safe_echo(response, payload)
    response = client.post(page.url, message, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 200
    assert_safe_echo(response, payload)
    assert FormSubmission.objects.filter(page=page).exists()
    client.force_login(make_account("moderator"))
    response = client.get(f"/admin/forms/submissions/{page.pk}/")
    assert response.status_code == 200
    assert_safe_echo(response, payload)


def test_signatures_and_profiles_cannot_be_edited_and_render_inert(client):
    """Members have no profile form (no avatars, no signatures): the address leads to
    their account; a signature stored by other means is still cleaned."""
    from machina.apps.forum_member.models import ForumProfile

    expert = make_account("expert")
    client.force_login(expert)
    response = client.get(reverse("forum_member:profile_update"))
    assert response.status_code == 302
    response = client.post(
        reverse("forum_member:profile_update"),
        {"signature": XSS_PAYLOADS[0], "avatar": SimpleUploadedFile("a.png", b"x")},
    )
    assert response.status_code == 302
    profile, _ = ForumProfile.objects.get_or_create(user=expert)
    profile.signature = "\n".join(XSS_PAYLOADS)
    profile.save()
    forum = Forum.objects.get(slug="general")
    topic = Topic.objects.create(
        forum=forum, poster=expert, subject="Signed", type=0, status=0, approved=True
    )
    Post.objects.create(
        topic=topic,
        poster=expert,
        subject="Signed",
        content="x",
        approved=True,
        enable_signature=True,
    )
    for url in [reverse("forum_member:profile", args=[expert.pk]), topic_path(topic)]:
        assert_safe_echo(client.get(url))


# -- uploads ----------------------------------------------------------------------------


def attachment_post(client, upload, subject):
    forum = Forum.objects.get(slug="general")
    return client.post(
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        {
            "subject": subject,
            "content": "With a file.",
            "attachment-TOTAL_FORMS": "1",
            "attachment-INITIAL_FORMS": "0",
            "attachment-0-file": upload,
        },
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("big.pdf", b"%PDF-1.7 " + b"0" * (10 * 1024 * 1024)),
        ("page.pdf", b"<html><script>alert(1)</script></html>"),
        ("photo.png", b"GIF89a not a png"),
        ("page.html", b"<script>alert(1)</script>"),
        ("image.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("../../site/settings/base.pdf", b"<html>"),
        ("empty.pdf", b""),
    ],
)
def test_hostile_forum_attachments_are_refused_on_the_form(client, no_rate_limits, name, content):
    client.force_login(make_account("expert"))
    response = attachment_post(client, SimpleUploadedFile(name, content), f"Upload {name}")
    assert response.status_code == 200  # the form, with the error
    assert not Topic.objects.filter(subject=f"Upload {name}").exists()
    assert not Attachment.objects.exists()


@pytest.fixture
def editor_client(client):
    client.force_login(make_account("editor"))
    return client


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("leaflet.pdf", b"<html><script>alert(1)</script></html>"),
        ("table.xlsx", b"%PDF-1.4 not a spreadsheet"),
        ("notes.txt", b"MZ\x90\x00\x03\x00\x00\x00binary"),
        ("page.html", b"<script>alert(1)</script>"),
        ("huge.pdf", b"%PDF-1.7 " + b"0" * (20 * 1024 * 1024)),
        ("no-extension", b"%PDF-1.7"),
    ],
)
def test_editors_hostile_document_uploads_get_form_errors(
    editor_client, settings, tmp_path, name, content
):
    settings.MEDIA_ROOT = tmp_path
    collection = Collection.objects.get(name="Site pages")
    response = editor_client.post(
        "/admin/documents/add/",
        {"title": "Upload", "collection": collection.pk, "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    assert response.context["form"].errors.get("file"), response.context["form"].errors
    assert not get_document_model().objects.filter(title="Upload").exists()
    # the multiple uploader answers the same with JSON
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"collection": collection.pk, "files[]": SimpleUploadedFile(name or "x", content)},
    )
    assert response.status_code in {200, 400}
    assert json.loads(response.content)["success"] is False
    assert not get_document_model().objects.filter(title__startswith=(name or "x")[:4]).exists()


def test_a_real_document_still_uploads(editor_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    collection = Collection.objects.get(name="Site pages")
    response = editor_client.post(
        "/admin/documents/add/",
        {
            "title": "Real leaflet",
            "collection": collection.pk,
            "file": SimpleUploadedFile("leaflet.pdf", b"%PDF-1.7\n%real"),
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Real leaflet").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.png", b"<html><script>alert(1)</script></html>"),
        ("photo.jpg", b"\xff\xd8\xff truncated"),
        ("photo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("huge.png", b"\x89PNG\r\n\x1a\n" + b"0" * (10 * 1024 * 1024)),
    ],
)
def test_editors_hostile_image_uploads_get_form_errors(
    editor_client, settings, tmp_path, name, content
):
    settings.MEDIA_ROOT = tmp_path
    collection = Collection.objects.get(name="Site pages")
    response = editor_client.post(
        "/admin/images/add/",
        {"title": "Upload", "collection": collection.pk, "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    assert response.context["form"].errors.get("file")
    assert not get_image_model().objects.filter(title="Upload").exists()


# -- paths ------------------------------------------------------------------------------

TRAVERSALS = [
    "/documents/1/../../site/settings/base.py",
    "/documents/1/..%2f..%2fsite%2fsettings%2fbase.py",
    "/documents/1/%2e%2e/%2e%2e/manage.py",
    "/documents/1/leaflet.pdf%00.html",
    "/documents/1/%00",
    "/documents/../../etc/passwd",
    "/documents/99999/nothing.pdf",
    "/media/../site/settings/base.py",
    "/media/%2e%2e/%2e%2e/manage.py",
    "/media/forum-private/attachments/secret.pdf",
    "/static/../site/settings/base.py",
    "/static/%2e%2e/%2e%2e/site/settings/base.py",
    "/static/..%2f..%2fsite%2fsettings%2fbase.py",
    "/static/css/site.css%00.html",
    "/en/forum/attachment/..%2f1/",
    "/en/%2e%2e/%2e%2e/etc/passwd",
    "/en/\x00/",
]


@pytest.mark.parametrize("path", TRAVERSALS)
@pytest.mark.parametrize("serve_media", [False, True])
def test_path_traversal_gets_a_4xx(client, settings, path, serve_media):
    settings.SERVE_MEDIA = serve_media
    client.force_login(make_account("expert"))
    response = client.get(path)
    assert 400 <= response.status_code < 500, (path, response.status_code)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"SECRET_KEY" not in body and b"root:" not in body


# -- redirects --------------------------------------------------------------------------


def assert_stays_on_site(response):
    location = response.get("Location", "")
    assert url_has_allowed_host_and_scheme(location, {"testserver"}), location
    assert not location.startswith(("//", "/\\")), location


@pytest.mark.parametrize("target", OFF_SITE)
def test_login_never_redirects_off_site(client, target):
    expert = make_account("expert")
    EmailAddress.objects.create(user=expert, email=expert.email, verified=True, primary=True)
    response = client.get("/en/accounts/login/", {"next": target})
    assert response.status_code == 200
    assert_safe_echo(response, target)
    response = client.post(
        f"/en/accounts/login/?next={target}",
        {"login": expert.email, "password": "A-long-pass-phrase-1", "next": target},
    )
    assert response.status_code == 302
    assert_stays_on_site(response)
    for url in ["/admin/login/", "/django-admin/login/"]:
        assert_stays_on_site(client.get(url, {"next": target}))
    response = client.post("/en/accounts/logout/", {"next": target})
    assert_stays_on_site(response)


@pytest.mark.parametrize("target", OFF_SITE)
def test_language_switching_never_leads_off_site(client, target):
    # Django's set_language view is not installed: switching is by links only.
    response = client.post("/i18n/setlang/", {"language": "hu", "next": target}, follow=True)
    assert response.status_code == 404
    assert all(url.startswith("/en/") for url, _status in response.redirect_chain)
    for path in [f"/en/{target}", f"/{target}", "/en/search/", f"/en/search/?next={target}"]:
        response = client.get(path, {"next": target}, follow=False)
        assert response.status_code < 500
        if response.status_code in {301, 302}:
            assert_stays_on_site(response)
            continue
        html = BeautifulSoup(response.content, "html.parser")
        for link in html.select(".locale-switcher a"):
            assert url_has_allowed_host_and_scheme(link["href"], {"testserver"}), link
            assert link["href"].startswith("/") and not link["href"].startswith(("//", "/\\"))


def test_path_with_double_slash_keeps_switcher_links_on_site(client):
    for request_path in ["//evil.example/", "/en//evil.example/", "/\\evil.example/"]:
        response = client.get(request_path.replace("//", "/%2F"))
        assert response.status_code < 500
        html = BeautifulSoup(response.content, "html.parser")
        for link in html.select(".locale-switcher a"):
            assert not link["href"].startswith(("//", "/\\")), (request_path, link)


# -- Host header ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    ["evil.example", "testserver.evil.example", "testserver@evil.example", "evil.example:80"],
)
def test_unknown_hosts_get_a_400(client, host):
    for url in ["/en/", "/en/accounts/password/reset/", "/api/search/?q=x", "/sitemap.xml"]:
        assert client.get(url, HTTP_HOST=host).status_code == 400
    response = client.post(
        "/en/accounts/password/reset/", {"email": "expert@example.org"}, HTTP_HOST=host
    )
    assert response.status_code == 400


def test_forwarded_host_is_not_believed(client):
    response = client.get("/sitemap.xml", HTTP_X_FORWARDED_HOST="evil.example")
    assert response.status_code == 200
    assert b"evil.example" not in response.content


def test_uploads_into_a_collection_not_ones_own_are_refused(client, settings, tmp_path):
    """An organiser may add documents to the Events collection only."""
    settings.MEDIA_ROOT = tmp_path
    client.force_login(make_account("organiser"))
    elsewhere = Collection.objects.get(name="Internal")
    upload = SimpleUploadedFile("leaflet.pdf", b"%PDF-1.7\n%real")
    response = client.post(
        "/admin/documents/multiple/add/", {"collection": elsewhere.pk, "files[]": upload}
    )
    assert 200 <= response.status_code < 500
    response = client.post(
        "/admin/documents/add/",
        {"title": "Elsewhere", "collection": elsewhere.pk, "file": upload},
    )
    assert response.status_code == 200
    assert not get_document_model().objects.filter(collection=elsewhere).exists()
