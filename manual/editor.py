"""The "Glossary term" entity of the rich-text editor (Draftail): conversion between
the editor's content state and the stored `<a linktype="glossary" id="…">`.

Kept apart from manual.richtext because Wagtail's admin converters need the app
registry to be ready, and the page models import manual.richtext.
"""

from django.urls import reverse
from draftjs_exporter.dom import DOM
from wagtail.admin.rich_text.converters.html_to_contentstate import LinkElementHandler


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
