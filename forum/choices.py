from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    NGO = "ngo", _("NGO or victim support service")
    POLICE = "police", _("Police")
    LABOUR_INSPECTORATE = "labour", _("Labour inspectorate")
    PROSECUTION = "prosecution", _("Prosecution or judiciary")
    SOCIAL_SERVICES = "social", _("Social services")
    CONSULATE = "consulate", _("Embassy or consulate")
    IMMIGRATION = "immigration", _("Immigration or asylum authority")
    GOVERNMENT = "government", _("Ministry or national coordinator")
    INTERNATIONAL = "international", _("International organisation")
    OTHER = "other", _("Other public or professional body")


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    REVOKED = "revoked", _("Access revoked")


class DecisionKind(models.TextChoices):
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    REVOKED = "revoked", _("Access revoked")
