"""The kinds of content search shows and filters by.

Each searchable model says its kind in a `search_kind` attribute (indexed as a filter
field); this is where the kinds get their names and their order in the filter.
"""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "manual": _("Training manual"),
    "glossary": _("Glossary"),
    "event": _("Events"),
    "news": _("News"),
    "page": _("Pages"),
    "document": _("Documents"),
    "directory": _("Directory"),
    "pathway": _("Referral pathways"),
    "forum": _("Forum"),
}

# Kinds only some users may see; search.permissions decides who.
RESTRICTED_KINDS = {"forum"}


def kind_label(kind):
    return KINDS.get(kind, _("Other"))
