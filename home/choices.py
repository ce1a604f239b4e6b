from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    HUNGARY = "HU", _("Hungary")
    BELGIUM = "BE", _("Belgium")
    NETHERLANDS = "NL", _("Netherlands")


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
