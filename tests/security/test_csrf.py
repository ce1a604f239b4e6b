"""CSRF on every form: each POST form of the site, rendered for the account that sees it,
carries a token, and posting it without one is refused (403) with nothing stored."""

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from machina.apps.forum_conversation.models import Post

from forum.models import ExpertApplication
from forum.urls_helpers import topic_path
from home.models import HomePage
from referral.models import ContactFormPage

from .conftest import make_account

pytestmark = pytest.mark.django_db

# Addresses whose views Django's middleware does not check, and why that is safe.
CSRF_EXEMPT = (
    # Django REST framework views (Wagtail's admin API, wagtail-localize's editor): DRF's
    # session authentication checks the token itself (test below).
    "admin/api/",
    "admin/localize/",
    # One-click unsubscribe (RFC 8058): mail clients POST without a page; the signed
    # token in the address is the credential, and it can only unsubscribe.
    "en/accounts/unsubscribe/",
)


def all_routes(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from all_routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.callback


def test_no_view_skips_the_csrf_check_unless_known_safe():
    exempt = [
        route
        for route, view in all_routes(get_resolver().url_patterns)
        if getattr(view, "csrf_exempt", False)
    ]
    assert exempt
    assert [route for route in exempt if not route.startswith(CSRF_EXEMPT)] == []


def test_the_admin_api_checks_the_token_itself():
    editor = make_account("editor")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)
    home = HomePage.objects.get(locale__language_code="en")
    response = browser.post(f"/admin/api/main/pages/{home.pk}/action/copy/", {})
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()


def forum_pages(topic, forum):
    post = topic.first_post
    return [
        reverse("forum:forum", args=[forum.slug, forum.pk]),
        topic_path(topic),
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        reverse(
            "forum_conversation:post_create", args=[forum.slug, forum.pk, topic.slug, topic.pk]
        ),
        reverse(
            "forum_conversation:post_update",
            args=[forum.slug, forum.pk, topic.slug, topic.pk, post.pk],
        ),
        reverse(
            "forum_conversation:post_delete",
            args=[forum.slug, forum.pk, topic.slug, topic.pk, post.pk],
        ),
        reverse("forum_member:user_subscriptions"),
        "/en/accounts/password/change/",
        "/en/accounts/email/",
        "/en/accounts/logout/",
        "/en/accounts/reauthenticate/",
        "/en/accounts/sessions/",
    ]


@pytest.fixture
def pages_with_forms():
    """(account, URL) for every page that holds a POST form."""
    from machina.apps.forum.models import Forum
    from machina.apps.forum_conversation.models import Topic

    expert = make_account("expert")
    moderator = make_account("moderator")
    make_account("pending")
    forum = Forum.objects.get(slug="general")
    topic = Topic.objects.create(
        forum=forum, poster=expert, subject="CSRF", type=0, status=0, approved=True
    )
    Post.objects.create(topic=topic, poster=expert, subject="CSRF", content="Hi", approved=True)
    topic.subscribers.add(expert)
    application = ExpertApplication.objects.get(user__username="pending")
    home = HomePage.objects.get(locale__language_code="en")
    anonymous = [
        ContactFormPage.objects.get(locale__language_code="en").url,
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/password/reset/",
    ]
    moderation = [
        reverse("forum_vetting:detail", args=[application.pk]),
        reverse("forum_moderation:topic_lock", args=[topic.slug, topic.pk]),
        reverse("forum_moderation:topic_delete", args=[topic.slug, topic.pk]),
        reverse("forum_moderation:topic_move", args=[topic.slug, topic.pk]),
    ]
    editing = [
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/add/home/standardpage/{home.pk}/",
        "/admin/snippets/home/partner/add/",
        "/admin/documents/multiple/add/",
    ]
    return (
        [(None, url) for url in anonymous]
        + [(expert, url) for url in forum_pages(topic, forum)]
        + [
            (
                ExpertApplication.objects.get(pk=application.pk).user,
                reverse("expert_forum:application_edit"),
            )
        ]
        + [(moderator, url) for url in moderation]
        + [(make_account("editor"), url) for url in editing]
    )


def row_counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def post_forms(html, url):
    for form in BeautifulSoup(html, "html.parser").find_all("form"):
        if form.get("method", "get").lower() != "post":
            continue
        fields = {
            field["name"]: field.get("value", "x")
            for field in form.find_all(["input", "textarea", "select"])
            if field.get("name")
        }
        yield form.get("action") or url, fields


def test_every_form_needs_its_token(pages_with_forms):
    submissions = []
    for user, url in pages_with_forms:
        browser = Client(enforce_csrf_checks=True)
        if user is not None:
            browser.force_login(user)
        response = browser.get(url)
        assert response.status_code == 200, (url, response.status_code)
        forms = list(post_forms(response.content, url))
        assert forms, f"no POST form on {url}"
        for action, fields in forms:
            # Wagtail's admin also has forms that its scripts post with the token in a
            # header; they are refused without it all the same (below).
            assert "csrfmiddlewaretoken" in fields or url.startswith("/admin/"), (url, action)
            fields.pop("csrfmiddlewaretoken", None)
            submissions.append((browser, url, action, fields))

    before = row_counts()
    for browser, url, action, fields in submissions:
        response = browser.post(action, fields)
        assert response.status_code == 403, (url, action, response.status_code)
        assert "CSRF" in response.content.decode(), (url, action)
    assert row_counts() == before
    assert len(submissions) >= 25
