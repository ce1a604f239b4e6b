"""Demo content of the site, in four languages, created the way editors would.

English pages are created and published first; every other language is then made
through wagtail-localize (a translation source, its strings translated, the target
published), so the demo pages stay linked to their source and editors can keep
translating them in the admin. Every step skips what already exists: running the
seed twice changes nothing.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from home.models import ContactSettings, HomePage, NewsIndexPage, NewsPage, Partner, StandardPage

from . import content
from .text import T

TARGET_LANGUAGES = ("hu", "nl", "fr")
SEED_TOOL_NAME = "seed_demo"


class Catalogue:
    """Maps every English string of the demo, as wagtail-localize stores it, to its translations."""

    def __init__(self):
        self._entries = {}

    def add(self, text):
        """Registers a T (or a language-neutral string) and returns its English text."""
        if isinstance(text, T):
            for key, values in self._forms(text):
                self._entries[key] = values
            return text.en
        for key, _values in self._forms(T(text, text, text, text)):
            self._entries[key] = None  # the same in every language
        return text

    @staticmethod
    def _forms(text):
        # A plain-text field is stored HTML-escaped; a rich-text paragraph as its inner HTML.
        yield (
            StringValue.from_plaintext(text.en).data,
            {code: StringValue.from_plaintext(text[code]).data for code in TARGET_LANGUAGES},
        )
        _template, strings = extract_strings(f"<p>{text.en}</p>")
        if len(strings) == 1:
            yield (
                strings[0][0].data,
                {
                    code: extract_strings(f"<p>{text[code]}</p>")[1][0][0].data
                    for code in TARGET_LANGUAGES
                },
            )

    def translate(self, source_string, language_code):
        if source_string not in self._entries:
            raise CommandError(f"The demo content has no translation of {source_string!r}.")
        values = self._entries[source_string]
        return source_string if values is None else values[language_code]


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
        for page in Page.objects.descendant_of(home, inclusive=True).specific().order_by("path"):
            self.translate(page)
        for partner in partners:
            self.translate(partner)
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

    # -- translation through wagtail-localize ---------------------------------------

    def translate(self, instance):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        for code in TARGET_LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            if instance.has_translation(locale):
                continue
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale
            )
            po = translation.export_po()
            for entry in po:
                entry.msgstr = self.catalogue.translate(entry.msgid, code)
            with transaction.atomic():
                translation.import_po(po, tool_name=SEED_TOOL_NAME)
                translation.save_target(publish=True)

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
        return "".join(f"<{tag}>{self.catalogue.add(text)}</{tag}>" for text in texts)

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
