from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    # The package is not called `events`: that name belongs to a library that
    # opensearch-py imports (PyPI "Events"), and a folder of that name in the checkout
    # would shadow it. The app keeps the label `events` (tables, templates, URLs).
    name = "ravot_events"
    label = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
