"""The referral mechanism's demo: directory entries, the pathways, the comparison, the
"Get help" page and the contact form, in four languages through wagtail-localize.

Runs after the home app's seed (INSTALLED_APPS order). Every step skips what exists, so
a second run changes nothing; the directory's entries are demonstration data, marked so.
"""

import datetime

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from home.demo.translation import Catalogue
from home.models import HomePage
from referral.models import (
    ComparisonPage,
    ContactFormPage,
    DirectoryIndexPage,
    GetHelpPage,
    Organisation,
    PathwayIndexPage,
    PathwayPage,
)

from . import content, directory, pathways

CONTACTS_PER_ROLE = 2


class ReferralSeeder:
    def __init__(self, stdout):
        self.stdout = stdout
        self.catalogue = Catalogue()
        self.locale = Locale.get_default()
        self.new_entries = 0
        self.new_pages = 0

    def add(self, text):
        return self.catalogue.add(text)

    def run(self):
        home = HomePage.objects.get(depth=2, locale=self.locale)
        organisations = [self.seed_organisation(spec) for spec in directory.ORGANISATIONS]
        self.index_roles(organisations)
        # Entries first: the pathways' steps link to their translations.
        for organisation in organisations:
            self.catalogue.translate_instance(organisation)

        self.seed_directory(home)
        index = self.seed_pathway_index(home)
        self.seed_comparison(index)
        for here in pathways.COUNTRIES:
            for origin in pathways.COUNTRIES:
                self.seed_pathway(index, here, origin)
        self.seed_get_help(home)
        self.seed_contact(home)

        ours = (DirectoryIndexPage, PathwayIndexPage, ComparisonPage, PathwayPage)
        ours += (GetHelpPage, ContactFormPage)
        pages = Page.objects.descendant_of(home).type(*ours).filter(locale=self.locale)
        for page in pages.specific().order_by("path"):
            self.catalogue.translate_instance(page)
        self.stdout.write(
            f"Referral demo ready ({self.new_entries} new directory entries, "
            f"{self.new_pages} new English pages)."
        )

    # -- the directory -------------------------------------------------------------------

    def seed_organisation(self, spec):
        name = self.add(spec["name"])
        city, region = directory.CITIES[spec["city"]]
        fields = {
            "city": self.add(city),
            "region": self.add(region),
            "description": self.add(directory.ROLES[spec["role"]]),
            "opening_hours": self.add(directory.HOURS[spec["hours"]]),
        }
        slug = slugify(name)
        organisation = Organisation.objects.filter(locale=self.locale, slug=slug).first()
        if organisation is None:
            organisation = Organisation.objects.create(
                locale=self.locale,
                name=name,
                slug=slug,
                organisation_type=spec["type"],
                country=spec["country"],
                represented_country=spec.get("represented", ""),
                services=spec["services"],
                target_groups=spec["groups"],
                languages=spec["languages"],
                phone=spec.get("phone", ""),
                hotline=spec.get("hotline", ""),
                email=spec.get("email", ""),
                website=f"https://example.org/{slug}/",
                street_address=spec.get("street", ""),
                postal_code=spec.get("postcode", ""),
                open_24_7=spec.get("open_24_7", False),
                is_contact_point=spec.get("contact_point", False),
                last_verified=timezone.localdate()
                - datetime.timedelta(days=spec["verified_days_ago"]),
                demonstration=True,
                **fields,
            )
            self.new_entries += 1
        organisation.demo_role = spec["role"]
        return organisation

    def index_roles(self, organisations):
        self.by_role = {}
        for organisation in organisations:
            key = (organisation.demo_role, organisation.country)
            if organisation.demo_role == "consulate":
                key += (organisation.represented_country,)
            self.by_role.setdefault(key, []).append(organisation)

    def contacts(self, selectors, here, home):
        found = []
        for selector in selectors:
            role, where = selector[0], {"here": here, "home": home}[selector[1]]
            key = (role, where)
            if role == "consulate":
                represented = {"here": here, "home": home}[selector[2]]
                if represented == where:
                    continue  # no consulate of one's own country at home
                key += (represented,)
            for organisation in self.by_role.get(key, [])[:CONTACTS_PER_ROLE]:
                if organisation not in found:
                    found.append(organisation)
        return found

    # -- pages ---------------------------------------------------------------------------

    def find_or_create(self, parent, page_class, spec, **fields):
        slug = self.add(spec["slug"])
        title = self.add(spec["title"])
        summary = self.add(spec["summary"])
        page = page_class.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = page_class(title=title, slug=slug, summary=summary, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.new_pages += 1
        return page

    def seed_directory(self, home):
        spec = content.DIRECTORY
        return self.find_or_create(
            home, DirectoryIndexPage, spec, intro=self.add(spec["intro"]), show_in_menus=True
        )

    def seed_pathway_index(self, home):
        spec = content.PATHWAYS
        return self.find_or_create(
            home, PathwayIndexPage, spec, intro=self.add(spec["intro"]), show_in_menus=True
        )

    def seed_comparison(self, index):
        spec = content.COMPARISON
        rows = []
        for row in content.COMPARISON_ROWS:
            value = {"topic": self.add(row["topic"])}
            for code, field in (("HU", "hungary"), ("BE", "belgium"), ("NL", "netherlands")):
                text, source, url = row[code]
                value[field] = {
                    "text": self.add(text),
                    "source": self.add(source),
                    "source_url": url,
                    "date": content.CHECKED_ON,
                }
            rows.append(("row", value))
        return self.find_or_create(
            index, ComparisonPage, spec, intro=self.add(spec["intro"]), rows=rows
        )

    def seed_pathway(self, index, here, origin):
        spec = content.pathway_page(here, origin)
        situations = []
        for code, steps in pathways.compose(here, origin).items():
            situations.append(
                (
                    "situation",
                    {
                        "situation": code,
                        "introduction": self.add(pathways.SITUATION_INTROS[code]),
                        "steps": [self.step(step, here, origin) for step in steps],
                    },
                )
            )
        return self.find_or_create(
            index,
            PathwayPage,
            spec,
            identified_in=here,
            origin=origin,
            intro=self.add(spec["intro"]),
            situations=situations,
        )

    def step(self, spec, here, home):
        return {
            "title": self.add(spec["title"]),
            "actor": self.add(spec["actor"]),
            "action": f"<p>{self.add(spec['action'])}</p>",
            "legal_basis": self.add(spec["legal"]),
            "time_limit": self.add(spec["time"]),
            "documents": self.add(spec["documents"]),
            "forms": list(spec.get("forms", [])),
            "contacts": self.contacts(spec["contacts"], here, home),
        }

    def seed_get_help(self, home):
        spec = content.GET_HELP
        body = [self.block(kind, value) for kind, value in spec["body"]]
        return self.find_or_create(
            home, GetHelpPage, spec, intro=self.add(spec["intro"]), body=body
        )

    def block(self, kind, value):
        if kind == "heading":
            return ("heading", {"text": self.add(value), "level": "h2"})
        if kind == "paragraph":
            return ("paragraph", self.catalogue.paragraphs(value))
        return ("paragraph", f"<ul>{self.catalogue.paragraphs(value, tag='li')}</ul>")

    def seed_contact(self, home):
        spec = content.CONTACT
        return self.find_or_create(
            home,
            ContactFormPage,
            spec,
            intro=self.add(spec["intro"]),
            thank_you_text=self.add(spec["thank_you"]),
            show_in_menus=True,
        )


def seed_demo(stdout):
    ReferralSeeder(stdout).run()
