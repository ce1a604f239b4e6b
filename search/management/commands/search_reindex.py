"""Rebuilds the search indices from the database without search ever going empty.

On the search engine, every language index of every model is built anew under a
fresh name, filled, then swapped in behind its alias in one step. The database
backend (the engine's fallback, or the only backend without SEARCH_URL) is rebuilt
too. Updates queued while the engine was unreachable are then settled.
"""

import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.crypto import get_random_string
from modelsearch.backends import get_search_backend
from modelsearch.backends.base import get_model_root

from search.engines import NEUTRAL, indexed_models, is_translatable
from search.models import PendingIndexUpdate

CHUNK_SIZE = 500


class Progress:
    """A progress bar on a terminal, a line per tenth otherwise (logs, CI)."""

    WIDTH = 30

    def __init__(self, stdout, label, total):
        self.stdout, self.label, self.total = stdout, label, total
        self.done = 0
        self.tty = hasattr(stdout, "isatty") and stdout.isatty()
        self.reported_tenth = -1

    def advance(self, count):
        self.done += count
        fraction = self.done / self.total if self.total else 1
        if self.tty:
            filled = int(self.WIDTH * fraction)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            self.stdout.write(f"\r{self.label:<40} [{bar}] {self.done}/{self.total}", ending="")
        elif int(fraction * 10) > self.reported_tenth:
            self.reported_tenth = int(fraction * 10)
            self.stdout.write(f"{self.label:<40} {self.done}/{self.total}")

    def finish(self):
        if self.tty:
            self.stdout.write("")


def objects_in_language(model, language):
    """The objects of `model` that belong in the index of `language`."""
    queryset = model.get_indexed_objects().order_by("pk")
    if is_translatable(model):
        return queryset.filter(locale__language_code=language)
    if hasattr(model, "search_language"):
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        if language == NEUTRAL:
            return queryset.exclude(language__in=codes)
        return queryset.filter(language=language)
    return queryset


def chunks(queryset, size):
    batch = []
    for obj in queryset.iterator(chunk_size=size):
        batch.append(obj)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Command(BaseCommand):
    help = "Rebuilds every search index (engine and database) and swaps them in atomically."

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine-only", action="store_true", help="Leave the database backend's index alone."
        )

    def handle(self, *args, **options):
        started = timezone.now()
        began = time.monotonic()
        if settings.SEARCH_URL:
            backend = get_search_backend("default")
            if not backend.ping():
                raise CommandError(f"The search engine at {settings.SEARCH_URL} does not answer.")
            count = self.rebuild_engine(backend)
            PendingIndexUpdate.objects.filter(created_at__lte=started).delete()
            self.stdout.write(f"Search engine: {count} objects indexed.")
        if not options["engine_only"]:
            name = "database" if settings.SEARCH_URL else "default"
            call_command("wagtail_update_index", backend_name=name, verbosity=0)
            self.stdout.write(f"Database search index rebuilt ({name} backend).")
        self.stdout.write(f"Done in {time.monotonic() - began:.1f} s.")

    def rebuild_engine(self, backend):
        models_by_root = {}
        for model in indexed_models():
            models_by_root.setdefault(get_model_root(model), []).append(model)
        total = 0
        for root, models in models_by_root.items():
            for alias in backend.indexes_for_model(root):
                new_index = backend.index_class(
                    backend,
                    f"{alias.name}_{get_random_string(7).lower()}",
                    language=alias.language,
                    root_model=root,
                )
                new_index.put()
                for model in models:
                    new_index.add_model(model)
                querysets = [
                    (model, objects_in_language(model, alias.language)) for model in models
                ]
                progress = Progress(
                    self.stdout, alias.name, sum(qs.count() for _m, qs in querysets)
                )
                for model, queryset in querysets:
                    for batch in chunks(queryset, CHUNK_SIZE):
                        new_index.add_items(model, batch)
                        progress.advance(len(batch))
                progress.finish()
                new_index.refresh()
                backend.replace_with(alias.name, new_index.name)
                total += progress.done
        sys.stdout.flush()
        return total
