"""Forum posts in the site's search: only members, only the forums they may read."""

from .access import readable_forum_ids


def forum_filter_field():
    """The engine's column name of IndexedPost.search_forum (a filter field)."""
    from search.engines import ES8Mapping  # the same column names as OpenSearch's

    from .models import IndexedPost

    mapping = ES8Mapping(IndexedPost)
    field = next(
        field
        for field in IndexedPost.get_filterable_search_fields()
        if field.field_name == "search_forum"
    )
    return mapping.get_field_column_name(field)


def readable_forum_filter(user):
    """The engine filter clause of the posts `user` may read, or None for nothing."""
    forum_ids = readable_forum_ids(user)
    if not forum_ids:
        return None
    return {"terms": {forum_filter_field(): sorted(forum_ids)}}
