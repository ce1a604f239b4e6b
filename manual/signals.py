"""Publishing a chapter, a part, the glossary or a glossary term makes the PDF stale."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import (
    GlossaryPage,
    GlossaryTerm,
    ManualChapterPage,
    ManualIndexPage,
    ManualPartPage,
)
from .pdf import mark_stale, schedule_build

MANUAL_PAGE_TYPES = (ManualIndexPage, ManualPartPage, ManualChapterPage, GlossaryPage)


def _manual_of(page):
    if isinstance(page, ManualIndexPage):
        return page
    return ManualIndexPage.objects.ancestor_of(page).order_by("-depth").first()


def _page_changed(sender, instance, **kwargs):
    if not isinstance(instance, MANUAL_PAGE_TYPES):
        return
    index = _manual_of(instance)
    if index is not None:
        mark_stale(index.pk)
        schedule_build(index.pk)


for page_type in MANUAL_PAGE_TYPES:
    page_published.connect(_page_changed, sender=page_type, dispatch_uid=f"pdf-pub-{page_type}")
    page_unpublished.connect(_page_changed, sender=page_type, dispatch_uid=f"pdf-unpub-{page_type}")


@receiver(post_save, sender=GlossaryTerm, dispatch_uid="pdf-glossary-save")
@receiver(post_delete, sender=GlossaryTerm, dispatch_uid="pdf-glossary-delete")
def _term_changed(sender, instance, **kwargs):
    for index in ManualIndexPage.objects.filter(locale_id=instance.locale_id):
        mark_stale(index.pk)
        schedule_build(index.pk)
