from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Speaker


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "organisation", "country", "locale"]
    list_filter = ["country", "locale"]
    # No search_fields: the model's own index fields are searched (naming fields here
    # fails on SQLite's full-text index, the embedded default).


register_snippet(SpeakerViewSet)
