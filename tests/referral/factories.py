"""Factories for the referral app: directory entries, in the default language."""

import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from referral.models import Organisation


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test organisation {n}")
    locale = factory.LazyFunction(Locale.get_default)
    organisation_type = "ngo"
    country = "HU"
    city = "Budapest"
    description = "Helps victims of trafficking."
    services = factory.LazyFunction(lambda: ["shelter"])
    target_groups = factory.LazyFunction(lambda: ["women"])
    languages = factory.LazyFunction(lambda: ["hu", "en"])
    phone = "+36 1 555 0199"
    email = "test@example.org"
    last_verified = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))

    class Meta:
        model = Organisation
