"""Helpers of the search tests (the `engine`, `refresh` and `database_search` fixtures
are in tests/conftest.py, for every app's search tests)."""

from search.service import SearchRequest, search_site


def find(query, language="en", user=None, **filters):
    from django.contrib.auth.models import AnonymousUser

    return search_site(
        SearchRequest(query=query, language=language, user=user or AnonymousUser(), **filters)
    )


def titles(outcome):
    return [result.title for result in outcome.results]
