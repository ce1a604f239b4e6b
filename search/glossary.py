"""Cross-language retrieval through the multilingual glossary.

A glossary entry exists once per language, its versions linked by translation_key.
When a query mentions any name of an entry (its term, abbreviation or a synonym, in any
language), search also looks for the names of that entry's other language versions:
`emberkereskedelem`, `mensenhandel`, `traite des êtres humains` and `THB` meet.

Glossary models register with `register_glossary(model)`; each object gives its names
with a `glossary_names()` method and its language with `search_language()`.
"""

import unicodedata

from django.core.cache import cache

_glossary_models = []
CACHE_KEY = "search-glossary-names-languages"
CACHE_SECONDS = 300
MIN_PREFIX = 4  # a query word may carry a suffix after a name of at least this length


def register_glossary(model):
    from django.db.models.signals import post_delete, post_save

    if model not in _glossary_models:
        _glossary_models.append(model)
        post_save.connect(forget_glossary, sender=model, dispatch_uid=f"glossary-{model.__name__}")
        post_delete.connect(
            forget_glossary, sender=model, dispatch_uid=f"glossary-{model.__name__}-d"
        )
    return model


def fold(text):
    """Lower case without diacritics, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join("".join(c if c.isalnum() else " " for c in bare).split())


def fold_keep_length(text):
    """Like fold() but character for character, so positions match the original text."""
    folded = []
    for char in text:
        base = unicodedata.normalize("NFKD", char)[0].lower()
        folded.append(base if len(base) == 1 else char)
    return "".join(folded)


def glossary_groups():
    """[{name: language code} of one entry in all languages, ...], cached;
    forget_glossary() clears it. A name shared by two languages keeps the first."""
    groups = cache.get(CACHE_KEY)
    if groups is None:
        by_key = {}
        for model in _glossary_models:
            for entry in model.objects.select_related("locale"):
                names = by_key.setdefault(str(entry.translation_key), {})
                language = entry.search_language()
                for name in entry.glossary_names():
                    if name.strip():
                        names.setdefault(name.strip(), language)
        groups = [dict(sorted(names.items())) for names in by_key.values() if len(names) > 1]
        cache.set(CACHE_KEY, groups, CACHE_SECONDS)
    return groups


def forget_glossary(**kwargs):
    cache.delete(CACHE_KEY)


def _mentions(query_words, name_words):
    """True if the name's words appear in a row in the query, each query word equal to
    the name's word or (for long words) starting with it: Hungarian adds suffixes."""
    size = len(name_words)
    for start in range(len(query_words) - size + 1):
        window = query_words[start : start + size]
        if all(
            word == name or (len(name) >= MIN_PREFIX and word.startswith(name))
            for word, name in zip(window, name_words, strict=True)
        ):
            return True
    return False


def equivalents(query):
    """The names, in every language, of the glossary entries the query mentions,
    except those already in the query."""
    query_words = fold(query).split()
    if not query_words:
        return []
    found = []
    for names in glossary_groups():
        if any(_mentions(query_words, fold(name).split()) for name in names):
            found.extend(name for name in names if not _mentions(query_words, fold(name).split()))
    return found


def language_of(name):
    """The language of a glossary name (for the lang attribute where it is shown), or ""."""
    for names in glossary_groups():
        if name in names:
            return names[name]
    return ""
