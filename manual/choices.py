from django.db import models
from django.utils.translation import gettext_lazy as _


class IndicatorCategory(models.TextChoices):
    GENERAL = "general", _("General indicators")
    LABOUR = "labour", _("Labour exploitation")
    SEXUAL = "sexual", _("Sexual exploitation")
    CRIMINALITY = "criminality", _("Forced criminality")
    CHILD = "child", _("Children")


class Jurisdiction(models.TextChoices):
    HUNGARY = "HU", _("Hungary")
    BELGIUM = "BE", _("Belgium")
    NETHERLANDS = "NL", _("Netherlands")
    EUROPEAN_UNION = "EU", _("European Union")
    COUNCIL_OF_EUROPE = "COE", _("Council of Europe")
    UNITED_NATIONS = "UN", _("United Nations")
