"""Glossary terms marked in a chapter's rich text.

Editors mark a word with the "Glossary term" button and choose a GlossaryTerm; the
database keeps `<a linktype="glossary" id="…">word</a>`. On the page the link leads to
the term on the glossary page of the reader's language, and `glossary_tooltips` puts
the definition right after it in a tooltip that CSS shows on hover and on keyboard
focus (no JavaScript needed; the link's aria-describedby points at it, so screen
readers announce it too).
"""

import hashlib
import re
from itertools import count

from django.urls import reverse
from django.utils.html import escape
from draftjs_exporter.dom import DOM
from wagtail.admin.rich_text.converters.html_to_contentstate import LinkElementHandler
from wagtail.models import Locale
from wagtail.rich_text import LinkHandler

GLOSSARY_CLASS = "glossary-term"
GLOSSARY_LINK = re.compile(
    r'<a href="(?P<href>[^"]*)" class="' + GLOSSARY_CLASS + r'" '
    r'data-term="(?P<term>[^"]*)" data-definition="(?P<definition>[^"]*)">'
    r"(?P<text>.*?)</a>",
    re.DOTALL,
)


def localized_terms(terms, locale=None):
    """Each term in the active language where it is translated (two queries in all)."""
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


class GlossaryLinkHandler(LinkHandler):
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
        from .models import GlossaryPage

        terms = localized_terms(cls.get_many(attrs_list))
        glossary_urls = GlossaryPage.urls_by_locale({t.locale_id for t in terms if t})
        tags = []
        for term in terms:
            if term is None:
                tags.append("<a>")  # the term was deleted: keep the text, lose the link
                continue
            href = f"{glossary_urls.get(term.locale_id, '')}#{term.anchor}"
            tags.append(
                f'<a href="{escape(href)}" class="{GLOSSARY_CLASS}" '
                f'data-term="{escape(term.term)}" data-definition="{escape(term.definition)}">'
            )
        return tags

    @classmethod
    def extract_references(cls, attrs):
        yield cls.get_model(), attrs["id"], "", ""


def glossary_tooltips(html, id_prefix="", for_print=False):
    """Turns the glossary links that the handler wrote into links with a tooltip.

    For the PDF (`for_print`) a marked term links to the glossary at the end of the
    same document and carries no tooltip.
    """
    if GLOSSARY_CLASS not in html:
        return html
    prefix = id_prefix or hashlib.blake2s(html.encode(), digest_size=4).hexdigest()
    numbers = count(1)

    def replace(match):
        href = match["href"]
        if for_print:
            return f'<a href="#{href.partition("#")[2]}" class="glossary-link">{match["text"]}</a>'
        tip_id = f"gt-{prefix}-{next(numbers)}"
        return (
            f'<span class="glossary-ref"><a href="{href}" class="glossary-ref__link" '
            f'aria-describedby="{tip_id}">{match["text"]}</a>'
            f'<span class="glossary-ref__tip" role="tooltip" id="{tip_id}">'
            f'<span class="glossary-ref__term">{match["term"]}</span> {match["definition"]}'
            "</span></span>"
        )

    return GLOSSARY_LINK.sub(replace, html)


# -- the editor (Draftail) --------------------------------------------------------


class GlossaryLinkElementHandler(LinkElementHandler):
    """From the database to the editor: the term's name shows in the entity's tooltip."""

    def get_attribute_data(self, attrs):
        from .models import GlossaryTerm

        try:
            term = GlossaryTerm.objects.get(pk=int(attrs["id"]))
        except (KeyError, ValueError, GlossaryTerm.DoesNotExist):
            return {"id": attrs.get("id"), "title": ""}
        return {
            "id": term.pk,
            "title": f"{term.term} ({term.locale.language_code})",
            "edit_url": reverse("wagtailsnippets_manual_glossaryterm:edit", args=[term.pk]),
        }


def glossary_link_entity(props):
    """From the editor to the database."""
    return DOM.create_element(
        "a", {"linktype": "glossary", "id": props.get("id")}, props["children"]
    )


CONTENTSTATE_RULE = {
    "from_database_format": {'a[linktype="glossary"]': GlossaryLinkElementHandler("GLOSSARY")},
    "to_database_format": {"entity_decorators": {"GLOSSARY": glossary_link_entity}},
}
