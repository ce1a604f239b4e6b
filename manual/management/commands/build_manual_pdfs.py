"""Builds the manual's PDF in each language and says how long each took."""

import time

from django.core.management.base import BaseCommand

from manual.models import ManualIndexPage, ManualPdf
from manual.pdf import build_manual_pdf


class Command(BaseCommand):
    help = "Builds the PDF of the whole manual in every language (or only the out-of-date ones)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale-only",
            action="store_true",
            help="only languages whose PDF is missing or out of date (for a scheduled job)",
        )

    def handle(self, *args, stale_only=False, **options):
        indexes = ManualIndexPage.objects.live().select_related("locale").order_by("path")
        for index in indexes:
            record = ManualPdf.objects.filter(index_page=index).first()
            if stale_only and record is not None and record.available and not record.stale:
                continue
            started = time.perf_counter()
            record = build_manual_pdf(index)
            self.stdout.write(
                f"{index.locale.language_code}: {record.page_count} pages, "
                f"{record.file_size / 1024:.0f} KiB, rendered in {record.build_seconds:.2f} s "
                f"({time.perf_counter() - started:.2f} s with storing)"
            )
