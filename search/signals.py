"""Keeps the index true when something changes that Wagtail does not reindex itself."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelsearch.index import insert_or_update_object
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction


@receiver([post_save, post_delete], sender=PageViewRestriction)
def reindex_restricted_pages(instance, **kwargs):
    """A restriction on a page hides it and every page below it."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    for descendant in page.get_descendants(inclusive=True).specific().iterator():
        insert_or_update_object(descendant)


@receiver([post_save, post_delete], sender=CollectionViewRestriction)
def reindex_restricted_documents(instance, **kwargs):
    collection = instance.collection
    documents = get_document_model().objects.filter(collection__path__startswith=collection.path)
    for document in documents.iterator():
        insert_or_update_object(document)
