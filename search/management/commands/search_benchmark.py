"""Indexing time and query latency of the search engine and the database backend.

Builds synthetic corpora (pages in the four languages, made of the field's vocabulary),
indexes each with both backends and times the same queries through the public search
(`search_site`, so loading results from the database is included). Run it through
`make bench-search`, which gives it a throw-away PostgreSQL and OpenSearch node: it
deletes and creates pages.
"""

import random
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models.signals import post_save
from django.test.utils import override_settings
from modelsearch.backends import get_search_backend
from modelsearch.signal_handlers import post_save_signal_handler

from home.models import HomePage, StandardPage
from search.management.commands.search_reindex import Command as Reindex
from search.service import SearchRequest, search_site

WORDS = {
    "en": "victim trafficking identification shelter referral return reintegration labour "
    "sexual exploitation police inspector interpreter residence permit reflection period "
    "debt bondage forced criminality child protection prosecution cooperation embassy".split(),
    "hu": "áldozat emberkereskedelem azonosítás menedékház továbbirányítás hazatérés "
    "visszailleszkedés munkaerő szexuális kizsákmányolás rendőrség felügyelő tolmács "
    "tartózkodási engedély gondolkodási idő adósrabszolgaság gyermekvédelem ügyészség".split(),
    "nl": "slachtoffer mensenhandel identificatie opvang doorverwijzing terugkeer "
    "herintegratie arbeidsuitbuiting seksuele uitbuiting politie inspecteur tolk "
    "verblijfsvergunning bedenktijd schuldslavernij kinderbescherming vervolging".split(),
    "fr": "victime traite identification hébergement orientation retour réintégration "
    "exploitation sexuelle travail police inspecteur interprète titre séjour délai "
    "réflexion servitude dettes criminalité forcée protection enfance poursuites".split(),
}
QUERIES = [
    ("en", "victim identification"),
    ("en", "residence permit"),
    ("en", "labour exploitation police"),
    ("hu", "áldozatok azonosítása"),
    ("hu", "emberkereskedelem"),
    ("hu", "tolmács"),
    ("nl", "slachtoffers mensenhandel"),
    ("nl", "bedenktijd"),
    ("fr", "traite des victimes"),
    ("fr", "titre de séjour"),
    ("en", "reintegraton"),  # a typing mistake
    ("hu", "aldozat"),  # without accents
]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Benchmarks indexing and queries on the search engine and the database backend."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000])
        parser.add_argument("--repeat", type=int, default=5, help="Runs of each query.")

    def handle(self, *args, **options):
        if not settings.SEARCH_URL:
            raise CommandError("Set SEARCH_URL (make bench-search starts a node).")
        rows = []
        for size in options["sizes"]:
            self.stdout.write(f"Building a corpus of {size} pages...")
            self.build_corpus(size)
            rows.append((size, "search engine", self.time_engine_indexing()))
            rows.append((size, "database", self.time_database_indexing()))
            for row_index in (-2, -1):
                backend_name = "engine" if rows[row_index][1] == "search engine" else "database"
                rows[row_index] += self.time_queries(backend_name, options["repeat"])
        self.stdout.write("")
        self.stdout.write(
            f"{'pages':>6}  {'backend':<14} {'indexing s':>10} {'p50 ms':>8} {'p95 ms':>8}"
        )
        for size, name, indexing, p50, p95 in rows:
            self.stdout.write(f"{size:>6}  {name:<14} {indexing:>10.1f} {p50:>8.1f} {p95:>8.1f}")

    def build_corpus(self, size):
        """`size` synthetic pages, a quarter in each language, replacing earlier ones."""
        StandardPage.objects.filter(slug__startswith="bench-").delete()
        random.seed(size)
        # Created without indexing: the indexing itself is what is timed afterwards.
        post_save.disconnect(post_save_signal_handler, sender=StandardPage)
        try:
            for language, words in WORDS.items():
                home = HomePage.objects.get(locale__language_code=language)
                for number in range(size // len(WORDS)):
                    text = " ".join(random.choices(words, k=120))
                    home.add_child(
                        instance=StandardPage(
                            title=" ".join(random.choices(words, k=4)).capitalize(),
                            slug=f"bench-{language}-{number}",
                            intro=text[:300],
                            body=[("paragraph", f"<p>{text}</p>")],
                            locale=home.locale,
                        )
                    )
                    home.refresh_from_db()
        finally:
            post_save.connect(post_save_signal_handler, sender=StandardPage)

    def time_engine_indexing(self):
        reindex = Reindex(stdout=self.stdout)
        reindex.stdout.write = lambda *args, **kwargs: None  # no progress bar in the table
        started = time.perf_counter()
        reindex.rebuild_engine(get_search_backend("default"))
        return time.perf_counter() - started

    def time_database_indexing(self):
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("wagtail_update_index", backend_name="database", verbosity=0)
        return time.perf_counter() - started

    def time_queries(self, backend_name, repeat):
        overrides = {}
        if backend_name == "database":
            overrides = {
                "SEARCH_URL": "",
                "WAGTAILSEARCH_BACKENDS": {"default": settings.WAGTAILSEARCH_BACKENDS["database"]},
            }
        timings = []
        with override_settings(**overrides):
            for _run in range(repeat):
                for language, query in QUERIES:
                    started = time.perf_counter()
                    outcome = search_site(SearchRequest(query=query, language=language))
                    list(outcome.results)
                    timings.append((time.perf_counter() - started) * 1000)
        return statistics.median(timings), percentile(timings, 0.95)
