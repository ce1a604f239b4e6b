from django.contrib.auth.decorators import permission_required
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import REPORT_DAYS, query_report

REPORT_PERMISSION = "search.view_search_report"


@permission_required(REPORT_PERMISSION, raise_exception=True)
def search_report_view(request):
    return TemplateResponse(
        request,
        "search/admin/search_report.html",
        {"report": query_report(), "days": REPORT_DAYS, "page_title": _("What readers search for")},
    )


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/search/", search_report_view, name="search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Searches"), reverse("search_report"), icon_name="search", order=700
    )
