from django.conf import settings
from django.db import connection
from django.http import HttpResponse


def policy_header(directives):
    """A Content-Security-Policy from a dict of directive -> sources (none: a bare directive)."""
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def permissions_header(features):
    """A Permissions-Policy from a dict of feature -> allowlist, e.g. {"camera": "()"}."""
    return ", ".join(f"{feature}={allowlist}" for feature, allowlist in features.items())


class SecurityHeadersMiddleware:
    """The headers every response carries: those Django's SecurityMiddleware does not
    set (Content-Security-Policy, Permissions-Policy) and, because this middleware is the
    outermost, Django's own ones on answers given before SecurityMiddleware runs (the
    health check). A view that sets a header itself (forum attachments: a sandbox;
    the get-help page: no-referrer) keeps its value.

    The Wagtail and Django admins get a policy of their own: Wagtail's widgets still
    write inline scripts and styles. Pages a victim may read (settings.NO_REFERRER_PAGE_TYPES
    and NO_REFERRER_VIEWS) send no referrer at all."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = policy_header(settings.CONTENT_SECURITY_POLICY)
        self.admin_policy = policy_header(settings.CONTENT_SECURITY_POLICY_ADMIN)
        self.admin_paths = tuple(settings.CONTENT_SECURITY_POLICY_ADMIN_PATHS)
        self.headers = {
            "Permissions-Policy": permissions_header(settings.PERMISSIONS_POLICY),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": settings.SECURE_REFERRER_POLICY,
            "Cross-Origin-Opener-Policy": settings.SECURE_CROSS_ORIGIN_OPENER_POLICY,
        }
        self.no_referrer_types = set(settings.NO_REFERRER_PAGE_TYPES)
        self.no_referrer_views = set(settings.NO_REFERRER_VIEWS)

    def __call__(self, request):
        response = self.get_response(request)
        admin = request.path.startswith(self.admin_paths)
        response.headers.setdefault(
            "Content-Security-Policy", self.admin_policy if admin else self.public_policy
        )
        for name, value in self.headers.items():
            response.headers.setdefault(name, value)
        return response

    def process_template_response(self, request, response):
        # Wagtail serves pages (routable ones too) as TemplateResponses with the page in
        # their context; a cache that stores the response keeps the header with it.
        if self.for_victims(request, (response.context_data or {}).get("page")):
            response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def for_victims(self, request, page):
        match = request.resolver_match
        if match is not None and match.view_name in self.no_referrer_views:
            return True
        meta = getattr(page, "_meta", None)  # the search page's "page" is a paginator's
        return meta is not None and meta.label_lower in self.no_referrer_types


class HealthCheckMiddleware:
    """Answers /healthz before host validation, so the proxy and the container
    runtime can probe each app server by its address; checks the database too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            return HttpResponse("ok", content_type="text/plain")
        return self.get_response(request)
