"""The manual in the admin: the glossary snippets and the "Glossary term" rich-text button."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .editor import CONTENTSTATE_RULE
from .models import GlossaryTerm
from .richtext import GlossaryLinkHandler


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["term", "abbreviations", "locale"]
    list_filter = ["locale"]
    # No search_fields: the model's own index fields are searched (naming fields here
    # fails on SQLite's full-text index, the embedded default).


register_snippet(GlossaryTermViewSet)


@hooks.register("register_rich_text_features")
def register_glossary_feature(features):
    """A Draftail entity that marks text as a glossary term (chosen from the snippets)."""
    features.register_link_type(GlossaryLinkHandler)
    features.register_editor_plugin(
        "draftail",
        "glossary",
        draftail_features.EntityFeature(
            {
                "type": "GLOSSARY",
                "icon": "help",
                "description": _("Glossary term"),
                "chooserUrls": {
                    "glossaryChooser": reverse_lazy(
                        "wagtailsnippetchoosers_manual_glossaryterm:choose"
                    )
                },
            },
            js=["wagtailadmin/js/chooser-modal.js", "manual/js/glossary-entity.js"],
            css={"all": ["manual/css/glossary-entity.css"]},
        ),
    )
    features.register_converter_rule("contentstate", "glossary", CONTENTSTATE_RULE)
