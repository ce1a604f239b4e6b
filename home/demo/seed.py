"""The home app's demo: home page, standard pages, news, partners, contact details.

English pages are created and published first, then translated through
wagtail-localize (see translation.py). Every step skips what already exists:
running the seed twice changes nothing.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from wagtail.models import Locale, Page

from home.models import ContactSettings, HomePage, NewsIndexPage, NewsPage, Partner, StandardPage

from . import content
from .translation import Catalogue


class DemoSeeder:
    def __init__(self, stdout):
        self.stdout = stdout
        self.catalogue = Catalogue()
        self.pages_by_key = {}
        self.created = []

    # -- the steps -----------------------------------------------------------------

    def run(self):
        # No transaction around the whole run: wagtail-localize publishes a translation
        # when its transaction commits, from a page object that would by then be stale.
        # Every step skips what exists, so an interrupted run is finished by the next.
        self.ensure_admin()
        home = self.seed_home()
        for spec in content.STANDARD_PAGES:
            self.seed_standard_page(home, spec)
        news_index = self.seed_news_index(home)
        for spec in content.NEWS:
            self.seed_news(news_index, spec)
        self.fill_created_pages()
        self.seed_home_features(home)
        self.seed_contact()
        partners = [self.seed_partner(spec) for spec in content.PARTNERS]
        # Only home's own page types: other apps' pages under the home page are
        # translated by their own seeds, with their own texts.
        own_pages = Page.objects.descendant_of(home, inclusive=True).type(
            HomePage, StandardPage, NewsIndexPage, NewsPage
        )
        for page in own_pages.specific().order_by("path"):
            self.catalogue.translate_instance(page)
        for partner in partners:
            self.catalogue.translate_instance(partner)
        self.stdout.write(f"Demo content ready ({len(self.created)} new English pages).")

    def ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            return
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        if os.environ.get("DEMO_ADMIN_PASSWORD"):
            self.stdout.write(
                "Created the admin account 'admin' (password from DEMO_ADMIN_PASSWORD)."
            )
        else:
            self.stdout.write(
                f"Created the admin account 'admin' with the password {password} "
                "(shown only this once; change it in the admin)."
            )

    def seed_home(self):
        home = HomePage.objects.get(depth=2, locale=Locale.get_default())
        self.catalogue.add(content.HOME["slug"])
        if not home.intro:
            home.title = self.catalogue.add(content.HOME["title"])
            home.summary = self.catalogue.add(content.HOME["summary"])
            home.intro = self.paragraphs(content.HOME["intro"])
            home.save_revision().publish()
        else:
            self.catalogue.add(content.HOME["title"])
            self.catalogue.add(content.HOME["summary"])
            self.paragraphs(content.HOME["intro"])
        return home

    def seed_standard_page(self, parent, spec):
        page = self.find_or_create(
            parent,
            StandardPage,
            spec,
            intro=self.catalogue.add(spec["intro"]),
            show_in_menus=spec.get("show_in_menus", False),
        )
        for child_spec in spec.get("children", []):
            self.seed_standard_page(page, child_spec)
        return page

    def seed_news_index(self, home):
        spec = content.NEWS_INDEX
        return self.find_or_create(
            home,
            NewsIndexPage,
            spec,
            intro=self.catalogue.add(spec["intro"]),
            show_in_menus=True,
        )

    def seed_news(self, news_index, spec):
        return self.find_or_create(news_index, NewsPage, spec, date=spec["date"])

    def fill_created_pages(self):
        """Bodies are filled once all pages exist, since they link to each other."""
        for page, spec in self.created:
            if "body" in spec:
                page.body = self.stream(spec["body"])
            page.save_revision().publish()

    def seed_home_features(self, home):
        if home.featured:
            return
        home.featured = [
            ("page", self.pages_by_key[key])
            for key in ("about", "trm", "get-involved")
            if key in self.pages_by_key
        ]
        home.save_revision().publish()

    def seed_contact(self):
        contact = ContactSettings.load()
        if contact.email:
            return
        for field, value in content.CONTACT.items():
            setattr(contact, field, value)
        contact.save()

    def seed_partner(self, spec):
        locale = Locale.get_default()
        name = self.catalogue.add(spec["name"])
        partner = Partner.objects.filter(locale=locale, name=name).first()
        if partner is None:
            partner = Partner.objects.create(
                locale=locale,
                name=name,
                country=spec["country"],
                role=spec["role"],
                website=spec.get("website", ""),
                page=self.pages_by_key.get(spec.get("page")),
                sort_order=content.PARTNERS.index(spec),
            )
        return partner

    # -- building English content ---------------------------------------------------

    def find_or_create(self, parent, page_class, spec, **fields):
        slug = self.catalogue.add(spec["slug"])
        title = self.catalogue.add(spec["title"])
        summary = self.catalogue.add(spec["summary"]) if "summary" in spec else ""
        if "body" in spec:
            self.stream(spec["body"], register_only=True)
        page = page_class.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = page_class(title=title, slug=slug, summary=summary, **fields)
            parent.add_child(instance=page)
            self.created.append((page, spec))
        if "key" in spec:
            self.pages_by_key[spec["key"]] = page
        return page

    def paragraphs(self, texts, tag="p"):
        return self.catalogue.paragraphs(texts, tag)

    def stream(self, blocks, register_only=False):
        """The English StreamField value of a list of (block type, demo value) pairs."""
        return [self.block(kind, value, register_only) for kind, value in blocks]

    def block(self, kind, value, register_only):
        add = self.catalogue.add
        if kind == "heading":
            return ("heading", {"text": add(value), "level": "h2"})
        if kind == "paragraph":
            return ("paragraph", self.paragraphs(value))
        if kind == "list":
            return ("paragraph", f"<ul>{self.paragraphs(value, tag='li')}</ul>")
        if kind == "quote":
            return ("quote", {field: add(text) for field, text in value.items()})
        if kind == "accordion":
            return (
                "accordion",
                {
                    "title": add(value["title"]),
                    "items": [
                        {"question": add(question), "answer": self.paragraphs(answer)}
                        for question, answer in value["items"]
                    ],
                },
            )
        if kind == "table":
            rows = [[add(cell) for cell in value["header"]]]
            rows += [[add(cell) for cell in row] for row in value["rows"]]
            return (
                "table",
                {
                    "data": rows,
                    "table_caption": add(value["caption"]),
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "cell": [],
                    "mergeCells": [],
                },
            )
        if kind == "call_to_action":
            return (
                "call_to_action",
                {
                    "title": add(value["title"]),
                    "text": add(value["text"]),
                    "button_label": add(value["button_label"]),
                    "page": None if register_only else self.pages_by_key[value["page"]],
                    "external_url": "",
                },
            )
        raise CommandError(f"Unknown demo block type {kind!r}.")


def seed_demo(stdout):
    DemoSeeder(stdout).run()
