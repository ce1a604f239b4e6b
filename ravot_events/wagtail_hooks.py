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
    search_fields = ["name", "organisation"]


register_snippet(SpeakerViewSet)
