"""The embedded default behind `make run`: one machine, SQLite, database search."""

from .base import *  # noqa: F403

# A key for this checkout only, kept in var/ so sessions survive restarts.
if not SECRET_KEY:
    from django.core.management.utils import get_random_secret_key

    VAR_DIR.mkdir(parents=True, exist_ok=True)
    _key_file = VAR_DIR / "secret_key"
    if not _key_file.exists():
        _key_file.write_text(get_random_secret_key())
        _key_file.chmod(0o600)
    SECRET_KEY = _key_file.read_text().strip()

SERVE_MEDIA = env_bool("SERVE_MEDIA", default=True)
