"""Every page type, read in Chromium: axe-core finds nothing serious or critical, the Nu
HTML Checker finds no error, and a first load stays within the weight budget without a
single request to another site.

The pages are opened once for the whole module (the `results` fixture); each test below
then judges one page, so a failure names the page, its language and what was found.
"""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session

from . import audit

CASES = audit.cases(audit.every_language())
IDS = [f"{name}-{language}" for name, language in CASES]


@pytest.fixture(scope="module")
def results(browser, site_server, django_db_blocker, checkers, request):
    # The live server runs in this process: its thread needs the database unblocked too.
    with django_db_blocker.unblock():
        audit.index_the_demo()
        targets = audit.resolve(CASES)
        # The seeded expert and the seeded applicant still waiting for approval.
        cookies = {
            "expert": [audit.session_cookie(site_server, audit.EXPERT)],
            "pending": [audit.session_cookie(site_server, audit.PENDING)],
        }
        try:
            found = {
                target.label: audit.visit(
                    browser,
                    site_server,
                    target,
                    cookies.get(target.kind.visitor, ()),
                    media_prefix=settings.MEDIA_URL,
                )
                for target in targets
            }
        finally:
            keys = [cookie["value"] for pair in cookies.values() for cookie in pair]
            Session.objects.filter(session_key__in=keys).delete()
    for label, (errors, warnings) in audit.validate(
        {label: result.html for label, result in found.items()}
    ).items():
        found[label].html_errors = errors
        found[label].html_warnings = warnings
    request.config.stash[audit.REPORT_KEY] = list(found.values())
    return found


def check_page(result):
    kind = result.target.kind
    assert result.status == kind.status, f"{result.target.url}: status {result.status}"
    assert not result.missing, f"{result.target.url}: nothing matches {result.missing!r}"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_axe_finds_nothing_serious(results, case):
    result = results["-".join(case)]
    check_page(result)
    serious = result.serious()
    assert not serious, f"{result.target.url}:\n" + "\n".join(
        audit.describe_violation(violation) for violation in serious
    )


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_html_is_valid(results, case):
    result = results["-".join(case)]
    assert not result.html_errors, f"{result.target.url}:\n" + "\n".join(
        audit.describe_html_message(message) for message in result.html_errors
    )


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_first_load_is_light_and_stays_on_this_site(results, case):
    result = results["-".join(case)]
    assert result.weight <= audit.PAGE_BUDGET, (
        f"{result.target.url}: {result.weight} bytes on a first load without images "
        f"(budget {audit.PAGE_BUDGET}): {dict(result.bytes_by_type)}"
    )
    assert not result.foreign, f"{result.target.url} loads from other sites: {result.foreign}"
    assert all(audit.origin_of(url) == result.origin for url in result.blocking)
    assert not result.image_problems, f"{result.target.url}: {result.image_problems}"
