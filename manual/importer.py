"""`manage.py import_manual PATH`: the manual from Markdown files with front matter.

The format is documented in docs/manual-import.md. In short, one file per page and
language:

    ---
    key: identification
    locale: en
    type: chapter
    parent: recognising-victims
    order: 1
    title: Identifying victims
    intro: Most victims do not introduce themselves as victims.
    last_reviewed: 2015-11-30
    ---

    ## A heading

    Text with **bold**, *italic*, [links](https://example.org) and
    [[presumed-victim|glossary terms]].

    ::: indicators General indicators
    category: general
    - Does not hold their own documents
    :::

The key is the same in every language of a page; type is index, part or chapter;
parent is the key of the part or chapter above (none for the top level).

All files are read and checked before anything is written; the import then runs in
one transaction, so a bad file leaves the database as it was. Pages are matched by
key and locale (the key becomes the pages' shared translation key), so importing the
same files again changes nothing, and an edited file updates only its own page.
"""

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page

from .choices import IndicatorCategory, Jurisdiction
from .markup import UnknownTerm, inline_html

KEY_NAMESPACE = uuid.UUID("5d1b1c36-6a0e-4d55-9d7e-3c4bb4b7d0a1")
PAGE_TYPES = ("index", "part", "chapter")
REQUIRED = ("key", "locale", "title")
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DIRECTIVES = (
    "indicators",
    "case-study",
    "legal",
    "tip",
    "warning",
    "contact",
    "table",
    "figure",
    "document",
)


class ManualImportError(Exception):
    """A problem in one file, with the line it was found on."""

    def __init__(self, path, line, message):
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path, self.line, self.message = path, line, message


def translation_key(key):
    """The translation key every language version of the page `key` shares."""
    return uuid.uuid5(KEY_NAMESPACE, key)


@dataclass
class PageSpec:
    path: Path
    meta: dict
    meta_lines: dict
    body: list = field(default_factory=list)  # raw stream data, ids filled in later
    terms: list = field(default_factory=list)  # (key, line) of glossary marks

    @property
    def key(self):
        return self.meta["key"]

    @property
    def locale(self):
        return self.meta["locale"]

    @property
    def type(self):
        return self.meta.get("type", "chapter")

    def error(self, message, name=None, line=None):
        return ManualImportError(self.path, line or self.meta_lines.get(name, 0), message)


# -- reading files ------------------------------------------------------------------


def read_files(root):
    root = Path(root)
    if root.is_file():
        paths = [root]
    elif root.is_dir():
        paths = sorted(path for path in root.rglob("*.md") if path.is_file())
    else:
        raise ManualImportError(root, 0, "no such file or folder")
    if not paths:
        raise ManualImportError(root, 0, "no .md files found")
    return [parse_file(path) for path in paths]


def parse_file(path):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ManualImportError(path, 0, f"not UTF-8 text ({error.reason})") from error
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ManualImportError(path, 1, "a file must start with front matter ('---')")
    meta, meta_lines, end = {}, {}, None
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            end = number
            break
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, colon, value = line.partition(":")
        name = name.strip()
        if not colon or not re.fullmatch(r"[a-z_]+", name):
            raise ManualImportError(path, number, f"expected 'name: value', found {line.strip()!r}")
        if name in meta:
            raise ManualImportError(path, number, f"'{name}' is given twice")
        meta[name], meta_lines[name] = value.strip(), number
    if end is None:
        raise ManualImportError(path, len(lines), "the front matter is not closed with '---'")
    spec = PageSpec(path, meta, meta_lines)
    check_meta(spec)
    spec.body = BodyParser(spec, lines, end).parse()
    return spec


def check_meta(spec):
    for name in REQUIRED:
        if not spec.meta.get(name):
            raise spec.error(f"'{name}' is required", line=1)
    if not KEY_PATTERN.match(spec.key):
        raise spec.error("a key has only lower-case letters, digits and hyphens", "key")
    codes = [language.language_code for language in Locale.objects.all()]
    if spec.locale not in codes:
        raise spec.error(
            f"unknown locale {spec.locale!r} (this site has {', '.join(sorted(codes))})",
            "locale",
        )
    if spec.type not in PAGE_TYPES:
        raise spec.error(f"type must be one of {', '.join(PAGE_TYPES)}", "type")
    if "order" in spec.meta:
        try:
            spec.meta["order"] = int(spec.meta["order"])
        except ValueError as error:
            raise spec.error("order must be a whole number", "order") from error
    for name in ("last_reviewed", "version_date"):
        if spec.meta.get(name):
            try:
                spec.meta[name] = date.fromisoformat(spec.meta[name])
            except ValueError as error:
                raise spec.error(f"{name} must be a date like 2015-11-30", name) from error
    if spec.meta.get("slug") and slugify(spec.meta["slug"]) != spec.meta["slug"]:
        raise spec.error("a slug has only lower-case letters, digits and hyphens", "slug")
    if spec.type == "index" and spec.meta.get("parent"):
        raise spec.error("the index has no parent", "parent")


class BodyParser:
    """Turns the Markdown body into raw StreamField data, line by line."""

    def __init__(self, spec, lines, start):
        self.spec = spec
        self.lines = lines
        self.position = start  # index of the next line to read (0-based)
        self.blocks = []
        self.text = []  # pending HTML of the current rich-text block

    def error(self, message, line=None):
        return ManualImportError(self.spec.path, line or self.position, message)

    def inline(self, text, line):
        marks = re.findall(r"\[\[([a-z0-9-]+)", text)
        self.spec.terms.extend((key, line) for key in marks)
        # Terms are resolved later (after all files are read); a placeholder keeps the key.
        try:
            return inline_html(text, lambda key: f"@term:{key}@")
        except UnknownTerm as error:  # pragma: no cover (the placeholder never fails)
            raise self.error(f"unknown glossary term {error.key!r}", line) from error

    def flush_text(self):
        if self.text:
            self.blocks.append({"type": "paragraph", "value": "".join(self.text)})
            self.text = []

    def parse(self):
        while self.position < len(self.lines):
            line = self.lines[self.position]
            number = self.position + 1
            stripped = line.strip()
            if not stripped:
                self.position += 1
            elif stripped.startswith(":::"):
                self.flush_text()
                self.directive(stripped[3:].strip(), number)
            elif re.match(r"^#{2,3} ", stripped):
                self.flush_text()
                level = "h2" if stripped.startswith("## ") else "h3"
                text = stripped.lstrip("#").strip()
                self.blocks.append({"type": "heading", "value": {"text": text, "level": level}})
                self.position += 1
            elif stripped.startswith("# "):
                raise self.error("use '## ' for a heading: the title is the page's only h1", number)
            else:
                self.text.append(self.rich_text_run(stop_at_directive=True))
        self.flush_text()
        return self.blocks

    def rich_text_run(self, stop_at_directive=False, end_marker=None):
        """Paragraphs and lists up to a heading, a directive or `end_marker`."""
        html = []
        paragraph, list_tag, items = [], None, []

        def close_paragraph():
            if paragraph:
                start = paragraph[0][1]
                html.append(f"<p>{self.inline(' '.join(t for t, _n in paragraph), start)}</p>")
                paragraph.clear()

        def close_list():
            nonlocal list_tag
            if list_tag:
                html.append(
                    f"<{list_tag}>"
                    + "".join(f"<li>{self.inline(t, n)}</li>" for t, n in items)
                    + f"</{list_tag}>"
                )
                items.clear()
                list_tag = None

        while self.position < len(self.lines):
            line = self.lines[self.position].strip()
            number = self.position + 1
            if end_marker is not None and line == end_marker:
                break
            if stop_at_directive and (line.startswith(":::") or re.match(r"^#{1,3} ", line)):
                break
            bullet = re.match(r"^([-*]|\d+\.)\s+(.*)$", line)
            if not line:
                close_paragraph()
                close_list()
            elif bullet:
                close_paragraph()
                tag = "ol" if bullet[1][0].isdigit() else "ul"
                if list_tag and list_tag != tag:
                    close_list()
                list_tag = tag
                items.append((bullet[2], number))
            elif list_tag and self.lines[self.position].startswith(("  ", "\t")):
                text, start = items[-1]
                items[-1] = (f"{text} {line}", start)  # a list item continued
            else:
                close_list()
                paragraph.append((line, number))
            self.position += 1
        close_paragraph()
        close_list()
        return "".join(html)

    # -- directives ------------------------------------------------------------------

    def directive(self, header, number):
        name, _space, argument = header.partition(" ")
        if name not in DIRECTIVES:
            raise self.error(f"unknown block '::: {name}' (known: {', '.join(DIRECTIVES)})", number)
        self.position += 1
        start = self.position
        end = next(
            (i for i in range(start, len(self.lines)) if self.lines[i].strip() == ":::"), None
        )
        if end is None:
            raise self.error(f"'::: {name}' is not closed with ':::'", number)
        method = getattr(self, "block_" + name.replace("-", "_"))
        block = method(argument.strip(), start, end, number)
        self.blocks.append(block)
        self.position = end + 1

    def fields(self, start, end, names, allow_text=False):
        """`name: value` lines of a directive, and the line where its free text begins."""
        values, lines = {}, {}
        position = start
        while position < end:
            line = self.lines[position].strip()
            match = re.match(r"^([a-z_]+):\s*(.*)$", line)
            if match and match[1] in names:
                values[match[1]], lines[match[1]] = match[2], position + 1
            elif line and not allow_text:
                raise self.error(
                    f"expected one of {', '.join(names)} as 'name: value'", position + 1
                )
            elif line:
                break
            position += 1
        return values, lines, position

    def rich_between(self, start, end):
        saved = self.position
        self.position = start
        html = self.rich_text_run(end_marker=":::")
        self.position = saved
        return html

    def block_indicators(self, title, start, end, number):
        if not title:
            raise self.error("'::: indicators' needs a title after it", number)
        intro, groups, current = "", [], None
        for position in range(start, end):
            line = self.lines[position].strip()
            if not line:
                continue
            if line.startswith("intro:") and not groups:
                intro = line[len("intro:") :].strip()
            elif line.startswith("category:"):
                category = line[len("category:") :].strip()
                if category not in IndicatorCategory.values:
                    raise self.error(
                        f"unknown category {category!r} "
                        f"(known: {', '.join(IndicatorCategory.values)})",
                        position + 1,
                    )
                current = {"category": category, "indicators": []}
                groups.append(current)
            elif re.match(r"^[-*]\s+", line):
                if current is None:
                    raise self.error("put 'category: …' before the indicators", position + 1)
                current["indicators"].append(re.sub(r"^[-*]\s+", "", line))
            else:
                raise self.error("expected 'category: …' or '- indicator'", position + 1)
        if not groups or not all(group["indicators"] for group in groups):
            raise self.error("every category needs at least one '- indicator'", number)
        return {"type": "indicators", "value": {"title": title, "intro": intro, "groups": groups}}

    def block_case_study(self, title, start, end, number):
        if not title:
            raise self.error("'::: case-study' needs a title after it", number)
        values, lines, text_start = self.fields(start, end, ("country", "source"), allow_text=True)
        country = self.jurisdiction(values.get("country", ""), lines.get("country"), True)
        questions, text_end = [], end
        for position in range(text_start, end):
            if self.lines[position].strip() == "questions:":
                text_end = position
                for item in self.lines[position + 1 : end]:
                    item = item.strip()
                    if item:
                        questions.append(re.sub(r"^([-*]|\d+\.)\s+", "", item))
                break
        text = self.rich_between(text_start, text_end)
        if not text:
            raise self.error("a case study needs its text", number)
        return {
            "type": "case_study",
            "value": {
                "title": title,
                "country": country,
                "text": text,
                "questions": questions,
                "source": values.get("source", ""),
            },
        }

    def block_legal(self, _argument, start, end, number):
        names = ("country", "act", "article", "summary", "url")
        values, lines, _rest = self.fields(start, end, names)
        if not values.get("act"):
            raise self.error("a legal reference needs 'act: …'", number)
        url = values.get("url", "")
        if url and not re.match(r"^https?://", url):
            raise self.error("url must start with http:// or https://", lines["url"])
        return {
            "type": "legal_reference",
            "value": {
                "jurisdiction": self.jurisdiction(values.get("country", ""), lines.get("country")),
                "act": values["act"],
                "article": values.get("article", ""),
                "summary": values.get("summary", ""),
                "url": url,
            },
        }

    def note(self, block_type, title, start, end, number):
        text = self.rich_between(start, end)
        if not text:
            raise self.error(f"'::: {block_type}' needs some text", number)
        return {
            "type": "practice_tip" if block_type == "tip" else "warning",
            "value": {"title": title, "text": text},
        }

    def block_tip(self, title, start, end, number):
        return self.note("tip", title, start, end, number)

    def block_warning(self, title, start, end, number):
        return self.note("warning", title, start, end, number)

    def block_contact(self, _argument, start, end, number):
        names = ("name", "country", "description", "phone", "email", "url")
        values, lines, _rest = self.fields(start, end, names)
        if not values.get("name"):
            raise self.error("a referral contact needs 'name: …'", number)
        url = values.get("url", "")
        if url and not re.match(r"^https?://", url):
            raise self.error("url must start with http:// or https://", lines["url"])
        email = values.get("email", "")
        if email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email):
            raise self.error("not an e-mail address", lines["email"])
        return {
            "type": "referral_contact",
            "value": {
                "name": values["name"],
                "jurisdiction": self.jurisdiction(
                    values.get("country", ""), lines.get("country"), True
                ),
                "description": values.get("description", ""),
                "phone": values.get("phone", ""),
                "email": email,
                "organisation": None,
                "external_url": url,
            },
        }

    def block_table(self, caption, start, end, number):
        rows, header = [], False
        for position in range(start, end):
            line = self.lines[position].strip()
            if not line:
                continue
            if not (line.startswith("|") and line.endswith("|")):
                raise self.error("a table row starts and ends with '|'", position + 1)
            cells = [cell.strip() for cell in line[1:-1].split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                if len(rows) != 1:
                    raise self.error("the '|---|' line comes right after the header", position + 1)
                header = True
                continue
            if rows and len(cells) != len(rows[0]):
                raise self.error(
                    f"this row has {len(cells)} cells, the first has {len(rows[0])}",
                    position + 1,
                )
            rows.append(cells)
        if not rows:
            raise self.error("a table needs at least one row", number)
        return {
            "type": "table",
            "value": {
                "data": rows,
                "table_caption": caption,
                "first_row_is_table_header": header,
                "first_col_is_header": False,
                "cell": [],
                "mergeCells": [],
            },
        }

    def block_figure(self, _argument, start, end, number):
        values, lines, _rest = self.fields(start, end, ("image", "alt", "caption", "credit"))
        if not values.get("image"):
            raise self.error("a figure needs 'image: file'", number)
        return {
            "type": "figure",
            "value": {
                "image": ("file", self.media_path(values["image"], lines["image"])),
                "alt_text": values.get("alt", ""),
                "decorative": False,
                "caption": values.get("caption", ""),
                "credit": values.get("credit", ""),
            },
            "_line": number,
        }

    def block_document(self, _argument, start, end, number):
        values, lines, _rest = self.fields(start, end, ("file", "title", "description"))
        if not values.get("file"):
            raise self.error("a document needs 'file: path'", number)
        return {
            "type": "document",
            "value": {
                "document": ("file", self.media_path(values["file"], lines["file"])),
                "title": values.get("title", ""),
                "description": values.get("description", ""),
            },
            "_line": number,
        }

    def media_path(self, name, line):
        path = (self.spec.path.parent / name).resolve()
        if not path.is_file():
            raise self.error(f"no such file: {name}", line)
        return str(path)

    def jurisdiction(self, value, line, optional=False):
        if not value and optional:
            return ""
        if value.upper() not in Jurisdiction.values:
            raise self.error(
                f"unknown country {value!r} (known: {', '.join(Jurisdiction.values)})",
                line or self.position,
            )
        return value.upper()


# -- writing pages ------------------------------------------------------------------


@dataclass
class Report:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    moved: list = field(default_factory=list)


class Importer:
    def __init__(self, specs, stdout=None):
        self.specs = specs
        self.stdout = stdout
        self.report = Report()
        self.media_cache = {}

    def check(self):
        """Cross-file checks: duplicates, parents, glossary terms."""
        from .models import GlossaryTerm

        seen = {}
        for spec in self.specs:
            ident = (spec.key, spec.locale)
            if ident in seen:
                raise spec.error(
                    f"key {spec.key!r} in {spec.locale!r} is also in {seen[ident].path}", "key"
                )
            seen[ident] = spec
        for spec in self.specs:
            parent = spec.meta.get("parent", "")
            if spec.type == "index":
                existing = self.manual_index(spec.locale)
                if existing is not None and existing.translation_key != translation_key(spec.key):
                    raise spec.error(
                        f"there is already a manual in {spec.locale!r} ({existing.title!r}); "
                        "leave the index file out to import chapters into it",
                        "key",
                    )
                continue
            if parent:
                parent_spec = seen.get((parent, spec.locale))
                if parent_spec is None and not self.existing_page(parent, spec.locale):
                    raise spec.error(f"no page with key {parent!r} in {spec.locale!r}", "parent")
                if parent_spec is not None and parent_spec.type == "index":
                    raise spec.error("leave 'parent' empty for the top level", "parent")
            elif self.manual_index(spec.locale) is None and not any(
                s.type == "index" and s.locale == spec.locale for s in self.specs
            ):
                raise spec.error(
                    f"there is no manual in {spec.locale!r} yet: add a file with 'type: index'",
                    "locale",
                )
            if spec.type == "part" and parent:
                raise spec.error("parts are at the top level: leave 'parent' empty", "parent")
        for spec in self.specs:
            self.check_address(spec)
        default_locale = Locale.get_default()
        for spec in self.specs:
            for key, line in spec.terms:
                if not GlossaryTerm.objects.filter(
                    slug=key, locale__language_code__in=[spec.locale, default_locale.language_code]
                ).exists():
                    raise spec.error(f"unknown glossary term {key!r}", line=line)

    def check_address(self, spec):
        """The page's slug must be free among the pages already under its parent."""
        if spec.type == "index":
            return
        parent_key = spec.meta.get("parent")
        parent = (
            self.existing_page(parent_key, spec.locale)
            if parent_key
            else self.manual_index(spec.locale)
        )
        if parent is None:
            return  # created by this import: its children are all in the files
        slug = spec.meta.get("slug") or slugify(spec.meta["title"]) or spec.key
        taken = (
            Page.objects.child_of(parent)
            .filter(slug=slug)
            .exclude(translation_key=translation_key(spec.key))
            .first()
        )
        if taken is not None:
            raise spec.error(
                f"the address {slug!r} is already used by {taken.title!r} "
                "under the same parent: give this page another 'slug'",
                "slug" if "slug" in spec.meta else "title",
            )

    def existing_page(self, key, language_code):
        return (
            Page.objects.filter(
                translation_key=translation_key(key), locale__language_code=language_code
            )
            .specific()
            .first()
        )

    def manual_index(self, language_code):
        from .models import ManualIndexPage

        return ManualIndexPage.objects.filter(locale__language_code=language_code).first()

    def run(self):
        self.check()
        ordered = sorted(
            self.specs,
            key=lambda s: (PAGE_TYPES.index(s.type), self.depth(s), s.meta.get("order", 0)),
        )
        with transaction.atomic():
            for spec in ordered:
                self.apply(spec)
            self.reorder()
        return self.report

    def depth(self, spec):
        depth, parent = 0, spec.meta.get("parent")
        by_key = {(s.key, s.locale): s for s in self.specs}
        while parent and depth < 20:
            depth += 1
            parent_spec = by_key.get((parent, spec.locale))
            parent = parent_spec.meta.get("parent") if parent_spec else None
        return depth

    def resolve_term(self, key, language_code):
        from .models import GlossaryTerm

        term = (
            GlossaryTerm.objects.filter(slug=key, locale__language_code=language_code).first()
            or GlossaryTerm.objects.filter(slug=key, locale=Locale.get_default()).first()
        )
        return term.pk

    def stream_data(self, spec):
        """The body with glossary terms and files resolved, and ids stable across languages."""
        blocks = []
        for position, block in enumerate(spec.body):
            block = json.loads(json.dumps(block, default=str))
            line = block.pop("_line", 0)
            text = json.dumps(block["value"])
            text = re.sub(
                r"@term:([a-z0-9-]+)@",
                lambda m: str(self.resolve_term(m[1], spec.locale)),
                text,
            )
            block["value"] = json.loads(text)
            if block["type"] == "figure":
                block["value"]["image"] = self.image_for(spec, block["value"]["image"][1], line)
            if block["type"] == "document":
                block["value"]["document"] = self.document_for(block["value"]["document"][1])
            # The same position has the same id in every language, so that the
            # side-by-side view lines up and re-imports keep the ids.
            block["id"] = str(uuid.uuid5(translation_key(spec.key), f"block-{position}"))
            blocks.append(block)
        return blocks

    def image_for(self, spec, file_path, line):
        from django.core.files import File
        from wagtail.images import get_image_model

        if file_path in self.media_cache:
            return self.media_cache[file_path]
        Image = get_image_model()
        with open(file_path, "rb") as handle:
            content = handle.read()
        from hashlib import sha1

        digest = sha1(content).hexdigest()  # noqa: S324  (Wagtail's own file_hash is SHA-1)
        image = Image.objects.filter(file_hash=digest).first()
        if image is None:
            with open(file_path, "rb") as handle:
                image = Image(title=Path(file_path).stem.replace("-", " "))
                image.file.save(Path(file_path).name, File(handle), save=False)
                image._set_file_hash()
                image.save()
        self.media_cache[file_path] = image.pk
        return image.pk

    def document_for(self, file_path):
        from hashlib import sha1

        from django.core.files import File
        from wagtail.documents import get_document_model

        if file_path in self.media_cache:
            return self.media_cache[file_path]
        Document = get_document_model()
        with open(file_path, "rb") as handle:
            digest = sha1(handle.read()).hexdigest()  # noqa: S324
        document = Document.objects.filter(file_hash=digest).first()
        if document is None:
            with open(file_path, "rb") as handle:
                document = Document(title=Path(file_path).stem.replace("-", " "))
                document.file.save(Path(file_path).name, File(handle), save=False)
                document._set_file_hash()
                document.save()
        self.media_cache[file_path] = document.pk
        return document.pk

    def parent_for(self, spec):
        from home.models import HomePage

        if spec.type == "index":
            home = HomePage.objects.filter(locale__language_code=spec.locale, depth=2).first()
            if home is None:
                raise spec.error(f"the site has no home page in {spec.locale!r}", "locale")
            return home
        parent_key = spec.meta.get("parent")
        if parent_key:
            return self.existing_page(parent_key, spec.locale)
        return self.manual_index(spec.locale)

    def fields_for(self, spec):
        meta = spec.meta
        fields = {
            "title": meta["title"],
            "slug": meta.get("slug") or slugify(meta["title"]) or spec.key,
            "summary": meta.get("summary", ""),
            "seo_title": meta.get("seo_title", ""),
        }
        if spec.type == "index":
            fields["intro"] = (
                f"<p>{inline_html(meta['intro'], lambda k: self.resolve_term(k, spec.locale))}</p>"
                if meta.get("intro")
                else ""
            )
            fields["version"] = meta.get("version", "1.0")
            fields["version_date"] = meta.get("version_date")
            if meta.get("authors"):
                fields["authors"] = meta["authors"]
            fields["publisher"] = meta.get("publisher", "")
        else:
            fields["intro"] = meta.get("intro", "")
        if spec.type == "chapter":
            fields["last_reviewed"] = meta.get("last_reviewed")
        return fields

    def apply(self, spec):
        from .models import ManualChapterPage, ManualIndexPage, ManualPartPage

        model = {"index": ManualIndexPage, "part": ManualPartPage, "chapter": ManualChapterPage}[
            spec.type
        ]
        parent = self.parent_for(spec)
        fields = self.fields_for(spec)
        body = self.stream_data(spec) if spec.type == "chapter" else None
        locale = Locale.objects.get(language_code=spec.locale)
        page = self.existing_page(spec.key, spec.locale)
        if page is not None and not isinstance(page, model):
            raise spec.error(
                f"the page with key {spec.key!r} is a {page._meta.verbose_name}, "
                f"not a {model._meta.verbose_name}",
                "type",
            )
        label = f"{spec.locale}/{spec.key}"
        taken = (
            Page.objects.child_of(parent)
            .filter(slug=fields["slug"])
            .exclude(pk=page.pk if page else None)
            .first()
        )
        if taken is not None:
            raise spec.error(
                f"the address {fields['slug']!r} is already used by {taken.title!r} "
                "under the same parent: give this page another 'slug'",
                "slug" if "slug" in spec.meta else "title",
            )
        if page is None:
            page = model(translation_key=translation_key(spec.key), locale=locale, **fields)
            if body is not None:
                page.body = body
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.report.created.append(label)
            return
        moved = page.get_parent().pk != parent.pk
        if moved:
            page.move(parent, pos="last-child")
            page = model.objects.get(pk=page.pk)
            self.report.moved.append(label)
        changed = [name for name, value in fields.items() if getattr(page, name) != value]
        if body is not None and self.normalised(page.body) != self.normalised_raw(body):
            changed.append("body")
        if not changed and page.live and not page.has_unpublished_changes:
            if not moved:
                self.report.unchanged.append(label)
            return
        for name, value in fields.items():
            setattr(page, name, value)
        if body is not None:
            page.body = body
        page.save_revision().publish()
        self.report.updated.append(f"{label} ({', '.join(changed) or 'published'})")

    @staticmethod
    def normalised(stream_value):
        return json.dumps(stream_value.stream_block.get_prep_value(stream_value), sort_keys=True)

    @staticmethod
    def normalised_raw(raw):
        from .blocks import ManualStreamBlock

        block = ManualStreamBlock()
        return json.dumps(block.get_prep_value(block.to_python(raw)), sort_keys=True)

    def reorder(self):
        """Siblings in the order the files give (pages not in the files stay after them)."""
        groups = {}
        for spec in self.specs:
            if spec.type == "index":
                continue
            page = self.existing_page(spec.key, spec.locale)
            groups.setdefault(page.get_parent().pk, []).append((spec.meta.get("order", 0), page))
        for parent_pk, entries in groups.items():
            wanted = [page.pk for _order, page in sorted(entries, key=lambda e: (e[0], e[1].path))]
            current = [
                pk
                for pk in Page.objects.get(pk=parent_pk)
                .get_children()
                .order_by("path")
                .values_list("pk", flat=True)
                if pk in wanted
            ]
            if current == wanted:
                continue
            for previous_pk, page_pk in zip(wanted, wanted[1:], strict=False):
                page = Page.objects.get(pk=page_pk)
                page.move(Page.objects.get(pk=previous_pk), pos="right")
            self.report.moved.append(f"order of the pages under page {parent_pk}")
