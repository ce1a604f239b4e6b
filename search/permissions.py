"""Who may find restricted content (forum posts) through search.

An app that indexes restricted content registers, for its kind, a function that takes
the user and returns the search-engine filter clause selecting what that user may read
(or None for nothing). Content of a restricted kind that no function lets through is
never returned: not by the search page, the API or autocomplete.
"""

from .kinds import RESTRICTED_KINDS

_readers = {}


def register_restricted_kind(kind, readable_filter):
    _readers[kind] = readable_filter


def readable_restricted_filters(user):
    """One engine filter clause: everything public, plus the restricted documents the
    user may read."""
    allowed = []
    for kind in sorted(RESTRICTED_KINDS):
        reader = _readers.get(kind)
        clause = reader(user) if reader is not None and user is not None else None
        if clause is not None:
            allowed.append({"bool": {"filter": [{"term": {"search_kind_filter": kind}}, clause]}})
    return {
        "bool": {
            "should": [
                {"bool": {"must_not": {"terms": {"search_kind_filter": sorted(RESTRICTED_KINDS)}}}},
                *allowed,
            ],
            "minimum_should_match": 1,
        }
    }
