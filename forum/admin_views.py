"""Vetting in the Wagtail admin: moderators list applications, read one, approve, reject
or revoke it with a note, and see the history of decisions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .choices import ApplicationStatus
from .forms import DecisionForm
from .models import ApplicationDecision, ExpertApplication
from .vetting import decide

PERMISSION = "expert_forum.vet_application"


class VettingMixin(WagtailAdminTemplateMixin):
    header_icon = "group"
    requires_second_factor = True

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse_lazy("forum_vetting:index"), "label": gettext_lazy("Applications")},
        ]


class ApplicationListView(VettingMixin, TemplateView):
    template_name = "expert_forum/admin/application_list.html"
    page_title = gettext_lazy("Forum applications")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", ApplicationStatus.PENDING)
        if status not in ApplicationStatus.values:
            status = ApplicationStatus.PENDING
        context["status"] = status
        context["statuses"] = ApplicationStatus.choices
        context["applications"] = (
            ExpertApplication.objects.filter(status=status)
            .select_related("user")
            .order_by("submitted_at")
        )
        context["history"] = ApplicationDecision.objects.select_related(
            "application", "decided_by"
        )[:20]
        return context


class ApplicationDetailView(VettingMixin, TemplateView):
    template_name = "expert_forum/admin/application_detail.html"
    page_title = gettext_lazy("Application")

    def dispatch(self, request, *args, **kwargs):
        self.application = get_object_or_404(
            ExpertApplication.objects.select_related("user"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.application.full_name

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = self.application
        context["email_verified"] = self.application.user.emailaddress_set.filter(
            verified=True
        ).exists()
        context["form"] = form or DecisionForm(application=self.application)
        context["decisions"] = self.application.decisions.select_related("decided_by")
        return context

    def post(self, request, *args, **kwargs):
        form = DecisionForm(request.POST, application=self.application)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        decide(
            self.application,
            data["decision"],
            request.user,
            note=data["note"],
            organisation_type=data["verified_organisation_type"],
            country=data["verified_country"],
        )
        messages.success(
            request,
            _("Decision recorded; %(name)s has been told by e-mail.")
            % {"name": self.application.full_name},
        )
        return redirect("forum_vetting:index")
