"""Translating demo content the way editors do, through wagtail-localize.

An app's demo writes its English content with `Catalogue.add(T(...))`, which records
the Hungarian, Dutch and French versions of each string; `translate_instance` then
makes each missing translation from the object's wagtail-localize source with every
string translated and publishes it. The demo objects stay linked to their source, so
editors can go on in the translation editor.
"""

from django.core.management.base import CommandError
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

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

    def paragraphs(self, texts, tag="p"):
        """Rich text made of one <p> (or <li>) per T, registered for translation."""
        return "".join(f"<{tag}>{self.add(text)}</{tag}>" for text in texts)

    def translate_instance(self, instance):
        """Creates and publishes every missing translation of a page or snippet.

        Parents must be translated before their children (walk pages in tree order).
        Not inside an outer transaction: wagtail-localize publishes a translated page
        when its transaction commits, from an object that would by then be stale.
        """
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
                entry.msgstr = self.translate(entry.msgid, code)
            with transaction.atomic():
                translation.import_po(po, tool_name=SEED_TOOL_NAME)
                translation.save_target(publish=True)
