from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "country", "role", "locale"]
    list_filter = ["country", "role", "locale"]
    search_fields = ["name"]


register_snippet(PartnerViewSet)
