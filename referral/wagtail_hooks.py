"""Editors' tools: the directory in the admin (search, filters) and the list of entries
due for verification under Reports."""

import django_filters
from django.contrib.auth.decorators import permission_required
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .choices import Country, OrganisationType, Service, SpokenLanguage, TargetGroup
from .models import Organisation, verification_cutoff

VERIFICATION_PERMISSION = "referral.change_organisation"


def has_code(field_name):
    def method(queryset, _name, value):
        return queryset.filter(**{f"{field_name}__has": value}) if value else queryset

    return method


class OrganisationFilterSet(WagtailFilterSet):
    country = django_filters.ChoiceFilter(choices=Country.choices, label=_("Country"))
    organisation_type = django_filters.ChoiceFilter(
        choices=OrganisationType.choices, label=_("Type")
    )
    service = django_filters.ChoiceFilter(
        choices=Service.choices, label=_("Service"), method=has_code("services")
    )
    target_group = django_filters.ChoiceFilter(
        choices=TargetGroup.choices, label=_("Target group"), method=has_code("target_groups")
    )
    language = django_filters.ChoiceFilter(
        choices=SpokenLanguage.choices, label=_("Language spoken"), method=has_code("languages")
    )
    verification_due = django_filters.BooleanFilter(
        label=_("Due for verification"), method="filter_verification_due"
    )

    class Meta:
        model = Organisation
        fields = ["locale", "is_contact_point", "open_24_7", "demonstration"]

    def filter_verification_due(self, queryset, _name, value):
        stale = Q(last_verified__isnull=True) | Q(last_verified__lt=verification_cutoff())
        if value is None:
            return queryset
        return queryset.filter(stale) if value else queryset.exclude(stale)


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Directory")
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "name",
        "organisation_type",
        "country",
        "city",
        "is_contact_point",
        "last_verified",
        "locale",
    ]
    list_export = [
        "name",
        "organisation_type",
        "country",
        "city",
        "phone",
        "hotline",
        "email",
        "website",
        "last_verified",
    ]
    filterset_class = OrganisationFilterSet
    # The database's own search over these columns: the search engine's index knows only
    # its filter fields, and the admin filters on others.
    search_backend_name = None
    search_fields = ["name", "city", "region", "description", "email", "phone"]
    ordering = ["country", "name"]


register_snippet(OrganisationViewSet)


@permission_required(VERIFICATION_PERMISSION, raise_exception=True)
def verification_report_view(request):
    entries = Organisation.due_for_verification()
    edit_url_name = Organisation.snippet_viewset.get_url_name("edit")
    for entry in entries:
        entry.edit_url = reverse(edit_url_name, args=[entry.pk])
    return TemplateResponse(
        request,
        "referral/admin/verification_report.html",
        {
            "entries": entries,
            "cutoff": verification_cutoff(),
            "page_title": _("Directory entries due for verification"),
        },
    )


@hooks.register("register_admin_urls")
def register_verification_report_url():
    return [
        path(
            "reports/directory-verification/",
            verification_report_view,
            name="referral_verification_report",
        )
    ]


class VerificationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VERIFICATION_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_verification_report_menu_item():
    return VerificationReportMenuItem(
        _("Directory verification"),
        reverse("referral_verification_report"),
        icon_name="date",
        order=710,
    )
