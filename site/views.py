"""Site-wide views that are not Wagtail pages."""

import sys

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET

from home.sitemap import sitemap_entries


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_xml(request):
    return TemplateResponse(
        request,
        "sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )


@requires_csrf_token
def page_not_found(request, exception):
    return TemplateResponse(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # No context processors and no database: whatever failed may fail again.
    response = HttpResponseServerError(loader.get_template("500.html").render())
    if is_database_outage(sys.exc_info()[1]):
        # PostgreSQL is unreachable (restarting, failing over): a temporary outage, which
        # proxies and monitors should see as one. Connections come back on their own
        # (CONN_HEALTH_CHECKS) once it answers again.
        response.status_code = 503
        response["Retry-After"] = "5"
    return response


def is_database_outage(error):
    """A PostgreSQL connection that could not be made or was cut: psycopg's error has no
    SQLSTATE then, or one of class 08 (connection exception) or 57 (operator intervention:
    shutdown, restart). Errors of queries (and SQLite's "no such column", also an
    OperationalError) are bugs, and stay 500s."""
    if not isinstance(error, (OperationalError, InterfaceError)):
        return False
    cause = error.__cause__
    if not type(cause).__module__.startswith("psycopg"):
        return False
    code = getattr(cause, "pgcode", None)
    return code is None or code[:2] in {"08", "57"}


def login_through_accounts(request):
    """The admins' own login forms would skip the second factor: log in through allauth
    (which asks for it) and come back."""
    next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    next_url = next_url or request.path.rsplit("login/", 1)[0]
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
