"""Template helpers of the manual: rich text with glossary tooltips, choice labels."""

from django import template
from django.utils.safestring import mark_safe

from ..choices import IndicatorCategory, Jurisdiction
from ..richtext import glossary_resolver, glossary_tooltips

register = template.Library()


@register.simple_tag(takes_context=True)
def manual_richtext(context, value):
    """Rich text as the reader sees it: glossary terms get their definition as a tooltip
    (or, in the PDF, a link to the glossary at the end of the document)."""
    html = value.__html__() if hasattr(value, "__html__") else str(value or "")
    return mark_safe(  # noqa: S308  (Wagtail's rich-text output, rewritten by our own pattern)
        glossary_tooltips(
            html,
            glossary_resolver(context),
            id_prefix=context.get("anchor", ""),
            for_print=bool(context.get("pdf")),
        )
    )


@register.filter
def indicator_category(value):
    try:
        return IndicatorCategory(value).label
    except ValueError:
        return value


@register.filter
def jurisdiction(value):
    try:
        return Jurisdiction(value).label
    except ValueError:
        return value
