"""Deletes contact form messages older than their form's retention period (run daily)."""

from django.core.management.base import BaseCommand

from referral.models import ContactFormPage


class Command(BaseCommand):
    help = "Deletes contact form submissions kept longer than their page's retention period."

    def handle(self, *args, **options):
        total = 0
        for page in ContactFormPage.objects.all():
            deleted, _details = page.expired_submissions().delete()
            total += deleted
        self.stdout.write(f"Deleted {total} expired contact form submission(s).")
