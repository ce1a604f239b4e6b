"""Template helpers of the forum: accessible form fields, forum names in the reader's
language, authors' verified badges, and post bodies cleaned once more on the way out."""

from django import forms, template
from django.utils.safestring import mark_safe

from ..markup import clean_html
from ..structure import forum_description, forum_label
from ..urls_helpers import post_url, topic_path

register = template.Library()


@register.filter
def forum_name(forum):
    return forum_label(forum)


@register.filter
def forum_intro(forum):
    return forum_description(forum)


@register.filter
def post_body(post):
    """The post's HTML, cleaned again with the allow-list: posts rendered before a change
    of the rules (or by anything else) never reach the page unclean."""
    return mark_safe(clean_html(str(post.content.rendered or "")))  # noqa: S308 - cleaned


@register.filter
def topic_link(topic):
    return topic_path(topic)


@register.filter
def post_link(post):
    return post_url(post)


@register.inclusion_tag("expert_forum/includes/badges.html")
def member_badges(user):
    application = getattr(user, "expert_application", None) if user else None
    if application is None or not application.is_approved:
        return {"organisation_type": "", "country": ""}
    return {
        "organisation_type": application.get_verified_organisation_type_display(),
        "country": application.get_verified_country_display(),
    }


def _kind(field):
    widget = field.field.widget
    if isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
        return "choices"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    return "input"


@register.inclusion_tag("expert_forum/includes/field.html")
def form_field(field):
    """A labelled field whose help text and errors are tied to it (aria-describedby)."""
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-help")
    if field.errors:
        described.append(f"{field.auto_id}-errors")
    attrs = {}
    if described and _kind(field) != "choices":
        attrs["aria-describedby"] = " ".join(described)
    if field.errors and _kind(field) != "choices":
        attrs["aria-invalid"] = "true"
    return {
        "field": field,
        "kind": _kind(field),
        "widget": field.as_widget(attrs=attrs),
        "described": " ".join(described),
    }


@register.filter
def markdown_preview(text):
    from ..markup import render_markdown

    return mark_safe(render_markdown(text or ""))  # noqa: S308 - cleaned by render_markdown
