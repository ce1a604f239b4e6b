"""What a reader sees around a chapter's text: anchors, table of contents, reading time."""

import math
import re
from dataclasses import dataclass

from django.utils.text import slugify

# Silent reading of instructional text in a second language is slower than the
# often quoted 238 words a minute; 200 gives an honest estimate for professionals.
WORDS_PER_MINUTE = 200
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class BodyItem:
    block: object  # a StreamValue child
    anchor: str  # the id of the element that starts this block on the page
    level: int = 2  # the heading level a title inside this block takes
    lang: str = ""  # set when the block is still in another language than the page

    @property
    def sublevel(self):
        return min(self.level + 1, 6)

    @property
    def is_heading(self):
        return self.block.block_type == "heading"


def block_anchor(block):
    """A stable anchor for any block: its id survives translation (wagtail-localize keeps
    block ids), so the same paragraph has the same anchor in every language."""
    return f"b-{str(block.id)[:8]}" if block.id else ""


def body_items(body):
    """The chapter's blocks, each with a unique anchor; headings get a readable one."""
    items, used = [], set()
    level = 2  # under the chapter's h1 until a heading says otherwise
    for block in body:
        if block.block_type == "heading":
            level = 3 if block.value["level"] == "h2" else 4
            base = slugify(block.value["text"]) or "section"
            anchor, counter = base, 2
            while anchor in used:
                anchor = f"{base}-{counter}"
                counter += 1
        else:
            anchor = block_anchor(block)
        used.add(anchor)
        items.append(BodyItem(block, anchor, level))
    return items


def mark_untranslated(items, page):
    """Blocks that a translation still shows in the source language say so (lang=…).

    A translation made with wagtail-localize may leave blocks untranslated; screen
    readers and hyphenation then need to know their language (WCAG 3.1.2). A block is
    untranslated when its text is the same as that of the block with the same id in the
    default language's version (markup may differ after a round trip through
    wagtail-localize, so text is compared).
    """
    from wagtail.models import Locale

    default = Locale.get_default()
    if page.locale_id == default.pk or not items:
        return items
    source = page.get_translation_or_none(default)
    if source is None:
        return items
    source_texts = {
        str(block.id): block.block.get_searchable_content(block.value)
        for block in source.specific.body
    }
    for item in items:
        text = item.block.block.get_searchable_content(item.block.value)
        if text and source_texts.get(str(item.block.id)) == text:
            item.lang = default.language_code
    return items


def table_of_contents(items):
    """[(level, text, anchor)] of the chapter's headings, in order."""
    return [
        (2 if item.block.value["level"] == "h2" else 3, item.block.value["text"], item.anchor)
        for item in items
        if item.is_heading
    ]


def word_count(*texts):
    return sum(len(WORD.findall(text or "")) for text in texts)


def body_text(body):
    """The chapter's text without markup, as the search index sees it."""
    return " ".join(str(text) for text in body.stream_block.get_searchable_content(body))


def reading_minutes(*texts):
    words = word_count(*texts)
    return max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else 0
