"""A chapter side by side in two languages, block beside block.

wagtail-localize keeps a block's id in every translation, so the rows are aligned
by block id: a mixed team can point at "the same paragraph" by its anchor, which is
the same in both columns and in the single-language pages.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .richtext import glossary_ids, glossary_resolver


def language_name(code):
    return translation.get_language_info(code)["name_local"]


def compare_languages():
    return [(code, language_name(code)) for code, _name in settings.LANGUAGES]


def default_other_language(code):
    """The language offered beside `code`: English, or for English the next one."""
    codes = [language for language, _name in settings.LANGUAGES]
    if code != settings.LANGUAGE_CODE:
        return settings.LANGUAGE_CODE
    return codes[1] if len(codes) > 1 else code


def _render_cell(request, item, code, chapter):
    """One block, rendered in its own language (glossary links, labels and all)."""
    with translation.override(code):
        return render_to_string(
            "manual/includes/body_block.html",
            {
                "item": item,
                "anchor": f"{code}-{item.anchor}",
                "page": chapter,
                "request": request,
            },
        )


def compare_context(request, chapter):
    """The template context and HTTP status of the side-by-side view."""
    codes = [code for code, _name in settings.LANGUAGES]
    left = request.GET.get("left") or chapter.locale.language_code
    right = request.GET.get("right") or default_other_language(left)
    context = {
        "page": chapter,
        "self": chapter,
        "manual_index": chapter.manual_index,
        "entry": chapter.outline_entry,
        "compare_languages": compare_languages(),
        "left": left,
        "right": right,
        "errors": [],
        "rows": [],
    }
    unknown = [code for code in (left, right) if code not in codes]
    if unknown:
        context["errors"].append(
            _("“%(codes)s” is not a language of this site. Choose two from the lists.")
            % {"codes": ", ".join(unknown)}
        )
        context["left"], context["right"] = (
            chapter.locale.language_code,
            default_other_language(chapter.locale.language_code),
        )
        return context, 400

    versions = {
        version.locale.language_code: version
        for version in chapter.get_translations(inclusive=True)
        .live()
        .public()
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .specific()
    }
    missing = [code for code in (left, right) if code not in versions]
    for code in missing:
        context["errors"].append(
            _("This chapter has not been translated into %(language)s yet.")
            % {"language": language_name(code)}
        )
    context["versions"] = {code: versions.get(code) for code in (left, right)}
    if missing:
        return context, 200

    for code in (left, right):
        with translation.override(code):
            glossary_resolver(request=request).prefetch(glossary_ids(versions[code].body))
    left_items = versions[left].body_items
    right_items = {str(item.block.id): item for item in versions[right].body_items}
    rows = []
    for item in left_items:
        other = right_items.pop(str(item.block.id), None)
        rows.append(_row(request, item, other, left, right, versions))
    for other in right_items.values():  # blocks only the right-hand version has
        rows.append(_row(request, None, other, left, right, versions))
    context["rows"] = rows
    context["left_page"], context["right_page"] = versions[left], versions[right]
    return context, 200


def _row(request, left_item, right_item, left, right, versions):
    anchor_item = left_item or right_item
    return {
        "anchor": f"row-{anchor_item.anchor}",
        "left": _render_cell(request, left_item, left, versions[left]) if left_item else "",
        "right": _render_cell(request, right_item, right, versions[right]) if right_item else "",
    }
