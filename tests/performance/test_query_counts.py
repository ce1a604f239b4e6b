"""Listings cost the same number of queries whatever the number of items they list.

The events index, the directory, the news index, the manual index and the glossary have
their own such tests beside their other tests (tests/events/test_listing.py,
tests/referral/test_directory.py, tests/home/test_news.py, tests/manual/test_structure.py,
tests/manual/test_glossary.py); the forum's topic and post lists in tests/forum/test_safety.py.
Here: the forum index and the search results page.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from wagtail.models import Locale

from home.models import HomePage
from manual.models import GlossaryTerm
from tests.factories import StandardPageFactory
from tests.forum.conftest import make_user
from tests.referral.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

WORD = "Quokkamarker"


def query_count(client, url, **params):
    client.get(url, params)  # warm the per-process caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return len(queries), response


def test_forum_index_does_not_grow_with_forums_and_topics(client):
    expert = make_user("indexreader", "approved", ["Experts"])
    client.force_login(expert)
    url = reverse("forum:index")

    def add_forum(number):
        # After the moderators' forum, as an administrator adds one (forum.permission_checker).
        forum = Forum.objects.create(name=f"Extra forum {number}", type=Forum.FORUM_POST)
        for topic_number in range(2):
            topic = Topic.objects.create(
                forum=forum,
                poster=expert,
                subject=f"T{topic_number}",
                type=0,
                status=0,
                approved=True,
            )
            Post.objects.create(topic=topic, poster=expert, subject="t", content="t", approved=True)

    add_forum(0)
    few, _ = query_count(client, url)
    for number in range(1, 6):
        add_forum(number)
    many, response = query_count(client, url)
    assert "Extra forum 5" in response.content.decode()
    assert many <= few


def add_matching_items(count, start):
    english = HomePage.objects.get(locale__language_code="en")
    locale = Locale.get_default()
    for number in range(start, start + count):
        StandardPageFactory(parent=english, title=f"{WORD} page {number}")
        OrganisationFactory(name=f"{WORD} organisation {number}", locale=locale)
        GlossaryTerm.objects.create(
            locale=locale, term=f"{WORD} term {number}", definition=f"About {WORD}."
        )


@pytest.mark.parametrize("backend", ["database_search", "engine"])
def test_search_results_do_not_grow_with_the_results(client, request, backend):
    add_matching_items(1, 0)
    if backend == "engine":
        request.getfixturevalue("engine")  # reindexes what the database holds
        request.getfixturevalue("refresh")()
    else:
        request.getfixturevalue("database_search")
    few, first = query_count(client, reverse("search"), q=WORD)
    assert first.content.decode().count("search-result__title") >= 3
    add_matching_items(6, 1)
    if backend == "engine":
        request.getfixturevalue("refresh")()
    many, response = query_count(client, reverse("search"), q=WORD)
    assert response.content.decode().count("search-result__title") > 3
    assert many <= few
