"""The page audit behind `make a11y` and tests/a11y: every page type of the site, in one
language or all four, opened in Chromium as its reader would open it.

For each page it records
- axe-core's violations (axe is evaluated in the page through the DevTools protocol, so the
  site's Content-Security-Policy need not allow it, and the page loads exactly as a reader's);
- the HTML the server sent, checked afterwards by the Nu HTML Checker in one run (the JVM
  takes seconds to start);
- the bytes transferred on a first load with an empty cache, by resource type, without
  images; every request to another origin; every render-blocking resource; and images
  without width and height or, for uploaded images, without responsive renditions.

The external checkers come from npm (ops/a11y/package.json, pinned in its lock file):
`make a11y` and `make test` install them with `npm ci`.
"""

import json
import os
import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKERS = ROOT / "ops" / "a11y" / "node_modules"
AXE_SCRIPT = CHECKERS / "axe-core" / "axe.min.js"
VNU_JAR = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Where the tests leave their results for the table at the end of the run.
REPORT_KEY = pytest.StashKey[list]()

LANGUAGES = ["en", "hu", "nl", "fr"]
IMPACTS = ["critical", "serious", "moderate", "minor"]
BLOCKING_IMPACTS = {"critical", "serious"}

# The budget for a first load without images: HTML, CSS, JavaScript and fonts.
# Measured as the live server sends them (uncompressed static files in the tests), so the
# figure is an upper bound of what a reader behind the production proxy receives.
PAGE_BUDGET = 300_000
IMAGE_TYPES = {"image", "media"}

# A query per language that the demo answers with several results.
SEARCH_WORDS = {
    "en": "trafficking",
    "hu": "emberkereskedelem",
    "nl": "mensenhandel",
    "fr": "traite",
}
# The finder's answers for a Hungarian victim of labour exploitation in the Netherlands.
FINDER_QUERY = "?location=NL&origin=HU&exploitation=labour&need=return&age=adult"

# Readers other than anonymous ones: a seeded demo expert and the seeded pending applicant
# (forum/demo/content.py).
EXPERT = "sanne.nl.inspect"
PENDING = "new.applicant"


@dataclass(frozen=True)
class Kind:
    """A page type: how to find one in a language, who reads it, what it must show."""

    name: str
    locate: object  # function(language) -> URL path
    visitor: str = "anonymous"
    status: int = 200
    # A CSS selector that must match, so that a page "with results" is not audited empty.
    expect: str = ""


@dataclass
class Target:
    kind: Kind
    language: str
    url: str = ""

    @property
    def label(self):
        return f"{self.kind.name}-{self.language}"


@dataclass
class Result:
    target: Target
    origin: str = ""
    status: int = 0
    html: str = ""
    violations: list = field(default_factory=list)
    bytes_by_type: Counter = field(default_factory=Counter)
    foreign: list = field(default_factory=list)
    blocking: list = field(default_factory=list)
    image_problems: list = field(default_factory=list)
    missing: str = ""
    html_errors: list = field(default_factory=list)
    html_warnings: list = field(default_factory=list)

    @property
    def weight(self):
        return sum(size for kind, size in self.bytes_by_type.items() if kind not in IMAGE_TYPES)

    def impact_counts(self):
        """Violations by impact, counted per affected element (as axe reports them)."""
        counts = Counter()
        for violation in self.violations:
            counts[violation["impact"]] += len(violation["nodes"])
        return counts

    def serious(self):
        return [v for v in self.violations if v["impact"] in BLOCKING_IMPACTS]


def index_the_demo():
    """With a search engine (make test), rebuilds its index from the seeded demo: other tests
    leave it holding their own, rolled-back, pages."""
    import io

    from django.conf import settings
    from django.core.management import call_command

    if settings.SEARCH_URL:
        call_command("search_reindex", "--engine-only", stdout=io.StringIO())


def session_cookie(base_url, username):
    """A browser cookie for a new session of this user, as after a login (the demo's people
    have no password). The caller deletes the session afterwards."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    value = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {"name": settings.SESSION_COOKIE_NAME, "value": value, "url": base_url}


# -- the catalogue: one function per page type, resolved against the database -----------


def _page(model, language, **filters):
    """The first live page of a type (in tree order) with these English fields, in a
    language: the same page in each language, not merely one of the same type."""
    from wagtail.models import Locale

    english = (
        model.objects.live().filter(locale__language_code="en", **filters).order_by("path").first()
    )
    assert english is not None, f"no live {model.__name__} {filters}: is the demo seeded?"
    if language == "en":
        return english
    page = english.get_translation_or_none(Locale.objects.get(language_code=language))
    assert page is not None and page.live, f"{english.url} has no live {language} translation"
    return page.specific


def _url(model, **filters):
    return lambda language: _page(model, language, **filters).url


def _reverse(name, **kwargs):
    from django.urls import reverse
    from django.utils import translation

    def locate(language):
        with translation.override(language):
            return reverse(name, kwargs=kwargs)

    return locate


def _standard(language):
    from home.models import StandardPage

    # A standard page with children shows its cards too.
    page = _page(StandardPage, language, depth=3)
    return page.url


def _news(language):
    from home.models import NewsPage

    latest = NewsPage.objects.live().filter(locale__language_code="en").order_by("-date")[0]
    return _page(NewsPage, language, pk=latest.pk).url


def _chapter(language):
    from manual.models import ManualChapterPage

    return _page(ManualChapterPage, language).url


def _compare(language):
    other = "fr" if language == "en" else "en"
    return f"{_chapter(language)}compare/?left={language}&right={other}"


def _event(language):
    from ravot_events.models import EventPage

    # The kick-off conference has an agenda, speakers, a report and materials.
    return _page(EventPage, language, slug__startswith="kick-off").url


def _organisation(language):
    from wagtail.models import Locale

    from referral.models import DirectoryIndexPage, Organisation

    directory = _page(DirectoryIndexPage, language)
    english = Organisation.objects.filter(locale__language_code="en").order_by("name").first()
    assert english is not None, "no directory entry: is the demo seeded?"
    entry = english.get_translation_or_none(Locale.objects.get(language_code=language))
    return (entry or english).url_in(directory)


def _finder(language):
    from referral.models import PathwayIndexPage

    return _page(PathwayIndexPage, language).url + FINDER_QUERY


def _search(language):
    from django.utils.http import urlencode

    return f"{_reverse('search')(language)}?{urlencode({'q': SEARCH_WORDS[language]})}"


def _forum(language):
    from machina.apps.forum.models import Forum

    forum = Forum.objects.get(slug="transnational-referrals")
    return _reverse("forum:forum", slug=forum.slug, pk=forum.pk)(language)


def _topic():
    from machina.apps.forum_conversation.models import Topic

    # The seeded discussion with the most replies.
    return (
        Topic.objects.filter(forum__slug="transnational-referrals", approved=True)
        .order_by("-posts_count", "pk")
        .first()
    )


def _topic_url(language):
    topic = _topic()
    return _reverse(
        "forum_conversation:topic",
        forum_slug=topic.forum.slug,
        forum_pk=topic.forum.pk,
        slug=topic.slug,
        pk=topic.pk,
    )(language)


def _topic_create(language):
    from machina.apps.forum.models import Forum

    forum = Forum.objects.get(slug="transnational-referrals")
    return _reverse("forum_conversation:topic_create", forum_slug=forum.slug, forum_pk=forum.pk)(
        language
    )


def _reply(language):
    topic = _topic()
    return _reverse(
        "forum_conversation:post_create",
        forum_slug=topic.forum.slug,
        forum_pk=topic.forum.pk,
        topic_slug=topic.slug,
        topic_pk=topic.pk,
    )(language)


def _kinds():
    from home.models import HomePage, NewsIndexPage
    from manual.models import GlossaryPage, ManualIndexPage, ManualPartPage
    from ravot_events.models import EventIndexPage
    from referral.models import (
        ComparisonPage,
        ContactFormPage,
        DirectoryIndexPage,
        GetHelpPage,
        PathwayIndexPage,
        PathwayPage,
    )

    return [
        Kind("home", _url(HomePage)),
        Kind("standard", _standard),
        Kind("news-index", _url(NewsIndexPage), expect=".news-list"),
        Kind("news", _news),
        Kind("manual-index", _url(ManualIndexPage)),
        Kind("manual-part", _url(ManualPartPage)),
        Kind("manual-chapter", _chapter),
        Kind("glossary", _url(GlossaryPage), expect=".glossary__entry"),
        Kind("compare", _compare, expect=".parallel__row"),
        Kind("events-index", _url(EventIndexPage)),
        Kind("event", _event),
        Kind("directory", _url(DirectoryIndexPage)),
        Kind("organisation", _organisation),
        Kind("pathways", _url(PathwayIndexPage)),
        Kind("pathway", _url(PathwayPage, identified_in="NL", origin="HU")),
        Kind("finder", _finder, expect="#finder-result .referral-step"),
        Kind("comparison", _url(ComparisonPage)),
        Kind("get-help", _url(GetHelpPage)),
        Kind("contact", _url(ContactFormPage), expect="form"),
        Kind("search", _search, expect=".search-result"),
        Kind("signup", _reverse("account_signup"), expect="form"),
        Kind("login", _reverse("account_login"), expect="form"),
        Kind("not-found", lambda language: f"/{language}/no-such-page/", status=404),
        Kind("forum-index", _reverse("forum:index"), visitor="expert"),
        Kind("forum", _forum, visitor="expert"),
        Kind("topic", _topic_url, visitor="expert"),
        Kind("new-topic", _topic_create, visitor="expert", expect="form #id_subject"),
        Kind("reply", _reply, visitor="expert", expect="form #id_content"),
        Kind("application", _reverse("expert_forum:account"), visitor="pending"),
        Kind("forum-closed", _reverse("forum:index"), visitor="pending", status=403),
    ]


KIND_NAMES = [
    "home", "standard", "news-index", "news", "manual-index", "manual-part", "manual-chapter",
    "glossary", "compare", "events-index", "event", "directory", "organisation", "pathways",
    "pathway", "finder", "comparison", "get-help", "contact", "search", "signup", "login",
    "not-found", "forum-index", "forum", "topic", "new-topic", "reply", "application",
    "forum-closed",
]  # fmt: skip


def every_language():
    """`make a11y` sets A11Y_LANGUAGES=all; `make test` checks a representative set."""
    return os.environ.get("A11Y_LANGUAGES", "") == "all"


def cases(every_language):
    """(kind, language) pairs: all four languages for each page type, or one language per
    page type taken in turn, so that a short run still reaches every language."""
    if every_language:
        return [(name, language) for name in KIND_NAMES for language in LANGUAGES]
    return [(name, LANGUAGES[index % len(LANGUAGES)]) for index, name in enumerate(KIND_NAMES)]


def resolve(pairs):
    """Targets with their URLs (needs the database)."""
    kinds = {kind.name: kind for kind in _kinds()}
    assert set(kinds) == set(KIND_NAMES), "KIND_NAMES and _kinds() disagree"
    return [Target(kinds[name], language, kinds[name].locate(language)) for name, language in pairs]


# -- the browser pass -----------------------------------------------------------------------

AXE_RUN = """
async () => {
    const results = await axe.run(document, {resultTypes: ['violations']});
    return results.violations.map(violation => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        tags: violation.tags,
        nodes: violation.nodes.map(node => ({
            target: node.target.join(' '),
            html: node.html.slice(0, 300),
            summary: node.failureSummary,
        })),
    }));
}
"""

PAGE_FACTS = """
(mediaPrefix) => {
    const blocking = performance.getEntriesByType('resource')
        .filter(entry => entry.renderBlockingStatus === 'blocking')
        .map(entry => entry.name);
    const images = [];
    for (const img of document.images) {
        const name = img.getAttribute('src') || '(no src)';
        if (!img.hasAttribute('width') || !img.hasAttribute('height')) {
            images.push(`${name}: no width and height`);
        }
        const path = new URL(img.currentSrc || img.src, location.href).pathname;
        if (path.startsWith(mediaPrefix)) {
            const picture = img.parentElement && img.parentElement.tagName === 'PICTURE'
                && img.parentElement.querySelector('source[srcset]');
            const srcset = img.hasAttribute('srcset') && img.hasAttribute('sizes');
            if (!picture && !srcset) {
                images.push(`${name}: an uploaded image without srcset and sizes`);
            }
        }
    }
    return {blocking, images};
}
"""


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def open_context(browser, base_url, language, cookies=(), **options):
    context = browser.new_context(
        base_url=base_url,
        locale={"en": "en-GB", "hu": "hu-HU", "nl": "nl-NL", "fr": "fr-BE"}[language],
        **{"viewport": {"width": 1280, "height": 900}, **options},
    )
    if cookies:
        context.add_cookies(list(cookies))
    return context


def visit(browser, base_url, target, cookies=(), media_prefix="/media/"):
    """Opens a target in a fresh browser context (an empty cache: a first load)."""
    result = Result(target, origin=origin_of(base_url))
    context = open_context(browser, base_url, target.language, cookies)
    finished = []

    def on_request(request):
        if request.url.startswith(("data:", "blob:")):
            return
        if origin_of(request.url) != result.origin:
            result.foreign.append(request.url)

    context.on("request", on_request)
    context.on("requestfinished", lambda request: finished.append(request))
    try:
        page = context.new_page()
        response = page.goto(target.url, wait_until="load")
        result.status = response.status
        result.html = response.text()
        page.wait_for_load_state("networkidle")
        if target.kind.expect and page.locator(target.kind.expect).count() == 0:
            result.missing = target.kind.expect
        facts = page.evaluate(PAGE_FACTS, media_prefix)
        result.blocking = facts["blocking"]
        result.image_problems = facts["images"]
        for request in finished:
            sizes = request.sizes()
            result.bytes_by_type[request.resource_type] += (
                sizes["responseBodySize"] + sizes["responseHeadersSize"]
            )
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
        result.violations = page.evaluate(AXE_RUN)
    finally:
        context.close()
    return result


# -- the Nu HTML Checker ------------------------------------------------------------------


def validate(documents):
    """Checks HTML documents with vnu in one run; returns {key: (errors, warnings)}.

    `documents` maps a key to the HTML text. Errors are vnu's `error` and
    `non-document-error` messages; warnings are `info` messages of subtype `warning`.
    """
    findings = {key: ([], []) for key in documents}
    with tempfile.TemporaryDirectory(prefix="ravot-vnu-") as folder:
        names = {}
        for number, (key, html) in enumerate(documents.items()):
            path = Path(folder) / f"{number:03d}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = key
        completed = subprocess.run(
            [
                shutil.which("java") or "java",
                "-jar",
                str(VNU_JAR),
                "--format",
                "json",
                "--stdout",
                "--exit-zero-always",
                *sorted(str(Path(folder) / name) for name in names),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    if completed.returncode != 0:
        raise RuntimeError(f"vnu failed ({completed.returncode}): {completed.stderr[-2000:]}")
    for message in json.loads(completed.stdout)["messages"]:
        key = names.get(message.get("url", "").rsplit("/", 1)[-1])
        if key is None:
            raise RuntimeError(f"vnu: {message}")
        errors, warnings = findings[key]
        if message["type"] in {"error", "non-document-error"}:
            errors.append(message)
        elif message.get("subType") == "warning":
            warnings.append(message)
    return findings


def describe_html_message(message):
    where = f"line {message.get('lastLine', '?')}"
    extract = " ".join(message.get("extract", "").split())
    return f"{where}: {message['message']} [{extract}]"


def describe_violation(violation):
    nodes = "; ".join(node["target"] for node in violation["nodes"][:5])
    more = len(violation["nodes"]) - 5
    return (
        f"{violation['impact']} {violation['id']}: {violation['help']} "
        f"({nodes}{f' and {more} more' if more > 0 else ''}) {violation['helpUrl']}"
    )


# -- the report ----------------------------------------------------------------------------


def table(results):
    """The table `make a11y` prints: one row per page and language."""
    header = ["page", "lang", "url", "crit", "ser", "mod", "min", "html err", "warn", "KB"]
    rows = []
    for result in results:
        counts = result.impact_counts()
        rows.append(
            [
                result.target.kind.name,
                result.target.language,
                result.target.url,
                *(str(counts.get(impact, 0)) for impact in IMPACTS),
                str(len(result.html_errors)),
                str(len(result.html_warnings)),
                f"{result.weight / 1000:.0f}",
            ]
        )
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    widths[2] = min(widths[2], 60)
    lines = []
    for row in [header, None, *rows]:
        if row is None:
            lines.append("  ".join("-" * width for width in widths))
            continue
        cells = [
            cell[: widths[i]].ljust(widths[i]) if i < 3 else cell.rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    totals = Counter()
    rules = Counter()
    example = {}
    for result in results:
        totals.update(result.impact_counts())
        for violation in result.violations:
            rule = (violation["impact"], violation["id"], violation["help"])
            rules[rule] += 1
            example.setdefault(rule, f"{result.target.label}: {violation['nodes'][0]['target']}")
    lines.append("")
    lines.append(
        f"{len(results)} pages checked: "
        + ", ".join(f"{totals.get(impact, 0)} {impact}" for impact in IMPACTS)
        + f" (elements); {sum(len(r.html_errors) for r in results)} HTML errors, "
        + f"{sum(len(r.html_warnings) for r in results)} HTML warnings"
    )
    heaviest = max(results, key=lambda result: result.weight, default=None)
    if heaviest is not None:
        lines.append(
            f"heaviest first load without images: {heaviest.target.label} "
            f"{heaviest.weight / 1000:.0f} KB (budget {PAGE_BUDGET / 1000:.0f} KB)"
        )
    if rules:
        lines.append("axe rules broken (impact rule: help; pages; an example):")
        for rule, pages in sorted(rules.items(), key=lambda item: IMPACTS.index(item[0][0])):
            impact, name, help_text = rule
            lines.append(f"  {impact:<8} {name}: {help_text}; {pages}; {example[rule]}")
    return "\n".join(lines)
