"""The directory's filters, the referral finder and the contact form."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from search.text import plain_words

from .choices import (
    OTHER_COUNTRY,
    Age,
    Country,
    Exploitation,
    Need,
    OrganisationType,
    Service,
    SpokenLanguage,
    TargetGroup,
)

QUERY_MAX_LENGTH = 100


class TolerantMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the values it knows and notes the others (an old or hand-edited link must
    not end in an error page: the reader is told what was ignored)."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        values = self.to_python(value)
        known = [item for item in values if self.valid_value(item)]
        self.ignored = len(known) != len(values)
        return known


class TolerantChoiceField(forms.ChoiceField):
    def clean(self, value):
        value = self.to_python(value)
        self.ignored = bool(value) and not self.valid_value(value)
        return "" if self.ignored else value


class SearchTextField(forms.CharField):
    """What someone typed into a search box: control characters (a NUL byte from a
    hand-made link) are dropped rather than turned into an error."""

    def to_python(self, value):
        return plain_words(super().to_python(value), QUERY_MAX_LENGTH)


class DirectoryFilterForm(forms.Form):
    """GET filters of the directory: any of the ticked values within a group, all groups
    together."""

    q = SearchTextField(
        required=False,
        label=_("Name or place"),
        widget=forms.TextInput(attrs={"maxlength": QUERY_MAX_LENGTH, "type": "search"}),
    )
    country = TolerantMultipleChoiceField(
        required=False, choices=Country.choices, label=_("Country")
    )
    type = TolerantChoiceField(
        required=False,
        choices=[("", _("Any type"))] + OrganisationType.choices,
        label=_("Type of organisation"),
    )
    service = TolerantMultipleChoiceField(
        required=False, choices=Service.choices, label=_("Services")
    )
    group = TolerantMultipleChoiceField(
        required=False, choices=TargetGroup.choices, label=_("Target groups")
    )
    language = TolerantChoiceField(
        required=False,
        choices=[("", _("Any language"))] + SpokenLanguage.choices,
        label=_("Language spoken"),
    )
    open24 = forms.BooleanField(required=False, label=_("Reachable 24 hours a day"))
    contact_point = forms.BooleanField(
        required=False, label=_("Designated referral contact points only")
    )

    FILTER_NAMES = (
        "q",
        "country",
        "type",
        "service",
        "group",
        "language",
        "open24",
        "contact_point",
    )

    def __init__(self, data=None):
        super().__init__(data if data is not None else QueryDict())
        self.is_valid()  # tolerant fields never fail; cleaned_data is always there

    @property
    def ignored_filters(self):
        """Labels of the filters that carried values the site does not know."""
        return [
            field.label
            for name, field in self.fields.items()
            if getattr(field, "ignored", False) and name in self.cleaned_data
        ]

    def has_filters(self):
        return any(self.cleaned_data.get(name) for name in self.FILTER_NAMES)

    def filter(self, entries):
        from django.db.models import Q

        data = self.cleaned_data
        if data["q"]:
            for word in data["q"].split():
                entries = entries.filter(
                    Q(name__icontains=word)
                    | Q(city__icontains=word)
                    | Q(region__icontains=word)
                    | Q(description__icontains=word)
                )
        if data["country"]:
            entries = entries.filter(country__in=data["country"])
        if data["type"]:
            entries = entries.filter(organisation_type=data["type"])
        if data["service"]:
            entries = entries.filter(any_of("services", data["service"]))
        if data["group"]:
            entries = entries.filter(any_of("target_groups", data["group"]))
        if data["language"]:
            entries = entries.filter(languages__has=data["language"])
        if data["open24"]:
            entries = entries.filter(open_24_7=True)
        if data["contact_point"]:
            entries = entries.filter(is_contact_point=True)
        return entries

    def query_string(self):
        """The valid filters as a query string, for pagination links."""
        query = QueryDict(mutable=True)
        for name in self.FILTER_NAMES:
            value = self.cleaned_data.get(name)
            if isinstance(value, list):
                query.setlist(name, value)
            elif value is True:
                query[name] = "1"
            elif value:
                query[name] = value
        return query.urlencode()


def any_of(field_name, codes):
    from django.db.models import Q

    condition = Q()
    for code in codes:
        condition |= Q(**{f"{field_name}__has": code})
    return condition


class FinderForm(forms.Form):
    """The referral finder: four questions a professional can answer at once."""

    location = forms.ChoiceField(
        choices=Country.choices,
        widget=forms.RadioSelect,
        label=_("Where is the victim now?"),
    )
    origin = forms.ChoiceField(
        choices=Country.choices + [(OTHER_COUNTRY, _("Another country"))],
        widget=forms.RadioSelect,
        label=_("What is the victim's country?"),
        help_text=_("The country of nationality or of usual residence."),
    )
    exploitation = forms.ChoiceField(
        choices=Exploitation.choices,
        widget=forms.RadioSelect,
        label=_("What form of exploitation?"),
    )
    need = forms.ChoiceField(
        choices=Need.choices, widget=forms.RadioSelect, label=_("What does the victim want?")
    )
    age = forms.ChoiceField(
        choices=Age.choices,
        widget=forms.RadioSelect,
        label=_("Is the victim an adult or a child?"),
        help_text=_("When the age is uncertain, the victim is presumed to be a child."),
    )

    FIELD_NAMES = ("location", "origin", "exploitation", "need", "age")


class ContactForm(forms.Form):
    """The contact form: the message goes to the contact point of the chosen country."""

    name = forms.CharField(max_length=120, label=_("Your name"))
    email = forms.EmailField(
        label=_("Your e-mail address"), help_text=_("We answer you at this address.")
    )
    organisation = forms.CharField(
        max_length=200,
        required=False,
        label=_("Organisation (optional)"),
        help_text=_("If you write as a professional."),
    )
    country = forms.ChoiceField(
        choices=Country.choices,
        widget=forms.RadioSelect,
        label=_("Which country is your message about?"),
        help_text=_("Your message goes to the referral contact point of that country."),
    )
    message = forms.CharField(
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        label=_("Your message"),
        help_text=_("Please do not include the name or other details of a victim."),
    )
    # A field people never see (it is hidden from view and from screen readers and
    # skipped by the Tab key) but form-filling robots do: a message that fills it
    # is dropped.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    HONEYPOT = "website"
    #: What a submission keeps (never the honeypot).
    STORED_FIELDS = ("name", "email", "organisation", "country", "message")

    def __init__(self, *args, page=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
        self.fields["name"].widget.attrs.update({"autocomplete": "name"})
        self.fields["organisation"].widget.attrs.update({"autocomplete": "organization"})

    @property
    def is_spam(self):
        return bool(self.data.get(self.HONEYPOT, "").strip())
