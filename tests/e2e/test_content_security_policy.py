"""The Content-Security-Policy blocks nothing the public pages need: Chromium reports no
violation on any page type (a violation means a script or style the policy stopped)."""

import pytest

from tests.security.test_headers import OTHER_PAGE_TYPES, VICTIM_PAGE_TYPES

PAGE_TYPES = OTHER_PAGE_TYPES + VICTIM_PAGE_TYPES

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
