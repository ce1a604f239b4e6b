"""Imports the training manual from Markdown files (format: docs/manual-import.md)."""

from django.core.management.base import BaseCommand, CommandError

from manual.importer import Importer, ManualImportError, read_files
from manual.pdf import builds_paused, schedule_build


class Command(BaseCommand):
    help = (
        "Creates or updates manual pages in every language from Markdown files with front "
        "matter (a file or a folder of .md files). Nothing is written if any file is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="a .md file or a folder searched for .md files")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the files and write nothing"
        )

    def handle(self, *args, path, dry_run=False, **options):
        try:
            specs = read_files(path)
            importer = Importer(specs, stdout=self.stdout)
            if dry_run:
                importer.check()
                self.stdout.write(f"{len(specs)} file(s) checked: no errors.")
                return
            with builds_paused():
                report = importer.run()
        except ManualImportError as error:
            raise CommandError(str(error)) from error

        for label in report.created:
            self.stdout.write(f"created {label}")
        for label in report.updated:
            self.stdout.write(f"updated {label}")
        for label in report.moved:
            self.stdout.write(f"moved {label}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(specs)} file(s): {len(report.created)} created, "
                f"{len(report.updated)} updated, {len(report.unchanged)} unchanged."
            )
        )
        if report.created or report.updated or report.moved:
            from manual.models import ManualIndexPage

            languages = {label.split("/")[0] for label in report.created + report.updated}
            for index in ManualIndexPage.objects.filter(locale__language_code__in=languages):
                schedule_build(index.pk)
