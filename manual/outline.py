"""The manual's structure: parts and chapters in order, with their numbers.

Parts are numbered I, II, III…; chapters 1, 2, 3… across the whole manual (a part
does not restart them); sections of a chapter 1.1, 1.2, and so on down. The outline
is built from one query over the index's live descendants, so the index, every
chapter's previous/next links and the PDF agree on the numbers.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(number):
    letters = []
    for value, letter in ROMAN:
        while number >= value:
            letters.append(letter)
            number -= value
    return "".join(letters)


@dataclass
class Entry:
    page: Page
    number: str
    level: int  # 0 for a part, 1 for a chapter, 2 for a section...
    is_part: bool
    children: list = field(default_factory=list)

    @property
    def is_chapter(self):
        return not self.is_part


@dataclass
class Outline:
    entries: list  # top-level entries (parts and chapters), each with children
    flat: list  # every entry in reading order

    def chapters(self):
        """Chapters and sections in reading order (parts left out)."""
        return [entry for entry in self.flat if not entry.is_part]

    def entry_for(self, page):
        for entry in self.flat:
            if entry.page.pk == page.pk:
                return entry
        return None

    def neighbours(self, page):
        """The chapter read before and after `page`, or None at either end."""
        chapters = self.chapters()
        for position, entry in enumerate(chapters):
            if entry.page.pk == page.pk:
                previous = chapters[position - 1] if position > 0 else None
                following = chapters[position + 1] if position + 1 < len(chapters) else None
                return previous, following
        return None, None


def build_outline(index, include_unpublished=False):
    """The outline of a ManualIndexPage (live pages only, unless asked otherwise)."""
    from .models import ManualChapterPage, ManualPartPage

    pages = Page.objects.descendant_of(index).type(ManualPartPage, ManualChapterPage)
    if not include_unpublished:
        pages = pages.live().public()
    pages = pages.order_by("path").specific()

    by_path = {}
    top, flat = [], []
    part_count = chapter_count = 0
    for page in pages:
        parent_entry = by_path.get(page.path[: -Page.steplen])
        if page.depth > index.depth + 1 and parent_entry is None:
            continue  # below an unpublished page: not reachable by a reader
        if isinstance(page, ManualPartPage):
            if parent_entry is not None:
                continue  # parts live directly under the index
            part_count += 1
            entry = Entry(page, roman(part_count), 0, True)
        elif parent_entry is None or parent_entry.is_part:
            chapter_count += 1
            entry = Entry(page, str(chapter_count), 1, False)
        else:
            position = sum(1 for child in parent_entry.children if not child.is_part) + 1
            entry = Entry(page, f"{parent_entry.number}.{position}", parent_entry.level + 1, False)
        if parent_entry is None:
            top.append(entry)
        else:
            parent_entry.children.append(entry)
        by_path[page.path] = entry
        flat.append(entry)
    return Outline(top, flat)
