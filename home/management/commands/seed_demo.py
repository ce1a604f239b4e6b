from django.core.management.base import BaseCommand

from home.demo.seed import seed_demo


class Command(BaseCommand):
    help = "Creates the demo site in English, Hungarian, Dutch and French; safe to run again."

    def handle(self, *args, **options):
        seed_demo(self.stdout)
