"""Production settings are safe, and settings come from the environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What the test runner sets for the suite, which these settings checks must not see.
IGNORED_ENVIRONMENT = {
    "DATABASE_URL",
    "DEBUG",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "SEARCH_URL",
    "SEARCH_ENGINE",
    "SEARCH_INDEX_PREFIX",
}
STRONG_KEY = "k3Y-" + "x9Q!v7#pL2@mN5$rT8%wZ4^bC6&dF1*gH0(jK)" + "aS+eU-iO=yR"


def manage(*args, settings="ravot.settings.production", **env):
    environment = {
        key: value for key, value in os.environ.items() if key not in IGNORED_ENVIRONMENT
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings, VAR_DIR="/tmp/ravot-settings-test", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_check():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="ravot-eur.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "ravot-eur.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": STRONG_KEY}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_debug_is_off_unless_asked_for():
    off = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        settings="ravot.settings.dev",
    )
    on = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        settings="ravot.settings.dev",
        DEBUG="1",
    )
    assert off.stdout.strip().splitlines()[-1] == "False", off.stderr
    assert on.stdout.strip().splitlines()[-1] == "True", on.stderr


def test_services_are_chosen_by_the_environment():
    code = (
        "from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE']); "
        "print(settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']); "
        "print(settings.EMAIL_BACKEND)"
    )
    default = manage("shell", "-c", code, settings="ravot.settings.dev")
    assert default.stdout.split()[-3:] == [
        "django.db.backends.sqlite3",
        "wagtail.search.backends.database",
        "django.core.mail.backends.console.EmailBackend",
    ], default.stderr
    configured = manage(
        "shell",
        "-c",
        code,
        settings="ravot.settings.dev",
        DATABASE_URL="postgres://user:pw@db.example.org/ravot",
        SEARCH_URL="http://search.example.org:9200",
        SEARCH_ENGINE="opensearch",
        EMAIL_HOST="smtp.example.org",
    )
    assert configured.stdout.split()[-3:] == [
        "django.db.backends.postgresql",
        "search.engines.OpenSearchBackend",
        "django.core.mail.backends.smtp.EmailBackend",
    ], configured.stderr
