"""Settings shared by every way of running the site.

Everything that differs between machines comes from the environment; the
defaults give the embedded single-machine setup (SQLite in var/, database search).
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from machina import MACHINA_MAIN_TEMPLATE_DIR as MACHINA_TEMPLATES

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/ (imported as `ravot`)
BASE_DIR = PROJECT_DIR.parent  # the checkout
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def env_list(name, default=()):
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default)


# Off unless asked for: a forgotten DEBUG leaks settings and tracebacks.
DEBUG = env_bool("DEBUG")

# Only production insists on a real key (see production.py).
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "manual",
    "ravot_events",  # the events section (label `events`)
    "search",
    "referral",
    # The expert forum (label `expert_forum`: machina owns `forum`). Before machina and
    # allauth so that its templates and translations win over theirs.
    "forum",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",  # allauth's list of sessions (/accounts/sessions/) loads it
    # Accounts: sign-up with e-mail verification, TOTP with recovery codes, and a list of
    # each user's sessions (so that revoking an expert ends them all).
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    # The forum engine; machina.apps.forum_search is left out (it needs haystack with an
    # Elasticsearch 7 client): forum search is served by `forum` on the site's engine.
    "mptt",
    "machina",
    "machina.apps.forum",
    "machina.apps.forum_conversation",
    "machina.apps.forum_conversation.forum_attachments",
    "machina.apps.forum_conversation.forum_polls",
    "machina.apps.forum_feeds",
    "machina.apps.forum_moderation",
    "machina.apps.forum_tracking",
    "machina.apps.forum_member",
    "machina.apps.forum_permission",
]

MIDDLEWARE = [
    # Outermost, so that every response carries the security headers (the health check's too).
    "ravot.middleware.SecurityHeadersMiddleware",
    "ravot.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Stored pages for anonymous readers: before sessions and the view, after the
    # middleware that add security headers (so that stored pages get them too).
    "ravot.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After Session (it may read the language from it), before Common.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # allauth's login flows, and the sessions list that revocation ends.
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    # machina's permission handler on each request, without machina's own middleware
    # (which would give every anonymous reader of the site a session cookie).
    "forum.middleware.ForumPermissionHandlerMiddleware",
    # Only vetted experts reach the forum; moderators and editors need a second factor.
    "forum.middleware.ForumGateMiddleware",
    "forum.middleware.SecondFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "ravot.urls"
WSGI_APPLICATION = "ravot.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The forum's templates before machina's own (which they restyle); machina's
        # templates stay as a fallback for anything not overridden.
        "DIRS": [PROJECT_DIR / "templates", BASE_DIR / "forum" / "templates", MACHINA_TEMPLATES],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "machina.core.context_processors.metadata",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
# BigAutoField would make makemigrations write migrations into third-party apps
# (machina) in site-packages; our own apps set default_auto_field themselves.
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# A shared cache when several app servers run (CACHE_URL or REDIS_URL, a Redis server),
# a local one otherwise.
CACHE_URL = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL", "")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "pages",
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Files, not memory: every worker of the app server sees one generation
        # (ravot.page_cache), so a publish reaches them all.
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache" / "pages"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }
# Anonymous readers' pages are kept this long at most (0 turns the page cache off).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default and source language; every public URL carries a prefix.
LANGUAGE_CODE = "en"
USE_I18N = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [
    ("en", _("English")),
    ("hu", _("Hungarian")),
    ("nl", _("Dutch")),
    ("fr", _("French")),
]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
FORMAT_MODULE_PATH = ["ravot.formats"]
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

TIME_ZONE = "Europe/Budapest"
USE_TZ = True

# Static files: our sources in static/, collected into var/static and served by WhiteNoise.
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Serve uploads from Django itself only on a single machine without a proxy in front.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=False)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media on S3-compatible object storage when a bucket is named (several app servers
# then share uploads without a shared volume).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# Where pages may load uploaded images from besides this site (the Content-Security-Policy):
# an S3 endpoint or a media host.
MEDIA_ORIGINS = env_list(
    "MEDIA_ORIGINS",
    filter(None, [origin_of(MEDIA_URL), origin_of(os.environ.get("AWS_S3_ENDPOINT_URL", ""))]),
)

# E-mail: SMTP when EMAIL_HOST is given, printed to the console otherwise.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "RAVOT-EUR <no-reply@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [("Administrators", address) for address in env_list("ADMIN_EMAILS")]

# Search: Wagtail's database backend on one machine. SEARCH_URL points at an
# Elasticsearch 8 or OpenSearch cluster (SEARCH_ENGINE says which, see search/engines.py);
# the database backend is then kept up to date beside it, to answer while the engine
# is unreachable.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "elasticsearch8")
SEARCH_BACKENDS_BY_ENGINE = {
    "elasticsearch8": "search.engines.ES8SearchBackend",
    "opensearch": "search.engines.OpenSearchBackend",
}
DATABASE_SEARCH_BACKEND = {"BACKEND": "wagtail.search.backends.database"}
if SEARCH_URL:
    if SEARCH_ENGINE not in SEARCH_BACKENDS_BY_ENGINE:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE must be one of {', '.join(SEARCH_BACKENDS_BY_ENGINE)}."
        )
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKENDS_BY_ENGINE[SEARCH_ENGINE],
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "ravot_"),
            "TIMEOUT": 5,
        },
        "database": DATABASE_SEARCH_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}

# Wagtail
WAGTAIL_SITE_NAME = "RAVOT-EUR"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to wagtail.org
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # nor send editors' hashed e-mail addresses to Gravatar
WAGTAILDOCS_DOCUMENT_MODEL = "home.SiteDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.forms.SiteDocumentForm"  # content must match the type
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.SiteImageForm"  # unreadable images: a form error
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security defaults that hold everywhere; production.py adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites never learn which of our pages a reader came from.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Pages a victim may read send no referrer at all, not even to our own pages (the access
# logs then cannot chain their visit); the get-help page also says so itself.
NO_REFERRER_PAGE_TYPES = [
    "referral.gethelppage",
    "referral.directoryindexpage",
    "referral.pathwayindexpage",
    "referral.pathwaypage",
    "referral.comparisonpage",
    "referral.contactformpage",
]
# ... and so does the search page: its address holds what they looked for.
NO_REFERRER_VIEWS = ["search"]
# Content-Security-Policy (ravot.middleware.SecurityHeadersMiddleware): pages load only
# what this site serves and run no inline script: our scripts are files, and JSON-LD is a
# data block that browsers never run. data: images are allowed for the TOTP QR code.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# The admins still write inline scripts and styles (wagtail/wagtail#1288) and frame their
# own previews; scripts and everything else still come from this site only.
CONTENT_SECURITY_POLICY_ADMIN = {
    **CONTENT_SECURITY_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY_ADMIN_PATHS = ["/admin/", "/django-admin/"]
# No page of ours uses these browser features: a script that got in could not either.
PERMISSIONS_POLICY = {
    feature: "()"
    for feature in [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    ]
}
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # The search clients log every 404 (e.g. deleting a document never indexed) as a
    # warning; our own code logs what matters.
    "loggers": {
        "opensearch": {"level": "ERROR"},
        "elastic_transport.transport": {"level": "ERROR"},
    },
}

# Accounts (django-allauth): experts apply with their e-mail address, which must be verified.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",  # the Wagtail admin's permissions
    "allauth.account.auth_backends.AuthenticationBackend",  # login by e-mail address
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "expert_forum:account"
# The admin's own login form would skip the second factor: it sends people to allauth.
WAGTAILADMIN_LOGIN_URL = "account_login"
ACCOUNT_LOGIN_METHODS = {"email"}
# The username is the public forum name (machina shows usernames): chosen, not derived
# from the e-mail address.
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
# allauth's sign-up form with the application fields (forum.forms).
ACCOUNT_FORMS = {"signup": "forum.forms.ApplicationSignupForm"}
ACCOUNT_ADAPTER = "forum.adapters.AccountAdapter"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # mail scanners follow links: confirming takes a click
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True  # a changed password ends every session
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[RAVOT-EUR] "
ACCOUNT_EMAIL_NOTIFICATIONS = True  # tell people when their password or e-mail changes
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_USERNAME_BLACKLIST = ["admin", "administrator", "moderator", "ravot", "root", "staff"]
# Rate limits (kept in the default cache: REDIS_URL shares them between app servers).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "5/h/ip",
    "reset_password": "10/h/ip,3/h/key",
    "confirm_email": "1/3m/key",
    # posting in the forum (forum.views): bursts and floods from one account
    "forum_post": "6/m/user,60/h/user",
}
# Second factor: TOTP with recovery codes for everyone; required for moderators and
# editors by forum.middleware.SecondFactorRequiredMiddleware.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "RAVOT-EUR"
MFA_RECOVERY_CODE_COUNT = 10
FORUM_MFA_ENFORCED = True
FORUM_MFA_REQUIRED_GROUPS = ["Editors", "Moderators"]
USERSESSIONS_TRACK_ACTIVITY = False  # no IP history beyond what ending sessions needs

# Forum (django-machina): restyled templates, safe Markdown, private attachments.
MACHINA_FORUM_NAME = "RAVOT-EUR"
MACHINA_BASE_TEMPLATE_NAME = "expert_forum/machina_base.html"
# markdown2's safe_mode lets payloads through: its output is cleaned with an allow-list.
MACHINA_MARKUP_LANGUAGE = ("forum.markup.render_markdown", {})
MACHINA_MARKUP_WIDGET = "django.forms.Textarea"
# Our forms limit a post's length: machina's own setting would change its model field
# and make `makemigrations` want a migration inside machina (in site-packages).
FORUM_POST_MAX_LENGTH = 20_000
# Nobody gets anything by default: read and post rights come from group grants per forum
# (forum/migrations), so a group's denial on one forum is not overruled by a default.
MACHINA_DEFAULT_AUTHENTICATED_USER_FORUM_PERMISSIONS = []
MACHINA_PROFILE_AVATARS_ENABLED = False  # no avatars: no uploads of faces, no gravatar
MACHINA_ATTACHMENT_FILE_UPLOAD_TO = "forum-private/attachments"  # never served as media
MACHINA_ATTACHMENT_MAX_FILES_PER_POST = 3
FORUM_ATTACHMENT_MAX_SIZE = 10 * 1024 * 1024
FORUM_ATTACHMENT_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "txt", "png", "jpg", "jpeg"]
MACHINA_TOPIC_ANSWER_SUBJECT_PREFIX = "Re:"
# machina keeps uploads between a preview (or the personal-data check) and the save here.
CACHES["machina_attachments"] = {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": str(VAR_DIR / "cache" / "forum-attachments"),
    "TIMEOUT": 3600,
}
