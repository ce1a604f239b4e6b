"""Replays the index updates the search engine missed while it was unreachable.

Run it (e.g. every few minutes from cron or the container scheduler) once the engine
is back; `search_reindex` settles the same list as part of a full rebuild.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from modelsearch.backends import get_search_backend

from search.engines import NEUTRAL
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Sends the search engine the updates it missed while it was down."

    def handle(self, *args, **options):
        if not settings.SEARCH_URL:
            self.stdout.write("No search engine configured (SEARCH_URL): nothing to catch up.")
            return
        backend = get_search_backend("default")
        if not backend.ping():
            raise CommandError("The search engine still does not answer; try again later.")
        done = 0
        for pending in PendingIndexUpdate.objects.select_related("content_type").order_by("pk"):
            model = pending.content_type.model_class()
            obj = model.objects.filter(pk=pending.object_id).first() if model else None
            if obj is not None and pending.action == PendingIndexUpdate.INDEX:
                indexed = obj.get_indexed_instance()
                if indexed is not None:
                    backend.get_index_for_object(indexed).add_item(indexed)
            elif model is not None:
                stub = model(pk=pending.object_id)
                index = backend.get_language_index(model, pending.language or NEUTRAL)
                if index.exists():
                    index.delete_item(stub)
            pending.delete()
            done += 1
        backend.refresh_indexes()
        self.stdout.write(f"{done} missed update(s) sent to the search engine.")
