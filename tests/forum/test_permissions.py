"""Every forum URL against every kind of account: only members read, only moderators
moderate, and the moderators' forum is theirs alone."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from machina.apps.forum_conversation.forum_attachments.models import Attachment

from .conftest import make_user

ANONYMOUS, PENDING, REJECTED, EXPERT, MODERATOR = (
    "anonymous",
    "pending",
    "rejected",
    "expert",
    "moderator",
)
READERS = {EXPERT, MODERATOR}


@pytest.fixture
def accounts(db):
    return {
        ANONYMOUS: None,
        PENDING: make_user("m-pending", "pending"),
        REJECTED: make_user("m-rejected", "rejected"),
        EXPERT: make_user("m-expert", "approved", ["Experts"]),
        MODERATOR: make_user("m-moderator", "approved", ["Experts", "Moderators"]),
    }


def urls(forums, topic, private_topic, attachment):
    forum = forums["general"]
    private = forums["moderators"]
    post = topic.first_post
    t = (forum.slug, forum.pk, topic.slug, topic.pk)
    member_urls = [
        reverse("forum:index"),
        reverse("forum:forum", args=[forum.slug, forum.pk]),
        reverse("forum_conversation:topic", args=t),
        reverse("forum_conversation:topic_create", args=[forum.slug, forum.pk]),
        reverse("forum_conversation:post_create", args=t),
        reverse("forum_conversation:attachment", args=[attachment.pk]),
        reverse("forum_feeds:latest_topics"),
        reverse("forum_feeds:forum_latest_topics", args=[forum.slug, forum.pk]),
        reverse("forum_feeds:forum_latest_topics_with_descendants", args=[forum.slug, forum.pk]),
        reverse("forum_member:profile", args=[topic.poster_id]),
        reverse("forum_member:user_posts", args=[topic.poster_id]),
        reverse("forum_member:user_subscriptions"),
        reverse("forum_member:topic_subscribe", args=[topic.pk]),
        reverse("forum_search:search") + "?q=topic",
        reverse("forum_tracking:unread_topics"),
        reverse("forum_tracking:mark_all_forums_read"),
    ]
    author_urls = [
        reverse("forum_conversation:topic_update", args=t),
        reverse("forum_conversation:post_update", args=[*t, post.pk]),
        reverse("forum_conversation:post_delete", args=[*t, post.pk]),
    ]
    moderator_urls = [
        reverse("forum:forum", args=[private.slug, private.pk]),
        reverse(
            "forum_conversation:topic",
            args=[private.slug, private.pk, private_topic.slug, private_topic.pk],
        ),
        reverse("forum_moderation:topic_lock", args=[topic.slug, topic.pk]),
        reverse("forum_moderation:topic_move", args=[topic.slug, topic.pk]),
        reverse("forum_moderation:topic_delete", args=[topic.slug, topic.pk]),
        reverse("forum_moderation:queue"),
        reverse("forum_moderation:personal_data"),
    ]
    return member_urls, author_urls, moderator_urls


@pytest.fixture
def attachment(topic, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    item = Attachment(post=topic.first_post)
    item.file.save("a.txt", ContentFile(b"confidential"), save=True)
    return item


@pytest.mark.django_db
@pytest.mark.parametrize("kind", [ANONYMOUS, PENDING, REJECTED, EXPERT, MODERATOR])
def test_permission_matrix(client, kind, accounts, forums, topic, private_topic, attachment):
    user = accounts[kind]
    if user:
        client.force_login(user)
    member_urls, author_urls, moderator_urls = urls(forums, topic, private_topic, attachment)
    for url in member_urls + author_urls + moderator_urls:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"Hello" not in body or kind in READERS, url
        assert b"confidential" not in body or kind in READERS, url
        if kind == ANONYMOUS:
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("account_login")), url
        elif kind in (PENDING, REJECTED):
            assert response.status_code == 403, url
        elif kind == EXPERT:
            expected = 403 if url in author_urls + moderator_urls else 200
            assert response.status_code == expected, (url, response.status_code)
        else:
            allowed = url not in author_urls or "post/delete" in url or "update" in url
            assert response.status_code == (200 if allowed else 403), (url, response.status_code)


@pytest.mark.django_db
def test_moderators_forum_is_hidden_from_experts(client, accounts, private_topic):
    client.force_login(accounts[EXPERT])
    index = client.get(reverse("forum:index")).content.decode()
    assert "Moderators only" not in index
    assert "/forum/forum/moderators-" not in index
    client.force_login(accounts[MODERATOR])
    assert "moderators-" in client.get(reverse("forum:index")).content.decode()


@pytest.mark.django_db
def test_permissions_come_from_the_data_migration():
    from machina.apps.forum_permission.models import GroupForumPermission, UserForumPermission

    assert not UserForumPermission.objects.exists()  # nothing for anonymous or all users
    experts = GroupForumPermission.objects.filter(group__name="Experts", forum__isnull=True)
    assert set(experts.values_list("permission__codename", flat=True)) >= {
        "can_read_forum",
        "can_reply_to_topics",
    }
    assert not experts.filter(permission__codename="can_lock_topics").exists()
    denied = GroupForumPermission.objects.filter(
        group__name="Experts", forum__slug="moderators", has_perm=False
    )
    assert denied.filter(permission__codename="can_read_forum").exists()


def test_a_forum_added_after_the_moderators_forum_is_open_to_experts(accounts, forums, client):
    """machina forgets a group's global grants for the forums listed after one that denies
    that group something: forum.permission_checker keeps each denial to its own forum."""
    from machina.apps.forum.models import Forum

    added = Forum.objects.create(name="Child exploitation", type=Forum.FORUM_POST)
    assert added.tree_id > forums["moderators"].tree_id  # listed after it
    client.force_login(accounts[EXPERT])
    index = client.get(reverse("forum:index")).content.decode()
    assert "Child exploitation" in index
    assert client.get(reverse("forum:forum", args=[added.slug, added.pk])).status_code == 200
    assert (
        client.get(
            reverse("forum_conversation:topic_create", args=[added.slug, added.pk])
        ).status_code
        == 200
    )
    private = forums["moderators"]
    assert client.get(reverse("forum:forum", args=[private.slug, private.pk])).status_code == 403
