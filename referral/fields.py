"""A model field holding several codes from a fixed list, filterable on every database."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.lookups import Contains
from django.utils.translation import gettext_lazy as _

SEPARATOR = ","


class ChoiceListField(models.TextField):
    """Codes stored as ",shelter,legal_aid," so that `services__has="shelter"` finds one
    code with a plain LIKE on SQLite and PostgreSQL alike (no ArrayField on SQLite, and
    wagtail-localize does not translate many-to-many relations). The separators on both
    ends keep "men" from matching "women"."""

    description = _("Several choices")

    def __init__(self, *args, options=(), **kwargs):
        self.options = list(options)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["options"] = self.options
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, list | tuple):
            return [str(code) for code in value]
        return [code for code in str(value).split(SEPARATOR) if code]

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            codes = [str(code) for code in value if code]
            return f"{SEPARATOR}{SEPARATOR.join(codes)}{SEPARATOR}" if codes else ""
        return super().get_prep_value(value)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        known = {code for code, _label in self.options}
        unknown = [code for code in value if code not in known]
        if unknown:
            raise ValidationError(
                _("Unknown choice: %(codes)s."), params={"codes": ", ".join(unknown)}
            )
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.options,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        return form_class(**defaults)

    def labels(self, codes):
        """The labels of `codes` in the active language, in the list's order."""
        names = dict(self.options)
        return [names[code] for code, _label in self.options if code in codes]


@ChoiceListField.register_lookup
class Has(Contains):
    """`field__has="code"`: the list contains this code."""

    lookup_name = "has"

    def get_prep_lookup(self):
        return f"{SEPARATOR}{self.rhs}{SEPARATOR}"

    def get_rhs_op(self, connection, rhs):
        return connection.operators["contains"] % rhs
