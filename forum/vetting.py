"""Decisions on applications: approval gives access, rejection and revocation take it
away at once (group, then every session)."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from .access import EXPERTS
from .choices import ApplicationStatus, DecisionKind
from .forms import DecisionForm
from .models import ApplicationDecision
from .notifications import send_decision


def end_sessions(user):
    """Ends every session of `user` (allauth.usersessions tracks them)."""
    from allauth.usersessions.models import UserSession

    for session in UserSession.objects.filter(user=user):
        session.end()


@transaction.atomic
def decide(application, decision, moderator, note="", organisation_type="", country=""):
    """Records a moderator's decision and applies it; returns the ApplicationDecision."""
    experts = Group.objects.get(name=EXPERTS)
    user = application.user
    if decision == DecisionForm.APPROVE:
        kind = DecisionKind.APPROVED
        application.status = ApplicationStatus.APPROVED
        application.verified_organisation_type = organisation_type
        application.verified_country = country
        user.groups.add(experts)
    else:
        kind = DecisionKind.REJECTED if decision == DecisionForm.REJECT else DecisionKind.REVOKED
        application.status = (
            ApplicationStatus.REJECTED
            if decision == DecisionForm.REJECT
            else ApplicationStatus.REVOKED
        )
        user.groups.remove(experts)
    application.save()
    record = ApplicationDecision.objects.create(
        application=application,
        kind=kind,
        note=note,
        decided_by=moderator,
        decided_at=timezone.now(),
    )
    if kind != DecisionKind.APPROVED:
        end_sessions(user)
    send_decision(application, record)
    return record
