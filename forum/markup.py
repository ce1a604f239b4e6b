"""Posts in Markdown, rendered safely.

markdown2's `safe_mode` (what machina uses) lets known payloads through, and machina
marks its output safe. Here raw HTML is escaped by markdown2 and the result is cleaned
with an allow-list (nh3): no script, no event handler, no style, no image (an image
would make the reader's browser call another site), and links only to http(s) and mailto.
"""

import markdown2
import nh3

ALLOWED_TAGS = {
    "a",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
EXTRAS = {"break-on-newline": True, "cuddled-lists": None, "strike": None}


def clean_html(html):
    """The allow-listed part of `html`: what may reach a page."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text, **kwargs):
    """machina's markup callable (MACHINA_MARKUP_LANGUAGE): Markdown to clean HTML."""
    html = markdown2.markdown(text or "", safe_mode="escape", extras=EXTRAS)
    return clean_html(str(html)).strip()
