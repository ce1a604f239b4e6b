"""The small inline markup of the import format and the demo texts.

`**bold**`, `*italic*`, `[text](https://…)` and `[[term-key|text]]` (a glossary term,
`[[term-key]]` shows the term itself). Everything else is text and is escaped.
"""

import re

from django.utils.html import escape

GLOSSARY_MARK = re.compile(r"\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]")
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+|mailto:[^)\s]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


class UnknownTerm(ValueError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def glossary_links(html, resolve_term):
    """Replaces `[[key|text]]` with Wagtail's stored form of a glossary link.

    `resolve_term(key)` returns the term's primary key or None (then UnknownTerm).
    """

    def replace(match):
        key, text = match[1], match[2]
        pk = resolve_term(key)
        if pk is None:
            raise UnknownTerm(key)
        return f'<a linktype="glossary" id="{pk}">{text or key}</a>'

    return GLOSSARY_MARK.sub(replace, html)


def inline_html(text, resolve_term):
    """Inline markup to the HTML a Wagtail rich-text field stores."""
    html = escape(text)
    html = LINK.sub(lambda m: f'<a href="{m[2]}">{m[1]}</a>', html)
    html = BOLD.sub(r"<b>\1</b>", html)
    html = ITALIC.sub(r"<i>\1</i>", html)
    return glossary_links(html, resolve_term)
