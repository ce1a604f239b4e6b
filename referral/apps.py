from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralConfig(AppConfig):
    name = "referral"
    verbose_name = _("Referral mechanism")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.registry import register

        from .models import Organisation

        # Directory entries are snippets, not pages: public search finds them only
        # once they are registered (pages are found on their own).
        register(Organisation)
