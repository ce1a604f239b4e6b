"""The news listing, its pagination and its feeds."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import NEWS_PER_PAGE, NewsIndexPage, NewsPage
from tests.conftest import LANGUAGES
from tests.factories import NewsPageFactory


def news_index(language_code):
    return NewsIndexPage.objects.get(locale__language_code=language_code)


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", LANGUAGES)
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_of_each_language_parses_and_lists_its_news(client, language_code, kind):
    index = news_index(language_code)
    response = client.get(f"{index.url}feed/{kind}/")
    assert response.status_code == 200

    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    assert feed.feed.language == language_code if kind == "rss" else True
    news = list(NewsPage.objects.live().child_of(index).order_by("-date"))
    assert [entry.title for entry in feed.entries] == [item.title for item in news]
    assert all(
        entry.link.startswith(f"http://testserver/{language_code}/") for entry in feed.entries
    )


@pytest.mark.django_db
def test_listing_links_its_feeds(get_page):
    html = get_page(news_index("nl").url)
    feeds = html.find_all(
        "link", rel="alternate", type=["application/rss+xml", "application/atom+xml"]
    )
    assert [link["href"] for link in feeds] == [
        f"{news_index('nl').url}feed/rss/",
        f"{news_index('nl').url}feed/atom/",
    ]


@pytest.mark.django_db
def test_listing_paginates_and_survives_bad_page_numbers(client, get_page):
    index = news_index("en")
    for _ in range(NEWS_PER_PAGE + 3):
        NewsPageFactory(parent=index)
    total = NewsPage.objects.child_of(index).live().count()
    last_page = -(-total // NEWS_PER_PAGE)

    first = get_page(index.url)
    assert len(first.select(".news-list__item")) == NEWS_PER_PAGE
    assert first.find("nav", class_="pagination").find("a", rel="next")["href"] == "?page=2"

    last = get_page(f"{index.url}?page={last_page}")
    assert len(last.select(".news-list__item")) == total - NEWS_PER_PAGE * (last_page - 1)
    assert last.find("ol", class_="news-list")["start"] == str(NEWS_PER_PAGE * (last_page - 1) + 1)

    assert get_page(f"{index.url}?page=abc").select(".news-list__item")
    beyond = get_page(f"{index.url}?page=999").find("nav", class_="pagination")
    current = beyond.find("a", attrs={"aria-current": "page"})
    assert current.get_text(strip=True).endswith(str(last_page))


@pytest.mark.django_db
def test_listing_says_what_to_do_when_empty(get_page):
    index = news_index("fr")
    NewsPage.objects.child_of(index).delete()
    html = get_page(index.url)
    assert "Aucune actualité" in html.find(class_="empty-state").get_text()


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_the_news(client):
    index = news_index("en")
    client.get(index.url)  # warm caches

    with CaptureQueriesContext(connection) as few:
        assert client.get(index.url).status_code == 200
    for _ in range(8):
        NewsPageFactory(parent=index)
    with CaptureQueriesContext(connection) as many:
        assert client.get(index.url).status_code == 200
    assert len(many) <= len(few)
