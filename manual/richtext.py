"""Glossary terms marked in a chapter's rich text.

Editors mark a word with the "Glossary term" button and choose a GlossaryTerm; the
database keeps `<a linktype="glossary" id="…">word</a>`. On the page the link leads to
the term on the glossary page of the reader's language, and `glossary_tooltips` puts
the definition right after it in a tooltip that CSS shows on hover and on keyboard
focus (no JavaScript needed; the link's aria-describedby points at it, so screen
readers announce it too).
"""

import hashlib
import json
import re
from itertools import count

from django.utils import translation
from django.utils.html import escape
from wagtail.models import Locale
from wagtail.rich_text import LinkHandler

GLOSSARY_CLASS = "glossary-term"
GLOSSARY_MARK = re.compile(
    r'<a class="' + GLOSSARY_CLASS + r'" data-term-id="(?P<id>\d+)">(?P<text>.*?)</a>',
    re.DOTALL,
)
LINK_TAG = re.compile(r"<a\b[^>]*>")
ID_ATTRIBUTE = re.compile(r'\bid="(\d+)"')


def localized_terms(terms, locale=None):
    """Each term in the given (or active) language where it is translated (one query)."""
    from .models import GlossaryTerm

    locale = locale or Locale.get_active()
    keys = {term.translation_key for term in terms if term is not None}
    translated = {
        term.translation_key: term
        for term in GlossaryTerm.objects.filter(translation_key__in=keys, locale=locale)
    }
    return [
        translated.get(term.translation_key, term) if term is not None else None for term in terms
    ]


def glossary_ids(stream_value):
    """The ids of the glossary terms marked anywhere in a StreamField value."""
    text = json.dumps(stream_value.stream_block.get_prep_value(stream_value)).replace('\\"', '"')
    ids = set()
    for tag in LINK_TAG.findall(text):
        if 'linktype="glossary"' in tag and (match := ID_ATTRIBUTE.search(tag)):
            ids.add(int(match[1]))
    return ids


class GlossaryLinkHandler(LinkHandler):
    """Writes a placeholder link; `glossary_tooltips` fills it in for the reader's
    language, with the terms of the whole page fetched at once (see GlossaryResolver)."""

    identifier = "glossary"

    @staticmethod
    def get_model():
        from .models import GlossaryTerm

        return GlossaryTerm

    @classmethod
    def expand_db_attributes(cls, attrs):
        return cls.expand_db_attributes_many([attrs])[0]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        tags = []
        for attrs in attrs_list:
            try:
                tags.append(f'<a class="{GLOSSARY_CLASS}" data-term-id="{int(attrs["id"])}">')
            except (KeyError, TypeError, ValueError):
                tags.append("<a>")
        return tags

    @classmethod
    def extract_references(cls, attrs):
        yield cls.get_model(), attrs["id"], "", ""


class GlossaryResolver:
    """The glossary terms of one language, fetched in batches and remembered.

    One resolver serves a whole page (kept on the request) or a whole PDF, so marking
    terms costs a couple of queries per page rather than per paragraph.
    """

    def __init__(self, language_code):
        self.language_code = language_code
        self.terms = {}  # id of the marked term -> the term in this language, or None
        self.urls = {}  # locale id -> URL of that locale's glossary page
        self._locale = None

    @property
    def locale(self):
        if self._locale is None:
            self._locale = (
                Locale.objects.filter(language_code=self.language_code).first()
                or Locale.get_default()
            )
        return self._locale

    def prefetch(self, ids):
        from .models import GlossaryPage, GlossaryTerm

        missing = sorted(set(ids) - self.terms.keys())
        if not missing:
            return
        found = GlossaryTerm.objects.in_bulk(missing)
        for pk, term in zip(
            missing, localized_terms([found.get(pk) for pk in missing], self.locale), strict=True
        ):
            self.terms[pk] = term
        locale_ids = {t.locale_id for t in self.terms.values() if t} - self.urls.keys()
        if locale_ids:
            self.urls.update(GlossaryPage.urls_by_locale(locale_ids))

    def url_for(self, term):
        return f"{self.urls.get(term.locale_id, '')}#{term.anchor}"


def glossary_resolver(context=None, request=None):
    """The resolver for the active language, shared through the request or the context."""
    language_code = translation.get_language() or Locale.get_default().language_code
    holder = context.get("glossary_resolvers") if context is not None else None
    if holder is None:
        request = request or (context.get("request") if context is not None else None)
        if request is not None:
            holder = request.__dict__.setdefault("_manual_glossary_resolvers", {})
        else:
            holder = {}
    if language_code not in holder:
        holder[language_code] = GlossaryResolver(language_code)
    return holder[language_code]


def glossary_tooltips(html, resolver, id_prefix="", for_print=False):
    """Turns the placeholder links of marked terms into links with a tooltip.

    For the PDF (`for_print`) a marked term links to the glossary at the end of the
    same document and carries no tooltip. A term that no longer exists leaves its text.
    """
    if GLOSSARY_CLASS not in html:
        return html
    resolver.prefetch(int(match["id"]) for match in GLOSSARY_MARK.finditer(html))
    prefix = id_prefix or hashlib.blake2s(html.encode(), digest_size=4).hexdigest()
    numbers = count(1)

    def replace(match):
        term = resolver.terms.get(int(match["id"]))
        if term is None:
            return match["text"]
        if for_print:
            return f'<a href="#{term.anchor}" class="glossary-link">{match["text"]}</a>'
        tip_id = f"gt-{prefix}-{next(numbers)}"
        return (
            f'<span class="glossary-ref"><a href="{escape(resolver.url_for(term))}" '
            f'class="glossary-ref__link" aria-describedby="{tip_id}">{match["text"]}</a>'
            f'<span class="glossary-ref__tip" role="tooltip" id="{tip_id}">'
            f'<span class="glossary-ref__term">{escape(term.term)}</span> '
            f"{escape(term.definition)}</span></span>"
        )

    return GLOSSARY_MARK.sub(replace, html)
