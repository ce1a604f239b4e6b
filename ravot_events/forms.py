"""The event editor's form (times as wall-clock times of the event's zone) and the
listing's filter form."""

import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.stream_block import StreamBlockValidationError

from home.choices import Country

from .choices import EventType, WorkingLanguage, time_zone_choices

LOCAL_TIME_FIELDS = ("start", "end", "registration_deadline")


class EventPageForm(WagtailAdminPageForm):
    """Editors type times as they are at the venue: 09:00 in Brussels is 09:00 here,
    whatever the editor's own time zone; the form stores the aware datetime."""

    time_zone = forms.ChoiceField(
        choices=time_zone_choices,
        label=_("Time zone"),
        help_text=_("Where the event happens; the times below are local times in this zone."),
    )
    working_languages = forms.MultipleChoiceField(
        choices=WorkingLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Working languages"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in LOCAL_TIME_FIELDS:
            if name in self.fields:
                self.fields[name].help_text = _("Local time at the venue.")
        if not self.is_bound and self.instance.pk:
            # Show the stored instants as the venue's wall-clock time: the field widgets
            # render in the active zone, so hand them that wall-clock time in it.
            zone = self.instance.tzinfo
            current = timezone.get_current_timezone()
            for name in LOCAL_TIME_FIELDS:
                value = getattr(self.instance, name, None)
                if value is not None:
                    wall_clock = timezone.make_naive(value, zone)
                    self.initial[name] = timezone.make_aware(wall_clock, current)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone")
        if not zone_name:
            return cleaned_data
        zone = zoneinfo.ZoneInfo(zone_name)
        current = timezone.get_current_timezone()
        for name in LOCAL_TIME_FIELDS:
            value = cleaned_data.get(name)
            if value is not None:
                # The field read the typed time in the active zone; re-read it in the event's.
                cleaned_data[name] = timezone.make_aware(timezone.make_naive(value, current), zone)
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The event ends after it starts."))
        agenda = cleaned_data.get("agenda")
        if start and end and agenda:
            first, last = start.astimezone(zone).date(), end.astimezone(zone).date()
            outside = [
                block.value["date"]
                for block in agenda
                if block.block_type == "session"
                and block.value.get("date")
                and not first <= block.value["date"] <= last
            ]
            if outside:
                self.add_error(
                    "agenda",
                    StreamBlockValidationError(
                        non_block_errors=[
                            ValidationError(
                                _("Every session takes place between the first and last day.")
                            )
                        ]
                    ),
                )
        return cleaned_data


class EventFilterForm(forms.Form):
    """The listing's filters: a plain GET form; unknown values are reported and ignored."""

    type = forms.ChoiceField(
        label=_("Type of event"),
        required=False,
        error_messages={
            "invalid_choice": _("“%(value)s” is not a type of event; showing every type.")
        },
    )
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        error_messages={
            "invalid_choice": _("“%(value)s” is not a country we list; showing every country.")
        },
    )
    year = forms.ChoiceField(
        label=_("Year"),
        required=False,
        error_messages={
            "invalid_choice": _("There are no events in “%(value)s”; showing every year.")
        },
    )

    def __init__(self, data, years=()):
        super().__init__(data, auto_id="filter-%s")
        self.fields["type"].choices = [("", _("All types"))] + list(EventType.choices)
        self.fields["country"].choices = [("", _("All countries"))] + list(Country.choices)
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]

    def applied_filters(self):
        """The valid, non-empty filters (invalid ones stay in `errors` for the page to show)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
