"""Who is a forum member, and what they may read, on top of machina's permissions.

The gate (middleware) lets only members through to the forum; machina's own permission
model (group grants made by the migrations) then decides forum by forum. Both have to
agree before anyone reads a word.
"""

from django.conf import settings
from machina.apps.forum.models import Forum
from machina.apps.forum_permission.handler import PermissionHandler

EXPERTS = "Experts"
MODERATORS = "Moderators"
EDITORS = "Editors"
MEMBER_GROUPS = (EXPERTS, MODERATORS)


def group_names(user):
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_forum_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._forum_group_names = cached
    return cached


def is_member(user):
    """Vetted experts and moderators (and superusers) may enter the forum at all."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or bool(group_names(user) & set(MEMBER_GROUPS))


def is_moderator(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or MODERATORS in group_names(user)


def needs_second_factor(user):
    """Moderators and editors (and superusers) must protect their account with TOTP."""
    if not user.is_authenticated:
        return False
    required = set(getattr(settings, "FORUM_MFA_REQUIRED_GROUPS", ()))
    return user.is_superuser or bool(group_names(user) & required)


def readable_forum_ids(user, handler=None):
    """The ids of the forums whose posts `user` may read (none for non-members)."""
    if not is_member(user):
        return []
    handler = handler or PermissionHandler()
    return list(handler.get_readable_forums(Forum.objects.all(), user).values_list("pk", flat=True))
