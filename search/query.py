"""Search-engine request bodies: the same JSON for Elasticsearch 8 and OpenSearch."""

import functools

from modelsearch.index import get_indexed_models


def highlight():
    return {
        "pre_tags": ["<mark>"],
        "post_tags": ["</mark>"],
        "encoder": "html",  # the engine escapes the text around the marks
        "require_field_match": False,
        "fields": {
            name: {"fragment_size": 200, "number_of_fragments": 1} for name in highlight_fields()
        },
    }


@functools.cache
def highlight_fields():
    """The text fields worth a snippet: searchable fields other than titles. Naming them
    (rather than "*") keeps highlighting cheap."""
    from .engines import ES8Mapping
    from .registry import searchable_models

    names = set()
    for model in get_indexed_models():
        if not any(issubclass(model, root) for root in searchable_models()):
            continue
        mapping = ES8Mapping(model)
        for field in model.get_searchable_search_fields():
            if type(field).__name__ == "SearchField" and field.field_name != "title":
                names.add(mapping.get_field_column_name(field))
    return sorted(names)


FACET_FIELDS = {
    "kinds": ("kind", "search_kind_filter"),
    "countries": ("country", "search_country_filter"),
    "languages": ("language", "search_language_filter"),
}
GROUP_FIELD = "translation_key_filter"


def boost_field_name(boost):
    return "_all_text_boost_" + str(float(boost)).replace(".", "_")


def text_fields():
    """Every text field with its boost: titles, headings and glossary terms count more."""
    boosts = {
        float(field.boost)
        for model in get_indexed_models()
        for field in model.get_searchable_search_fields()
        if field.boost
    }
    return ["_all_text"] + [f"{boost_field_name(boost)}^{boost:g}" for boost in sorted(boosts)]


def visibility_filters(restricted):
    """Only live, public, non-alias content of a searchable kind, and restricted kinds
    only as far as `restricted` (see search.permissions) lets through."""
    return [
        {"exists": {"field": "search_kind_filter"}},
        {
            "bool": {
                "should": [
                    {"term": {"live_filter": True}},
                    {"bool": {"must_not": {"exists": {"field": "live_filter"}}}},
                ],
                "minimum_should_match": 1,
            }
        },
        {
            "bool": {
                "must_not": [
                    {"exists": {"field": "alias_of_id_filter"}},
                    {"term": {"search_is_private_filter": True}},
                ]
            }
        },
        restricted,
    ]


def text_query(query, equivalents):
    fields = text_fields()
    should = [
        # every word, stemmed in each index's language
        {"multi_match": {"query": query, "fields": fields, "operator": "and", "boost": 3}},
        # the words together
        {
            "multi_match": {
                "query": query,
                "fields": fields,
                "type": "phrase",
                "slop": 2,
                "boost": 4,
            }
        },
        # typing mistakes, on the unstemmed words (stems are too short to compare)
        {
            "multi_match": {
                "query": query,
                "fields": ["_all_text.plain"],
                # one typo from five letters, two from nine: shorter words must be exact
                "fuzziness": "AUTO:5,9",
                "prefix_length": 2,
                "minimum_should_match": "2<75%",
            }
        },
        # the exact words as typed (accents folded)
        {"match": {"_all_text.plain": {"query": query, "operator": "and", "boost": 2}}},
    ]
    # the same glossary term in the other languages
    should += [
        {"multi_match": {"query": name, "fields": fields, "type": "phrase", "boost": 2}}
        for name in equivalents
    ]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def selection_filters(search_request, leave_out=None):
    selected = {
        "kind": search_request.kinds,
        "country": search_request.countries,
        "language": search_request.languages,
    }
    fields = {name: field for name, field in FACET_FIELDS.values()}
    return [
        {"terms": {fields[name]: values}}
        for name, values in selected.items()
        if values and name != leave_out
    ]


def build_search_body(search_request, equivalents, restricted, offset, size):
    """One request: the page of grouped results, the facets, the total, a suggestion.

    Facets are counted with every filter but their own (so a reader can add a second
    country), in groups of translations, like the total."""
    group_count = {"groups": {"cardinality": {"field": GROUP_FIELD}}}
    aggregations = {
        "groups": {
            "filter": {"bool": {"filter": selection_filters(search_request)}},
            "aggs": {"value": group_count["groups"]},
        }
    }
    for name, (facet, field) in FACET_FIELDS.items():
        aggregations[name] = {
            "filter": {"bool": {"filter": selection_filters(search_request, leave_out=facet)}},
            "aggs": {
                "filtered": {"terms": {"field": field, "size": 20}, "aggs": group_count},
            },
        }
    return {
        "query": {
            "bool": {
                "must": text_query(search_request.query, equivalents),
                "filter": visibility_filters(restricted),
            }
        },
        "post_filter": {"bool": {"filter": selection_filters(search_request)}},
        # one hit per group of translations; the other versions come from the database
        "collapse": {"field": GROUP_FIELD},
        "highlight": highlight(),
        "aggs": aggregations,
        "suggest": {
            "spelling": {
                "text": search_request.query,
                "term": {"field": "_all_text.plain", "suggest_mode": "missing", "size": 1},
            }
        },
        "_source": False,
        "stored_fields": ["pk"],
        "docvalue_fields": ["_django_content_type"],
        "track_total_hits": True,
        "from": offset,
        "size": size,
    }


def build_autocomplete_body(prefix, restricted, size=8):
    return {
        "query": {
            "bool": {
                "must": {"match": {"_edgengrams": {"query": prefix, "operator": "and"}}},
                "filter": visibility_filters(restricted),
            }
        },
        "collapse": {"field": GROUP_FIELD},
        "_source": False,
        "stored_fields": ["pk"],
        "docvalue_fields": ["_django_content_type"],
        "size": size,
    }


def build_word_count_body(words):
    """How many documents contain each word as typed (accents folded), in one request."""
    return {
        "size": 0,
        "aggs": {
            f"word_{position}": {"filter": {"match": {"_all_text.plain": word}}}
            for position, word in enumerate(words)
        },
    }
