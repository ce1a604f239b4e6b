"""Help for victims, and the contact form for professionals and the public."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import EmailFormMixin, FormMixin, FormSubmission
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import StandardStreamBlock
from home.models import BasePage

from ..choices import Country, OrganisationType, Service
from .directory import entries_for_locale


def no_trace(response):
    """Headers of a page a victim may read on a device someone else checks.

    - Referrer-Policy: no-referrer: the site they go on to (the quick exit's neutral site
      too) does not learn which page they came from.
    - Cache-Control: no-store: no copy of the page stays in the browser's cache.
    Nothing here touches the browser's history beyond what the quick exit does
    (location.replace): adding or rewriting entries could itself look suspicious or
    strand someone on a page they want to leave.
    """
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-store"
    return response


class GetHelpPage(BasePage):
    """For victims, in plain words: help now, hotlines per country, rights; quick exit."""

    intro = models.TextField(blank=True, max_length=600, verbose_name=_("introduction"))
    body = StreamField(StandardStreamBlock(), blank=True, verbose_name=_("body"))
    exit_url = models.URLField(
        default="https://www.google.com/",
        verbose_name=_("quick exit address"),
        help_text=_(
            "A neutral website the quick exit button leads to at once, e.g. a search "
            "engine or a weather forecast."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("exit_url"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("get help page")

    def search_country(self):
        return [code for code, _label in Country.choices]

    def hotlines(self):
        """Hotline entries of the directory, grouped by country in the usual order."""
        entries = (
            entries_for_locale(self.locale)
            .filter(
                Q(organisation_type=OrganisationType.HOTLINE) | Q(services__has=Service.HOTLINE)
            )
            .exclude(hotline="", phone="")
            .select_related("locale")
            .order_by("-open_24_7", "name")
        )
        by_country = {code: [] for code, _label in Country.choices}
        for entry in entries:
            by_country[entry.country].append(entry)
        return [
            {"code": code, "label": label, "entries": by_country[code]}
            for code, label in Country.choices
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hotlines"] = self.hotlines()
        return context

    def serve(self, request, *args, **kwargs):
        return no_trace(super().serve(request, *args, **kwargs))


class ContactFormPage(EmailFormMixin, FormMixin, BasePage):
    """A Wagtail form page whose message goes to the contact point of the chosen country.

    Spam protection without any third-party service: a honeypot field and a limit of
    messages per sender address and hour. Submissions are deleted after the retention
    period set here (`manage.py purge_contact_submissions`, daily from cron).
    """

    intro = models.TextField(blank=True, max_length=800, verbose_name=_("introduction"))
    thank_you_text = models.TextField(blank=True, max_length=800, verbose_name=_("thank-you text"))
    retention_days = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        verbose_name=_("keep messages for (days)"),
        help_text=_("Messages are deleted from the site after this many days."),
    )

    base_form_class = WagtailAdminPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel("retention_days"),
                FieldPanel(
                    "to_address",
                    help_text=_(
                        "Used when the chosen country has no designated contact point "
                        "with an e-mail address in the directory."
                    ),
                ),
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("subject")]),
            ],
            _("Messages"),
        ),
    ]

    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    #: At most this many messages per sender address and hour.
    RATE_LIMIT = 5
    RATE_WINDOW = 3600

    class Meta:
        verbose_name = _("contact form")

    # -- the form ---------------------------------------------------------------------

    def get_form_fields(self):
        return []

    def get_form_class(self):
        from ..forms import ContactForm

        return ContactForm

    def get_data_fields(self):
        from ..forms import ContactForm

        fields = ContactForm.base_fields
        return [("submit_time", _("Submission date"))] + [
            (name, fields[name].label) for name in ContactForm.STORED_FIELDS
        ]

    def recipients(self, country):
        """The e-mail of the chosen country's designated contact point, else the page's."""
        from .directory import Organisation

        entry = (
            Organisation.objects.filter(country=country, is_contact_point=True)
            .exclude(email="")
            .order_by("name")
            .first()
        )
        if entry is not None:
            return [entry.email]
        return [address.strip() for address in self.to_address.split(",") if address.strip()]

    def process_form_submission(self, form):
        data = {name: form.cleaned_data[name] for name in form.STORED_FIELDS}
        submission = self.get_submission_class().objects.create(form_data=data, page=self)
        self.send_to_contact_point(form)
        return submission

    def send_to_contact_point(self, form):
        from django.core.mail import EmailMessage

        addresses = self.recipients(form.cleaned_data["country"])
        if not addresses:
            return
        message = EmailMessage(
            subject=self.subject or str(_("Message from the RAVOT-EUR website")),
            body=self.render_email(form),
            from_email=self.from_address or None,
            to=addresses,
            reply_to=[form.cleaned_data["email"]],
        )
        message.send()

    def render_email(self, form):
        lines = []
        for name in form.STORED_FIELDS:
            value = form.cleaned_data[name]
            if name == "country":
                value = Country(value).label
            lines.append(f"{form.fields[name].label}: {value}")
        return "\n".join(lines)

    def serve(self, request, *args, **kwargs):
        from ..ratelimit import RateLimit

        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, page=self, user=request.user)
        if form.is_spam:
            # Answer as if it had worked, so robots learn nothing; keep and send nothing.
            return self.render_landing_page(request, None, *args, **kwargs)
        limit = RateLimit("contact", self.RATE_LIMIT, self.RATE_WINDOW)
        if form.is_valid():
            if not limit.allow(request):
                form.add_error(
                    None,
                    _(
                        "You have sent several messages in a short time. Please wait an "
                        "hour and send your message again; it is still in the form below."
                    ),
                )
                context = self.get_context(request)
                context["form"] = form
                return TemplateResponse(request, self.get_template(request), context, status=429)
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=400)

    # -- retention ----------------------------------------------------------------------

    def expired_submissions(self, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=self.retention_days)
        return FormSubmission.objects.filter(page=self, submit_time__lt=cutoff)
