"""Who reaches what: every account kind against the admin, the forum, private documents
and the APIs. 200: allowed; 302: sent to log in (or, for the admin, to its login);
403: refused; 404: hidden."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.forum_attachments.models import Attachment
from machina.apps.forum_conversation.models import Post, Topic
from modelsearch.backends import get_search_backend
from wagtail.documents import get_document_model
from wagtail.models import Collection

from forum.urls_helpers import topic_path
from home.models import HomePage
from manual.models import ManualChapterPage, ManualIndexPage
from ravot_events.models import EventPage
from referral.models import Organisation

from .conftest import ACCOUNTS, make_account

pytestmark = pytest.mark.django_db

# A word only the forum's posts hold, to see whether the public search leaks them.
FORUM_WORD = "Quokkaprotocol"

# url key -> expected status for (anonymous, pending, expert, organiser, editor, moderator)
MATRIX = {
    # the Wagtail admin
    "admin home": (302, 302, 302, 200, 200, 200),
    "admin manual explorer": (302, 302, 302, 200, 200, 200),
    "admin manual chapter edit": (302, 302, 302, 302, 200, 200),
    "admin event edit": (302, 302, 302, 200, 200, 200),
    "admin home page edit": (302, 302, 302, 302, 200, 200),
    "admin directory snippets": (302, 302, 302, 302, 200, 200),
    "admin forum applications": (302, 302, 302, 302, 302, 200),
    "admin search report": (302, 302, 302, 302, 200, 200),
    "admin documents": (302, 302, 302, 200, 200, 200),
    "admin users": (302, 302, 302, 302, 302, 302),
    "admin API pages": (302, 302, 302, 200, 200, 200),
    # Django's admin: superusers only
    "django admin": (302, 302, 302, 302, 302, 302),
    # the forum: vetted members only
    "forum index": (302, 403, 200, 403, 403, 200),
    "forum": (302, 403, 200, 403, 403, 200),
    "moderators' forum": (302, 403, 403, 403, 403, 200),
    "topic": (302, 403, 200, 403, 403, 200),
    "moderators' topic": (302, 403, 403, 403, 403, 200),
    "attachment": (302, 403, 200, 403, 403, 200),
    "moderators' attachment": (302, 403, 403, 403, 403, 200),
    "feed": (302, 403, 200, 403, 403, 200),
    "member profile": (302, 403, 200, 403, 403, 200),
    "applicant's profile": (302, 403, 404, 403, 403, 404),
    "forum search": (302, 403, 200, 403, 403, 200),
    "moderation queue": (302, 403, 403, 403, 403, 200),
    "personal data list": (302, 403, 403, 403, 403, 200),
    "account page": (302, 200, 200, 200, 200, 200),
    # documents
    "public document": (200, 200, 200, 200, 200, 200),
    "internal document": (302, 302, 302, 302, 200, 200),
    # the APIs (which must not leak forum posts: see below)
    "search API": (200, 200, 200, 200, 200, 200),
    "suggest API": (200, 200, 200, 200, 200, 200),
}


@pytest.fixture
def urls(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    expert = make_account("expert")
    moderator = make_account("moderator")
    pending = make_account("pending")
    general = Forum.objects.get(slug="general")
    moderators = Forum.objects.get(slug="moderators")

    def topic_with_file(forum, poster, subject):
        topic = Topic.objects.create(
            forum=forum, poster=poster, subject=subject, type=0, status=0, approved=True
        )
        post = Post.objects.create(
            topic=topic, poster=poster, subject=subject, content=f"{FORUM_WORD} x", approved=True
        )
        attachment = Attachment(post=post)
        attachment.file.save("a.pdf", ContentFile(b"%PDF-1.4"), save=True)
        return topic, attachment

    topic, attachment = topic_with_file(general, expert, "Open topic")
    private_topic, private_attachment = topic_with_file(moderators, moderator, "Private topic")

    def document(collection):
        item = get_document_model()(
            title=collection, collection=Collection.objects.get(name=collection)
        )
        item.file.save("doc.pdf", ContentFile(b"%PDF-1.4"), save=True)
        return item.url

    home = HomePage.objects.get(locale__language_code="en")
    manual = ManualIndexPage.objects.get(locale__language_code="en")
    chapter = ManualChapterPage.objects.filter(locale__language_code="en").first()
    event = EventPage.objects.filter(locale__language_code="en").first()
    organisation = Organisation.objects.first()
    return {
        "admin home": "/admin/",
        "admin manual explorer": f"/admin/pages/{manual.pk}/",
        "admin manual chapter edit": f"/admin/pages/{chapter.pk}/edit/",
        "admin event edit": f"/admin/pages/{event.pk}/edit/",
        "admin home page edit": f"/admin/pages/{home.pk}/edit/",
        "admin directory snippets": f"/admin/snippets/referral/organisation/edit/{organisation.pk}/",
        "admin forum applications": reverse("forum_vetting:index"),
        "admin search report": reverse("search_report"),
        "admin documents": "/admin/documents/",
        "admin users": "/admin/users/",
        "admin API pages": "/admin/api/main/pages/",
        "django admin": "/django-admin/",
        "forum index": reverse("forum:index"),
        "forum": reverse("forum:forum", args=[general.slug, general.pk]),
        "moderators' forum": reverse("forum:forum", args=[moderators.slug, moderators.pk]),
        "topic": topic_path(topic),
        "moderators' topic": topic_path(private_topic),
        "attachment": reverse("forum_conversation:attachment", args=[attachment.pk]),
        "moderators' attachment": reverse(
            "forum_conversation:attachment", args=[private_attachment.pk]
        ),
        "feed": reverse("forum_feeds:latest_topics"),
        "member profile": reverse("forum_member:profile", args=[expert.pk]),
        "applicant's profile": reverse("forum_member:profile", args=[pending.pk]),
        "forum search": reverse("forum_search:search") + f"?q={FORUM_WORD}",
        "moderation queue": reverse("forum_moderation:queue"),
        "personal data list": reverse("forum_moderation:personal_data"),
        "account page": reverse("expert_forum:account"),
        "public document": document("Site pages"),
        "internal document": document("Internal"),
        "search API": f"/api/search/?q={FORUM_WORD}",
        "suggest API": f"/api/search/suggest/?q={FORUM_WORD[:5]}",
    }


@pytest.mark.parametrize("account", ACCOUNTS)
def test_access_matrix(client, urls, login, account):
    login(account)
    column = ACCOUNTS.index(account)
    seen = {key: client.get(url).status_code for key, url in urls.items()}
    expected = {key: statuses[column] for key, statuses in MATRIX.items()}
    assert seen == expected


@pytest.mark.parametrize("account", ACCOUNTS)
def test_public_search_shows_forum_posts_to_members_only(
    client, urls, search_backend, login, account
):
    """Forum posts are found through the engine only, by members only, and posts of the
    moderators' forum by moderators only."""
    if search_backend == "engine":
        get_search_backend().refresh_indexes()
    login(account)
    member = account in {"expert", "moderator"} and search_backend == "engine"
    results = client.get(urls["search API"]).json()["results"]
    assert any(result["type"] == "forum" for result in results) is member
    page = client.get(f"/en/search/?q={FORUM_WORD}").content.decode()
    assert ("Open topic" in page) is member
    assert ("Private topic" in page) is (member and account == "moderator")
    suggestions = str(client.get(urls["suggest API"]).json()["suggestions"])
    assert "Open topic" not in suggestions or member
    assert "Private topic" not in suggestions or account == "moderator"
