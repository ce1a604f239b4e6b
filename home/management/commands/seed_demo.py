from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import module_has_submodule


class Command(BaseCommand):
    help = "Creates the demo site in English, Hungarian, Dutch and French; safe to run again."

    def handle(self, *args, **options):
        # Each of our apps seeds its own part in a `demo.seed` module with a
        # `seed_demo(stdout)` function; INSTALLED_APPS order decides the order.
        for app_config in apps.get_app_configs():
            ours = Path(app_config.path).is_relative_to(settings.BASE_DIR)
            if ours and module_has_submodule(app_config.module, "demo"):
                import_module(f"{app_config.name}.demo.seed").seed_demo(self.stdout)
