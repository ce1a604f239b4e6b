"""Request-level guards of the forum."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from machina.apps.forum_permission.handler import PermissionHandler

from .access import is_member, needs_second_factor

# Every namespace of machina's URLs, and our search that stands in for machina's.
FORUM_NAMESPACES = {
    "forum",
    "forum_conversation",
    "forum_member",
    "forum_moderation",
    "forum_feeds",
    "forum_tracking",
    "forum_search",
}
# Where moderators and editors act: they need a second factor there.
SECOND_FACTOR_PREFIXES = ("/admin/", "/django-admin/")
SECOND_FACTOR_NAMESPACES = {"forum_moderation"}


class ForumPermissionHandlerMiddleware:
    """Gives each request machina's permission handler (it caches per request).

    machina's own middleware also stores a random key in the session of every anonymous
    visitor, which would set a session cookie on every page of the public site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.forum_permission_handler = PermissionHandler()
        return self.get_response(request)


def closed_response(request):
    application = getattr(request.user, "expert_application", None)
    return TemplateResponse(
        request, "expert_forum/closed.html", {"application": application}, status=403
    )


class ForumGateMiddleware:
    """Nobody but vetted members reaches any forum URL: visitors are asked to log in,
    pending, rejected and revoked accounts are told why they cannot enter (403)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not FORUM_NAMESPACES.intersection(match.namespaces):
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_member(request.user):
            return closed_response(request)
        return None


def has_second_factor(user):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import is_mfa_enabled

    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


def second_factor_redirect(request):
    messages.warning(
        request,
        _(
            "Moderators and editors must protect their account with a second factor. "
            "Set up an authenticator app to continue."
        ),
    )
    return redirect("mfa_activate_totp")


class SecondFactorRequiredMiddleware:
    """Moderators and editors without TOTP are sent to set it up before they reach the
    admin or the moderation views (views marked `requires_second_factor` too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(settings, "FORUM_MFA_ENFORCED", True):
            return None
        user = request.user
        if not needs_second_factor(user):
            return None
        match = request.resolver_match
        protected = (
            request.path.startswith(SECOND_FACTOR_PREFIXES)
            or getattr(view_func, "requires_second_factor", False)
            or (match is not None and SECOND_FACTOR_NAMESPACES.intersection(match.namespaces))
        )
        if protected and not has_second_factor(user):
            return second_factor_redirect(request)
        return None
