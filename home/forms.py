"""The admin's upload forms: files must be what their names say."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .uploads import content_matches_extension


class SiteDocumentForm(BaseDocumentForm):
    """Wagtail checks a document's extension only."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and not content_matches_extension(upload):
            raise forms.ValidationError(
                _("The file's content does not match its type."), code="content"
            )
        return upload


class CheckedImageField(WagtailImageField):
    """Wagtail's image field lets Pillow's error about a file it cannot read (a truncated
    JPEG) escape as a server error: it is the form error for a file that is no image."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            raise forms.ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class SiteImageForm(BaseImageForm):
    file = CheckedImageField(label=_("File"))
