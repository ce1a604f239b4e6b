"""Events: the index of one language, event pages with their agenda and report, speakers.

Times are stored as aware datetimes (UTC in the database) together with the IANA time
zone of the place where the event happens; pages show them in that zone and say which
it is, and the admin form reads and writes them as wall-clock times of that zone.
"""

import datetime
import zoneinfo
from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BODY_FEATURES, SHORT_FEATURES, ImageWithCaptionBlock, StandardStreamBlock
from home.choices import Country
from home.models import BasePage

from .blocks import AgendaStreamBlock, MaterialStreamBlock, RelatedPageBlock
from .choices import EventType, Registration, WorkingLanguage
from .forms import EventFilterForm, EventPageForm

EVENTS_PER_PAGE = 10
UPCOMING_LIMIT = 50  # more than any events section will ever announce at once


def validate_time_zone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("%(zone)s is not a known time zone."), params={"zone": value}
        ) from error


class Speaker(TranslatableMixin, index.Indexed, models.Model):
    """A person or role who speaks at events; translated, and reused across events.

    The public site names roles ("Representative of the National Police") unless the
    person agreed to be named.
    """

    name = models.CharField(
        max_length=200,
        verbose_name=_("name or role"),
        help_text=_("A person's name only with their consent; otherwise their role."),
    )
    role = models.CharField(max_length=200, blank=True, verbose_name=_("position"))
    organisation = models.CharField(max_length=200, blank=True, verbose_name=_("organisation"))
    country = models.CharField(
        max_length=2, blank=True, choices=Country.choices, verbose_name=_("country")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("A portrait, square, at least 400 px wide. Only with the person's consent."),
    )
    photo_alt_text = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("photo description"),
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    bio = models.TextField(blank=True, max_length=1200, verbose_name=_("short biography"))

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("country"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], _("Photo")),
        FieldPanel("bio"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt_text:
            raise ValidationError({"photo_alt_text": _("Describe the photo.")})


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Not over yet: events still to come and those happening now, soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Over: their end is behind us, the latest first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


EventPageManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events of one language: upcoming and past, filters, feeds and a calendar."""

    intro = models.TextField(blank=True, max_length=600, verbose_name=_("introduction"))

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index page")

    def events(self):
        """Live public events of this index, ready for listings (no per-event queries)."""
        return (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .select_related("listing_image", "locale")
            .prefetch_related("listing_image__renditions")
            .defer_streamfields()
        )

    def listing(self, params, now=None):
        """Everything the listing shows for the given GET parameters."""
        now = now or timezone.now()
        events = self.events()
        years = sorted(
            {day.year for day in events.dates("start", "year")}, reverse=True
        )  # one query, whatever the number of events
        form = EventFilterForm(params, years=years)
        filters = form.applied_filters()
        filtered = events
        if filters.get("type"):
            filtered = filtered.filter(event_type=filters["type"])
        if filters.get("country"):
            filtered = filtered.filter(venue_country=filters["country"])
        if filters.get("year"):
            filtered = filtered.filter(start__year=filters["year"])

        upcoming = list(filtered.upcoming(now)[:UPCOMING_LIMIT])
        paginator = Paginator(filtered.past(now), EVENTS_PER_PAGE)
        past_page = paginator.get_page(params.get("page"))
        return {
            "filter_form": form,
            "filters_applied": bool(filters),
            "filter_query": urlencode(filters),
            "upcoming_events": upcoming,
            "past_page": past_page,
            "now": now,
        }

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides=self.listing(request.GET))

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import EventRssFeed

        return EventRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import EventAtomFeed

        return EventAtomFeed(self)(request)

    # Wagtail serves only paths of word characters and slashes, hence no ".ics" suffix:
    # the content type and the attachment's file name say what it is.
    @path("calendar/", name="ical")
    def ical_feed(self, request):
        from .ical import calendar_response, upcoming_calendar

        return calendar_response(upcoming_calendar(self, request), filename=None)


class EventPage(RoutablePageMixin, BasePage):
    """A workshop, study visit, conference or webinar: before it, what and when; after it,
    the report and materials."""

    search_kind = "event"

    event_type = models.CharField(
        max_length=20,
        choices=EventType.choices,
        default=EventType.WORKSHOP,
        verbose_name=_("type of event"),
    )
    time_zone = models.CharField(
        max_length=64,
        default=settings.TIME_ZONE,
        validators=[validate_time_zone],
        verbose_name=_("time zone"),
        help_text=_("Where the event happens; the times below are local times in this zone."),
    )
    start = models.DateTimeField(verbose_name=_("starts"))
    end = models.DateTimeField(verbose_name=_("ends"))

    online = models.BooleanField(
        default=False,
        verbose_name=_("held online"),
        help_text=_("Tick for a webinar or online meeting; the venue may then stay empty."),
    )
    venue_name = models.CharField(max_length=200, blank=True, verbose_name=_("venue"))
    venue_address = models.TextField(
        blank=True, max_length=300, verbose_name=_("street address and postcode")
    )
    venue_city = models.CharField(max_length=100, blank=True, verbose_name=_("city"))
    venue_country = models.CharField(
        max_length=2, blank=True, choices=Country.choices, verbose_name=_("country")
    )
    host = models.CharField(max_length=200, blank=True, verbose_name=_("host organisation"))
    host_url = models.URLField(blank=True, verbose_name=_("host's website"))

    working_languages = models.JSONField(
        default=list, blank=True, verbose_name=_("working languages")
    )
    interpretation = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("interpretation"),
        help_text=_("E.g. 'Simultaneous interpretation between English and Hungarian'."),
    )

    body = StreamField(
        StandardStreamBlock(), blank=True, verbose_name=_("description of the event")
    )

    registration = models.CharField(
        max_length=20,
        choices=Registration.choices,
        default=Registration.INVITATION,
        verbose_name=_("registration"),
    )
    registration_details = RichTextField(
        features=SHORT_FEATURES,
        blank=True,
        verbose_name=_("how to register"),
        help_text=_("Who may take part and how to register or ask for an invitation."),
    )
    registration_url = models.URLField(blank=True, verbose_name=_("registration form address"))
    registration_email = models.EmailField(blank=True, verbose_name=_("registration e-mail"))
    registration_deadline = models.DateTimeField(
        null=True, blank=True, verbose_name=_("registration deadline")
    )
    capacity = models.PositiveIntegerField(
        null=True, blank=True, verbose_name=_("places"), help_text=_("Leave empty if unlimited.")
    )

    agenda = StreamField(AgendaStreamBlock(), blank=True, verbose_name=_("agenda"))

    report_outcomes = RichTextField(features=BODY_FEATURES, blank=True, verbose_name=_("outcomes"))
    report_conclusions = RichTextField(
        features=BODY_FEATURES, blank=True, verbose_name=_("conclusions")
    )
    report_recommendations = RichTextField(
        features=BODY_FEATURES, blank=True, verbose_name=_("recommendations")
    )
    report_photos = StreamField(
        [("photo", ImageWithCaptionBlock())], blank=True, verbose_name=_("photos")
    )
    report_related_pages = StreamField(
        [("page", RelatedPageBlock())],
        blank=True,
        verbose_name=_("pages this event informed"),
        help_text=_("Chapters of the training manual, or other pages, built on this event."),
    )
    materials = StreamField(MaterialStreamBlock(), blank=True, verbose_name=_("materials"))

    objects = EventPageManager()

    # A zone name is data, not text: the same in every language.
    override_translatable_fields = [SynchronizedField("time_zone")]

    base_form_class = EventPageForm

    details_panels = [
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            ],
            _("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("online"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("venue_city"), FieldPanel("venue_country")]),
            ],
            _("Where"),
        ),
        MultiFieldPanel([FieldPanel("host"), FieldPanel("host_url")], _("Host")),
        MultiFieldPanel(
            [FieldPanel("working_languages"), FieldPanel("interpretation")], _("Languages")
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_details"),
                FieldRowPanel([FieldPanel("registration_url"), FieldPanel("registration_email")]),
                FieldRowPanel([FieldPanel("registration_deadline"), FieldPanel("capacity")]),
            ],
            _("Registration"),
        ),
    ]
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    agenda_panels = [FieldPanel("agenda")]
    report_panels = [
        HelpPanel(
            _("Readers see the report and the materials once the event is over."),
        ),
        FieldPanel("report_outcomes"),
        FieldPanel("report_conclusions"),
        FieldPanel("report_recommendations"),
        FieldPanel("report_photos"),
        FieldPanel("report_related_pages"),
        FieldPanel("materials"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Description")),
            ObjectList(details_panels, heading=_("Details")),
            ObjectList(agenda_panels, heading=_("Agenda")),
            ObjectList(report_panels, heading=_("Report and materials")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("venue_city"),
        index.SearchField("host"),
        index.SearchField("report_outcomes"),
        index.SearchField("report_conclusions"),
        index.SearchField("report_recommendations"),
        index.SearchField("agenda"),
        index.FilterField("start"),
        index.FilterField("event_type"),
        index.FilterField("venue_country"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def search_country(self):
        """The venue's country, for the search filter."""
        return [self.venue_country] if self.venue_country else []

    # -- time ------------------------------------------------------------------------

    @property
    def tzinfo(self):
        # Not cached: the editor may change the zone on this very instance.
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(settings.TIME_ZONE)

    @property
    def local_start(self):
        return self.start.astimezone(self.tzinfo)

    @property
    def local_end(self):
        return self.end.astimezone(self.tzinfo)

    @property
    def utc_offset(self):
        """The zone's offset at the start, as 'UTC+01:00'."""
        offset = self.local_start.strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}"

    @property
    def zone_abbreviation(self):
        return self.local_start.tzname()

    @property
    def spans_several_days(self):
        return self.local_start.date() != self.local_end.date()

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def is_happening(self, now=None):
        now = now or timezone.now()
        return self.start <= now <= self.end

    def registration_is_open(self, now=None):
        now = now or timezone.now()
        if self.registration != Registration.OPEN or self.end < now:
            return False
        return self.registration_deadline is None or now <= self.registration_deadline

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event ends after it starts.")})
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            raise ValidationError(
                {"registration_deadline": _("The deadline is before the end of the event.")}
            )

    # -- what the templates show ----------------------------------------------------

    @property
    def working_language_names(self):
        names = dict(WorkingLanguage.choices)
        return [names[code] for code in self.working_languages or [] if code in names]

    @property
    def location_parts(self):
        """Venue, address, city and country, in the reader's language where it applies."""
        parts = [self.venue_name, self.venue_address.replace("\n", ", "), self.venue_city]
        parts.append(self.get_venue_country_display() if self.venue_country else "")
        return [part for part in parts if part]

    def sessions(self):
        """The agenda as (start, end, session) in time order, with aware datetimes."""
        first_day = self.local_start.date()
        items = []
        for position, block in enumerate(self.agenda):
            if block.block_type != "session":
                continue
            value = block.value
            day = value.day(first_day)
            start = datetime.datetime.combine(day, value["start_time"], tzinfo=self.tzinfo)
            end = (
                datetime.datetime.combine(day, value["end_time"], tzinfo=self.tzinfo)
                if value.get("end_time")
                else None
            )
            items.append((start, position, end, block))
        items.sort(key=lambda item: (item[0], item[1]))
        return [(start, end, block) for start, _position, end, block in items]

    def agenda_days(self):
        """The sessions grouped by local day: [(date, [(start, end, block), ...]), ...]."""
        days = OrderedDict()
        for start, end, block in self.sessions():
            days.setdefault(start.date(), []).append((start, end, block))
        return list(days.items())

    def speakers(self):
        """Everyone on the agenda, once each, in order of appearance, with their photos
        fetched together (the query count does not grow with the number of speakers)."""
        order = []
        for _start, _end, block in self.sessions():
            for speaker in block.value.get("speakers") or []:
                if speaker is not None and speaker.pk not in order:
                    order.append(speaker.pk)
        found = (
            Speaker.objects.filter(pk__in=order)
            .select_related("photo")
            .prefetch_related("photo__renditions")
            .in_bulk()
        )
        return [found[pk] for pk in order if pk in found]

    @property
    def has_report(self):
        return bool(
            self.report_outcomes
            or self.report_conclusions
            or self.report_recommendations
            or self.report_photos
            or self.materials
            or self.report_related_pages
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        past = self.is_past(now)
        context.update(
            {
                "event_is_past": past,
                "event_is_happening": self.is_happening(now),
                "registration_open": self.registration_is_open(now),
                # Editors previewing a coming event see the report as readers will later.
                "show_report": self.has_report and (past or getattr(request, "is_preview", False)),
                "agenda_days": self.agenda_days(),
                "speakers": self.speakers(),
            }
        )
        return context

    # -- calendars ------------------------------------------------------------------

    @path("calendar/", name="ical")
    def ical(self, request):
        from .ical import calendar_response, event_calendar

        return calendar_response(event_calendar(self, request), filename=f"{self.slug}.ics")

    @path("agenda/calendar/", name="agenda_ical")
    def agenda_ical(self, request):
        from .ical import calendar_response, event_calendar

        return calendar_response(
            event_calendar(self, request, sessions=True), filename=f"{self.slug}-agenda.ics"
        )
