"""Every events index, in whatever language and however created, opens to the organisers."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import EventIndexPage
from .permissions import grant_organisers


@receiver(post_save, sender=EventIndexPage, dispatch_uid="events-grant-organisers")
def open_new_index_to_organisers(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_organisers(instance)
