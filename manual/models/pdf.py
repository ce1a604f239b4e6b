"""The stored PDF of the whole manual, one per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ManualPdf(models.Model):
    """The last PDF built of one language's manual, and whether it is out of date.

    Publishing a chapter marks it stale; a background build replaces the file, and
    the download view builds it on the spot if a reader comes first.
    """

    index_page = models.OneToOneField(
        "manual.ManualIndexPage",
        on_delete=models.CASCADE,
        related_name="pdf",
        verbose_name=_("manual"),
    )
    file = models.FileField(upload_to="manual/pdf/", blank=True, verbose_name=_("file"))
    file_size = models.PositiveIntegerField(default=0, verbose_name=_("size in bytes"))
    page_count = models.PositiveIntegerField(default=0, verbose_name=_("pages"))
    built_at = models.DateTimeField(null=True, blank=True, verbose_name=_("built"))
    build_seconds = models.FloatField(default=0, verbose_name=_("build time in seconds"))
    version = models.CharField(max_length=20, blank=True, verbose_name=_("manual version"))
    stale = models.BooleanField(default=True, verbose_name=_("out of date"))

    class Meta:
        verbose_name = _("manual PDF")
        verbose_name_plural = _("manual PDFs")

    def __str__(self):
        return f"{self.index_page} ({self.index_page.locale.language_code})"

    @property
    def available(self):
        return bool(self.file) and self.file_size > 0
