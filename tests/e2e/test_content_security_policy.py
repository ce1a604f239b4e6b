"""The Content-Security-Policy blocks nothing the public pages need: Chromium reports no
violation on any page type (a violation means a script or style the policy stopped)."""

import pytest

from home.models import HomePage, NewsPage, StandardPage
from manual.models import GlossaryPage, ManualChapterPage, ManualIndexPage
from ravot_events.models import EventIndexPage, EventPage
from referral.models import (
    ComparisonPage,
    ContactFormPage,
    DirectoryIndexPage,
    GetHelpPage,
    PathwayIndexPage,
    PathwayPage,
)

PAGE_TYPES = [
    HomePage,
    StandardPage,
    NewsPage,
    ManualIndexPage,
    ManualChapterPage,
    GlossaryPage,
    EventIndexPage,
    EventPage,
    GetHelpPage,
    DirectoryIndexPage,
    PathwayIndexPage,
    PathwayPage,
    ComparisonPage,
    ContactFormPage,
]
OTHER_PAGES = [
    "/en/search/?q=help",
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/no-such-page/",
]


@pytest.fixture
def public_urls(db):
    urls = [
        page_type.objects.live().filter(locale__language_code="en").first().url
        for page_type in PAGE_TYPES
    ]
    return urls + OTHER_PAGES


def test_no_page_breaks_the_policy(page, public_urls):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append((page.url, message.text))
            if "Content Security Policy" in message.text
            else None
        ),
    )
    for url in public_urls:
        response = page.goto(url)
        assert response.status in {200, 404}, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
        # type into the search box: the suggestions script fetches and draws its list
        page.fill("#site-search-query", "traff")
        page.wait_for_timeout(300)
    assert not violations
