"""The referral finder: from where the victim is, their country, the form of exploitation,
what they want and their age, to the pathway's steps and the people to call."""

from dataclasses import dataclass, field

from django.db.models import Q

from .choices import (
    OTHER_COUNTRY,
    Age,
    Country,
    Need,
    OrganisationType,
    Service,
    Situation,
    TargetGroup,
)
from .forms import FinderForm

CONTACTS_PER_COUNTRY = 8


@dataclass
class CountryContacts:
    country: str
    label: str
    entries: list = field(default_factory=list)


@dataclass
class FinderResult:
    pathway: object  # PathwayPage or None
    situation: str
    situation_label: str
    introduction: str
    steps: list
    contacts: list  # [CountryContacts]
    origin_elsewhere: bool
    presumed_child: bool


def situation_for(need, age):
    """A child's pathway comes first whatever the child wants; an uncertain age counts as
    a child's (Directive 2011/36/EU, Art. 13(2))."""
    if age in (Age.CHILD, Age.UNKNOWN):
        return Situation.CHILD
    return Situation.RETURN if need == Need.RETURN else Situation.STAY


def find_pathway(locale, location, origin):
    from wagtail.models import Locale

    from .models import PathwayPage

    country = location if origin == OTHER_COUNTRY else origin
    pathways = PathwayPage.objects.live().public().filter(identified_in=location, origin=country)
    return (
        pathways.filter(locale=locale).first()
        or pathways.filter(locale=Locale.get_default()).first()
    )


def directory_contacts(locale, countries, exploitation, need, child, origin):
    """The entries worth calling in each country, designated contact points first."""
    from .models import entries_for_locale

    if need == Need.RETURN:
        wanted = Q(services__has=Service.SAFE_RETURN) | Q(services__has=Service.REINTEGRATION)
    else:
        wanted = Q(services__has=Service.SHELTER) | Q(services__has=Service.LEGAL_AID)
    if exploitation in TargetGroup.values:
        wanted &= Q(target_groups__has=exploitation)
    relevant = Q(is_contact_point=True) | wanted
    if child:
        relevant |= Q(organisation_type=OrganisationType.CHILD_PROTECTION)
        relevant |= Q(target_groups__has=TargetGroup.CHILDREN) & wanted
    groups = []
    for country in countries:
        here = Q(country=country) & relevant
        if origin in Country.values and origin != country:
            # the victim's own embassy or consulate in this country
            here |= Q(
                country=country,
                organisation_type=OrganisationType.CONSULATE,
                represented_country=origin,
            )
        entries = (
            entries_for_locale(locale)
            .filter(here)
            .select_related("locale")
            .order_by("-is_contact_point", "name")[:CONTACTS_PER_COUNTRY]
        )
        groups.append(CountryContacts(country, Country(country).label, list(entries)))
    return groups


def answer(index_page, request):
    """The finder's form and, once answered, its result (the template's context)."""
    from .models import DirectoryIndexPage

    names = FinderForm.FIELD_NAMES
    asked = any(name in request.GET for name in names)
    form = FinderForm(request.GET if asked else None)
    context = {"finder_form": form, "finder_result": None}
    if not asked or not form.is_valid():
        return context

    data = form.cleaned_data
    location, origin = data["location"], data["origin"]
    situation = situation_for(data["need"], data["age"])
    pathway = find_pathway(index_page.locale, location, origin)
    block = None
    if pathway is not None:
        block = pathway.situation(situation)
        if block is None and situation == Situation.CHILD:
            # no child-specific steps: the adult steps for what the child wants
            situation = situation_for(data["need"], Age.ADULT)
            block = pathway.situation(situation)
    steps = []
    if block is not None:
        step_block = block.block.child_blocks["steps"].child_block
        steps = [
            step
            for step in block.value["steps"]
            if step_block.applies_to(step, data["exploitation"])
        ]
    countries = [location] + ([origin] if origin in Country.values and origin != location else [])
    contacts = directory_contacts(
        index_page.locale,
        countries,
        data["exploitation"],
        data["need"],
        situation == Situation.CHILD,
        origin,
    )
    directory = DirectoryIndexPage.for_locale(index_page.locale)
    if directory is not None:
        base = directory.url
        for group in contacts:
            for entry in group.entries:
                entry.public_url = f"{base}{entry.slug}/"
    context["finder_result"] = FinderResult(
        pathway=pathway,
        situation=situation,
        situation_label=Situation(situation).label,
        introduction=block.value["introduction"] if block is not None else "",
        steps=steps,
        contacts=contacts,
        origin_elsewhere=origin == OTHER_COUNTRY,
        presumed_child=data["age"] == Age.UNKNOWN,
    )
    context["finder_share_url"] = request.build_absolute_uri(
        f"{index_page.url}?{form_query(data)}#finder-result"
    )
    return context


def form_query(data):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for name in FinderForm.FIELD_NAMES:
        query[name] = data[name]
    return query.urlencode()
