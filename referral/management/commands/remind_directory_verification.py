"""E-mails the editors the directory entries due for verification (run it weekly from cron)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from referral.models import Organisation, verification_cutoff

EDITOR_GROUPS = ("Editors", "Moderators")


def editor_addresses():
    """Active editors and moderators (and superusers) with an e-mail address."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=EDITOR_GROUPS) | Q(is_superuser=True))
        .exclude(email="")
        .distinct()
        .order_by("email")
    )
    return list(dict.fromkeys(user.email for user in users))


class Command(BaseCommand):
    help = "E-mails editors the directory entries last verified more than a year ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the list instead of sending it."
        )

    def handle(self, *args, **options):
        entries = Organisation.due_for_verification()
        if not entries:
            self.stdout.write("No directory entry is due for verification.")
            return
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        edit_url_name = Organisation.snippet_viewset.get_url_name("edit")
        with translation.override(settings.LANGUAGE_CODE):
            lines = [
                {
                    "entry": entry,
                    "url": base_url + reverse(edit_url_name, args=[entry.pk]),
                }
                for entry in entries
            ]
            context = {
                "lines": lines,
                "cutoff": verification_cutoff(),
                "report_url": base_url + reverse("referral_verification_report"),
            }
            subject = render_to_string("referral/email/verification_subject.txt", context).strip()
            body = render_to_string("referral/email/verification_body.txt", context)
        recipients = editor_addresses()
        if options["dry_run"]:
            self.stdout.write(body)
            return
        if not recipients:
            self.stderr.write("No editor has an e-mail address: nothing sent.")
            return
        send_mail(subject, body, None, recipients)
        self.stdout.write(
            f"Sent the list of {len(entries)} entries due for verification "
            f"to {len(recipients)} editor(s)."
        )
