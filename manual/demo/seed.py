"""The manual's demo: the glossary, the manual index, parts and chapters, in four languages.

English content is created and published first; the Hungarian, Dutch and French
versions are made through wagtail-localize from the catalogue of translations (see
home/demo/translation.py), so editors can go on translating in the admin. Every
step skips what exists: running the seed again changes nothing. The PDFs are built
once at the end, for the languages whose PDF is missing or out of date.
"""

import time

from django.core.management.base import CommandError
from wagtail.models import Locale, Page

from home.demo.text import T
from home.demo.translation import Catalogue
from home.models import HomePage
from manual.importer import translation_key
from manual.markup import glossary_links
from manual.models import (
    GlossaryPage,
    GlossaryTerm,
    ManualChapterPage,
    ManualIndexPage,
    ManualPartPage,
    ManualPdf,
)
from manual.pdf import build_manual_pdf, builds_paused

from . import chapters, glossary

MANUAL_VERSION = "1.0"


class ManualSeeder:
    def __init__(self, stdout):
        self.stdout = stdout
        self.catalogue = Catalogue()
        self.term_ids = {}
        self.created = 0

    def run(self):
        with builds_paused():
            terms = self.seed_glossary()
            index = self.seed_index()
            self.seed_glossary_page(index)
            for part_spec in chapters.PARTS:
                part = self.seed_part(index, part_spec)
                for chapter_spec in part_spec["chapters"]:
                    self.seed_chapter(part, chapter_spec)
            for term in terms:
                self.catalogue.translate_instance(term)
            pages = Page.objects.descendant_of(index, inclusive=True).specific().order_by("path")
            for page in pages:
                self.catalogue.translate_instance(page)
        self.build_pdfs()
        self.stdout.write(
            f"Manual ready ({self.created} new English pages, {len(terms)} glossary terms)."
        )

    # -- glossary ------------------------------------------------------------------

    def seed_glossary(self):
        locale = Locale.get_default()
        terms = []
        for spec in glossary.TERMS:
            fields = {
                name: self.catalogue.add(spec[name]) if spec.get(name) else ""
                for name in ("term", "abbreviations", "synonyms", "definition", "source")
            }
            term = GlossaryTerm.objects.filter(locale=locale, slug=spec["key"]).first()
            if term is None:
                term = GlossaryTerm.objects.create(locale=locale, slug=spec["key"], **fields)
            self.term_ids[spec["key"]] = term.pk
            terms.append(term)
        by_key = {term.slug: term for term in terms}
        for spec in glossary.TERMS:
            term = by_key[spec["key"]]
            if not term.related_terms.exists() and spec.get("related"):
                term.related_terms.set([by_key[key] for key in spec["related"]])
                term.save()
        return terms

    def resolve_term(self, key):
        if key not in self.term_ids:
            raise CommandError(f"The demo manual marks an unknown glossary term {key!r}.")
        return self.term_ids[key]

    # -- pages -----------------------------------------------------------------------

    def seed_index(self):
        home = HomePage.objects.get(depth=2, locale=Locale.get_default())
        spec = chapters.INDEX
        return self.find_or_create(
            home,
            ManualIndexPage,
            spec,
            intro=f"<p>{self.catalogue.add(spec['intro'])}</p>",
            summary=self.catalogue.add(spec["summary"]),
            version=self.catalogue.add(MANUAL_VERSION),
            version_date=chapters.REVIEWED,
            authors=self.catalogue.add(
                T(
                    en="RAVOT-EUR project partners",
                    hu="A RAVOT-EUR projekt partnerei",
                    nl="De partners van het RAVOT-EUR-project",
                    fr="Les partenaires du projet RAVOT-EUR",
                )
            ),
            publisher=self.catalogue.add(
                T(
                    en="Ministry of Interior of Hungary",
                    hu="Belügyminisztérium",
                    nl="Ministerie van Binnenlandse Zaken van Hongarije",
                    fr="Ministère de l'Intérieur de Hongrie",
                )
            ),
            show_in_menus=True,
        )

    def seed_glossary_page(self, index):
        spec = chapters.GLOSSARY_PAGE
        return self.find_or_create(
            index, GlossaryPage, spec, intro=self.catalogue.add(spec["intro"])
        )

    def seed_part(self, index, spec):
        return self.find_or_create(
            index, ManualPartPage, spec, intro=self.catalogue.add(spec["intro"])
        )

    def seed_chapter(self, parent, spec):
        body = self.stream(spec["body"])
        chapter = self.find_or_create(
            parent,
            ManualChapterPage,
            spec,
            intro=self.catalogue.add(spec["intro"]),
            body=body,
            last_reviewed=chapters.REVIEWED,
        )
        for section_spec in spec.get("sections", []):
            self.seed_chapter(chapter, section_spec)
        return chapter

    def find_or_create(self, parent, page_class, spec, **fields):
        slug = self.catalogue.add(spec["slug"])
        title = self.catalogue.add(spec["title"])
        page = page_class.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            # The English slug is the page's import key (see manual.importer), so
            # `import_manual` can update the demo chapters in every language.
            page = page_class(
                title=title, slug=slug, translation_key=translation_key(slug), **fields
            )
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        return page

    # -- chapter bodies ----------------------------------------------------------------

    def text(self, value):
        """A demo string with glossary marks, registered for translation."""
        if isinstance(value, T):
            value = T(
                *(
                    glossary_links(value[code], self.resolve_term)
                    for code in ["en", "hu", "nl", "fr"]
                )
            )
        else:
            value = glossary_links(value, self.resolve_term)
        return self.catalogue.add(value)

    def rich(self, paragraphs, tag="p"):
        return "".join(f"<{tag}>{self.text(text)}</{tag}>" for text in paragraphs)

    def stream(self, blocks):
        return [self.block(kind, value) for kind, value in blocks]

    def block(self, kind, value):
        add = self.catalogue.add
        if kind == "heading":
            return ("heading", {"text": add(value), "level": "h2"})
        if kind == "text":
            return ("paragraph", self.rich(value))
        if kind == "list":
            return ("paragraph", f"<ul>{self.rich(value, tag='li')}</ul>")
        if kind == "indicators":
            return (
                "indicators",
                {
                    "title": add(value["title"]),
                    "intro": add(value["intro"]),
                    "groups": [
                        {"category": category, "indicators": [add(item) for item in items]}
                        for category, items in value["groups"]
                    ],
                },
            )
        if kind in ("tip", "warning"):
            block_type = "practice_tip" if kind == "tip" else "warning"
            return (block_type, {"title": add(value["title"]), "text": self.rich(value["text"])})
        if kind == "case":
            return (
                "case_study",
                {
                    "title": add(value["title"]),
                    "country": value.get("country", ""),
                    "text": self.rich(value["text"]),
                    "questions": [add(question) for question in value.get("questions", [])],
                    "source": add(value.get("source", "")),
                },
            )
        if kind == "legal":
            return (
                "legal_reference",
                {
                    "jurisdiction": value["jurisdiction"],
                    "act": add(value["act"]),
                    "article": add(value.get("article", "")),
                    "summary": add(value.get("summary", "")),
                    "url": value.get("url", ""),
                },
            )
        if kind == "contact":
            return (
                "referral_contact",
                {
                    "name": add(value["name"]),
                    "jurisdiction": value.get("jurisdiction", ""),
                    "description": add(value.get("description", "")),
                    "phone": add(value.get("phone", "")),
                    "email": add(value.get("email", "")),
                    "organisation": None,
                    "external_url": value.get("url", ""),
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
        raise CommandError(f"Unknown demo block type {kind!r}.")

    # -- PDFs --------------------------------------------------------------------------

    def build_pdfs(self):
        for index in ManualIndexPage.objects.live().select_related("locale").order_by("path"):
            record = ManualPdf.objects.filter(index_page=index).first()
            if record is not None and record.available and not record.stale:
                continue
            started = time.perf_counter()
            record = build_manual_pdf(index)
            self.stdout.write(
                f"Manual PDF ({index.locale.language_code}): {record.page_count} pages, "
                f"{record.file_size // 1024} KiB, {time.perf_counter() - started:.1f} s."
            )


def seed_demo(stdout):
    ManualSeeder(stdout).run()
