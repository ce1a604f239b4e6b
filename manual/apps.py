from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ManualConfig(AppConfig):
    name = "manual"
    verbose_name = _("Training manual")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.glossary import register_glossary
        from search.registry import register

        from . import signals  # noqa: F401  (publishing a chapter marks its PDF stale)
        from .models import GlossaryTerm

        # Glossary terms are search results, and the bridge between the languages.
        register(GlossaryTerm)
        register_glossary(GlossaryTerm)
