"""Forum posts in the site's search: readers of the forum find them, nobody else does."""

import pytest
from django.contrib.auth.models import AnonymousUser
from machina.apps.forum_conversation.models import Post, Topic

from tests.forum.conftest import make_user
from tests.search.conftest import find, titles


@pytest.fixture
def posts(engine, refresh, forums, expert, moderator):
    def post(forum, author, subject, content):
        topic = Topic.objects.create(
            forum=forums[forum], poster=author, subject=subject, type=0, status=0, approved=True
        )
        Post.objects.create(
            topic=topic, poster=author, subject=subject, content=content, approved=True
        )

    post("general", expert, "Capybara shelter question", "Where can a capybara case be referred?")
    post("moderators", moderator, "Capybara moderation note", "Moderators only capybara note")
    refresh()


def test_experts_find_the_posts_of_the_forums_they_read(posts, expert, moderator):
    assert titles(find("capybara", user=expert)) == ["Capybara shelter question"]
    assert set(titles(find("capybara", user=moderator))) == {
        "Capybara shelter question",
        "Capybara moderation note",
    }
    [result] = find("capybara", user=expert).results
    assert result.kind == "forum" and result.url


@pytest.mark.parametrize("who", ["anonymous", "pending", "rejected"])
def test_nobody_else_gets_a_word_of_them(posts, client, who):
    user = AnonymousUser() if who == "anonymous" else make_user(who, who)
    assert not find("capybara", user=user).results
    if who != "anonymous":
        client.force_login(user)
    page = client.get("/en/search/", {"q": "capybara"}).content.decode()
    api = client.get("/api/search/", {"q": "capybara", "lang": "en"}).json()
    suggestions = client.get("/api/search/suggest/", {"q": "capyb", "lang": "en"}).json()
    assert "Capybara" not in page
    assert api["total"] == 0 and not api["results"]
    assert not suggestions["suggestions"]
