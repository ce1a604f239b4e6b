"""Elasticsearch 8 and OpenSearch get the same indices, analysis, mappings and queries.

Only the OpenSearch node runs here (Elasticsearch cannot be assembled from the
registries this machine reaches), so the Elasticsearch 8 backend is checked by what it
would send: the same bodies as the OpenSearch backend, which the real node accepts.
"""

import pytest
from modelsearch.index import get_indexed_models
from wagtail.models import Locale, Page

from home.models import NewsPage, StandardPage
from search.engines import ES8SearchBackend, OpenSearchBackend

PARAMS = {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "same_"}


@pytest.fixture
def backends():
    return ES8SearchBackend(dict(PARAMS)), OpenSearchBackend(dict(PARAMS))


@pytest.mark.django_db
def test_same_index_names_and_analysis(backends):
    elasticsearch, opensearch = backends
    for model in get_indexed_models():
        es_indexes = elasticsearch.indexes_for_model(model)
        os_indexes = opensearch.indexes_for_model(model)
        assert [i.name for i in es_indexes] == [i.name for i in os_indexes]
        for es_index, os_index in zip(es_indexes, os_indexes, strict=True):
            assert es_index.settings_body() == os_index.settings_body()
    hungarian = opensearch.get_language_index(Page, "hu").settings_body()["settings"]["analysis"]
    assert hungarian["analyzer"]["default"]["filter"] == [
        "lowercase",
        "hu_stop",
        "hu_stem_0",
        "hu_stem_1",
        "asciifolding",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("model", [StandardPage, NewsPage])
def test_same_mappings(backends, model):
    elasticsearch, opensearch = backends
    es_mapping = elasticsearch.mapping_class(model).get_mapping()
    assert es_mapping == opensearch.mapping_class(model).get_mapping()
    properties = es_mapping["properties"]
    for shared in ("search_kind_filter", "search_language_filter", "search_country_filter"):
        assert properties[shared]["type"] == "keyword"
    assert properties["_all_text"]["fields"]["plain"]["analyzer"] == "folded"


@pytest.mark.django_db
def test_same_wagtail_queries(backends):
    elasticsearch, opensearch = backends
    hungarian = Locale.objects.get(language_code="hu")
    queryset = StandardPage.objects.live().filter(locale_id=hungarian.pk)
    # Compiled without sending: no Elasticsearch node runs here.
    es_query = elasticsearch.query_compiler_class(queryset, "menedékház").get_query()
    os_query = opensearch.query_compiler_class(queryset, "menedékház").get_query()
    assert es_query == os_query
    assert (
        elasticsearch.get_index_for_model(StandardPage).name
        == opensearch.get_index_for_model(StandardPage).name
        == ",".join(f"same_wagtailcore_page_{code}" for code in ("en", "hu", "nl", "fr"))
    )
