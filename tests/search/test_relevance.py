"""Recall@5 of the relevance set on the search engine, per kind of query.

The thresholds are the levels reached when the set was written; a change to analysis,
fields or ranking that loses any of it fails here. Run with `-s` to see the table.
"""

from collections import defaultdict

import pytest
from wagtail.models import Page

from tests.search.conftest import find
from tests.search.relevance import RELEVANCE_SET

TOP = 5
THRESHOLDS = {"exact": 1.0, "inflected": 1.0, "diacritics": 1.0, "typo": 1.0, "cross-language": 1.0}


def recall_by_kind(relevance_set):
    from manual.models import GlossaryTerm

    keys = {
        page.slug: page.translation_key
        for page in Page.objects.filter(locale__language_code="en", depth__gte=2)
    }
    keys.update(
        (f"glossary:{term.slug}", term.translation_key)
        for term in GlossaryTerm.objects.filter(locale__language_code="en")
    )
    found, total, misses = defaultdict(int), defaultdict(int), []
    for kind, language, query, slug in relevance_set:
        total[kind] += 1
        top = [result.obj.translation_key for result in find(query, language).results[:TOP]]
        if keys[slug] in top:
            found[kind] += 1
        else:
            misses.append((kind, language, query, slug))
    return {kind: found[kind] / total[kind] for kind in total}, total, misses


def test_recall_at_5(engine):
    recall, total, misses = recall_by_kind(RELEVANCE_SET)
    print(f"\nrecall@{TOP} on the search engine")
    for kind, value in recall.items():
        print(f"  {kind:<15} {value:6.0%}  ({total[kind]} queries)")
    for miss in misses:
        print("  missed:", *miss)
    for kind, value in recall.items():
        assert value >= THRESHOLDS[kind], (kind, value, [m for m in misses if m[0] == kind])


@pytest.mark.django_db
def test_recall_at_5_on_the_database_backend(database_search):
    """The single-machine fallback, measured (lower quality, no threshold but exact words)."""
    recall, total, misses = recall_by_kind(RELEVANCE_SET)
    print(f"\nrecall@{TOP} on the database backend")
    for kind, value in recall.items():
        print(f"  {kind:<15} {value:6.0%}  ({total[kind]} queries)")
    assert recall["exact"] >= 0.5
