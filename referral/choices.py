"""The fixed vocabularies of the referral mechanism: stored as codes, shown in the
reader's language through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.choices import Country  # noqa: F401 - re-exported: the three countries


class OrganisationType(models.TextChoices):
    NGO = "ngo", _("Non-governmental organisation")
    SHELTER = "shelter", _("Shelter")
    POLICE = "police", _("Police unit")
    LABOUR_INSPECTORATE = "labour_inspectorate", _("Labour inspectorate")
    PROSECUTION = "prosecution", _("Prosecution service")
    CONSULATE = "consulate", _("Embassy or consulate")
    RETURN_AGENCY = "return_agency", _("Return and reintegration agency")
    HOTLINE = "hotline", _("Hotline")
    CHILD_PROTECTION = "child_protection", _("Child protection")
    LEGAL_AID = "legal_aid", _("Legal aid")


class Service(models.TextChoices):
    SHELTER = "shelter", _("Shelter")
    LEGAL_AID = "legal_aid", _("Legal aid")
    MEDICAL = "medical", _("Medical care")
    PSYCHOLOGICAL = "psychological", _("Psychological support")
    INTERPRETATION = "interpretation", _("Interpretation")
    IDENTIFICATION = "identification", _("Identification of victims")
    SAFE_RETURN = "safe_return", _("Safe return")
    REINTEGRATION = "reintegration", _("Reintegration")
    HOTLINE = "hotline", _("24/7 hotline")


class TargetGroup(models.TextChoices):
    WOMEN = "women", _("Women")
    MEN = "men", _("Men")
    CHILDREN = "children", _("Children")
    LABOUR = "labour", _("Labour exploitation")
    SEXUAL = "sexual", _("Sexual exploitation")
    CRIMINAL = "criminal", _("Criminal exploitation")


class SpokenLanguage(models.TextChoices):
    """Languages an organisation can help in: the project's four and those most
    victims identified in the three countries speak (ISO 639 codes)."""

    ENGLISH = "en", _("English")
    HUNGARIAN = "hu", _("Hungarian")
    DUTCH = "nl", _("Dutch")
    FRENCH = "fr", _("French")
    GERMAN = "de", _("German")
    ROMANIAN = "ro", _("Romanian")
    BULGARIAN = "bg", _("Bulgarian")
    POLISH = "pl", _("Polish")
    SLOVAK = "sk", _("Slovak")
    ROMANI = "rom", _("Romani")
    RUSSIAN = "ru", _("Russian")
    UKRAINIAN = "uk", _("Ukrainian")
    SPANISH = "es", _("Spanish")
    PORTUGUESE = "pt", _("Portuguese")
    ARABIC = "ar", _("Arabic")
    CHINESE = "zh", _("Chinese")
    VIETNAMESE = "vi", _("Vietnamese")
    TIGRINYA = "ti", _("Tigrinya")


class Situation(models.TextChoices):
    """The situations a referral pathway describes."""

    RETURN = "return", _("The victim wants to return home")
    STAY = "stay", _("The victim stays and cooperates with the authorities")
    CHILD = "child", _("The victim is a child")


class Exploitation(models.TextChoices):
    LABOUR = "labour", _("Labour exploitation")
    SEXUAL = "sexual", _("Sexual exploitation")
    CRIMINAL = "criminal", _("Forced criminal activities")
    OTHER = "other", _("Another form, or not yet known")


class Need(models.TextChoices):
    RETURN = "return", _("To return home safely")
    STAY = "stay", _("To stay, recover and cooperate with the authorities")


class Age(models.TextChoices):
    ADULT = "adult", _("An adult")
    CHILD = "child", _("A child (under 18)")
    UNKNOWN = "unknown", _("Not sure")


#: The victim's country in the finder: one of the three, or elsewhere.
OTHER_COUNTRY = "other"
