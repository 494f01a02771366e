"""Django settings, read from the environment with strict parsers (docs/configuration.md).

Fail closed: no default secret key, DEBUG off unless asked for, limits range-checked.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from amanat.core import env

BASE_DIR = Path(__file__).resolve().parent

SECRET_KEY = env.get_str("AMANAT_SECRET_KEY")
if len(SECRET_KEY) < 32:
    raise env.ConfigError("AMANAT_SECRET_KEY must be at least 32 characters of random text")
DEBUG = env.get_bool("AMANAT_DEBUG", False)
DATA_DIR = Path(env.get_str("AMANAT_DATA_DIR")).resolve()
ALLOWED_HOSTS = env.get_list("AMANAT_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
HTTPS = env.get_bool("AMANAT_HTTPS", False)

# Hotline limits (see intake): attachment size and count, and the global intake budget.
MAX_ATTACHMENT_BYTES = env.get_int("AMANAT_MAX_ATTACHMENT_MB", 50, minimum=1, maximum=500) << 20
MAX_ATTACHMENTS = env.get_int("AMANAT_MAX_ATTACHMENTS", 5, minimum=0, maximum=20)
INTAKE_PER_MINUTE = env.get_int("AMANAT_INTAKE_PER_MINUTE", 600, minimum=1, maximum=100_000)
INTAKE_CONCURRENCY = env.get_int("AMANAT_INTAKE_CONCURRENCY", 2, minimum=1, maximum=64)
# Wrong receipt codes per minute and per receipt prefix (intake/throttle.py), per worker.
RECEIPT_FAILURES_PER_MINUTE = env.get_int(
    "AMANAT_RECEIPT_FAILURES_PER_MINUTE", 10, minimum=1, maximum=100_000
)
HOTLINE_ORGANISATION = env.get_str("AMANAT_HOTLINE_ORG", "")
# Neutral on purpose: the monitor's requests must not say they come from rights researchers.
MONITOR_USER_AGENT = env.get_str(
    "AMANAT_MONITOR_USER_AGENT", "Mozilla/5.0 (compatible; FeedFetcher/1.0)"
)
# Attachments are cleaned inside bubblewrap + seccomp; without it they are refused. Only a
# development machine (DEBUG) may opt out, and every unsandboxed clean is logged as a warning.
UNSANDBOXED_STRIPPING = env.get_bool("AMANAT_UNSANDBOXED_STRIPPING", False)
if UNSANDBOXED_STRIPPING and not DEBUG:
    raise env.ConfigError("AMANAT_UNSANDBOXED_STRIPPING is for development only (needs DEBUG)")
SESSION_IDLE_SECONDS = 60 * env.get_int("AMANAT_SESSION_IDLE_MINUTES", 30, minimum=1, maximum=720)

# Dataset and public statistics (docs/dataset.md): the smallest count a public table shows, the
# privacy budget (epsilon) each public release may spend, and the limits of one dataset import.
STATS_MIN_CELL = env.get_int("AMANAT_STATS_MIN_CELL", 5, minimum=2, maximum=1000)
try:
    STATS_EPSILON = float(env.get_str("AMANAT_STATS_EPSILON", "1.0"))
except ValueError as _exc:
    raise env.ConfigError("AMANAT_STATS_EPSILON must be a number such as 1.0") from _exc
if not 0.01 <= STATS_EPSILON <= 10:  # also refuses nan
    raise env.ConfigError("AMANAT_STATS_EPSILON must be between 0.01 and 10")
# One lifetime budget per organisation, drawn down by every release (default: eight releases at
# the default epsilon — two years of quarterly publication; why: docs/dataset.md). It is fixed
# in the database when the organisation first publishes; changing this later does not raise it.
try:
    STATS_LIFETIME_EPSILON = float(env.get_str("AMANAT_STATS_LIFETIME_EPSILON", "8.0"))
except ValueError as _exc:
    raise env.ConfigError("AMANAT_STATS_LIFETIME_EPSILON must be a number such as 8.0") from _exc
if not STATS_EPSILON <= STATS_LIFETIME_EPSILON <= 100:  # also refuses nan
    raise env.ConfigError("AMANAT_STATS_LIFETIME_EPSILON must be ≥ AMANAT_STATS_EPSILON, ≤ 100")
DATASET_IMPORT_MAX_ROWS = env.get_int(
    "AMANAT_DATASET_IMPORT_MAX_ROWS", 20_000, minimum=1, maximum=1_000_000
)
DATASET_IMPORT_MAX_BYTES = (
    env.get_int("AMANAT_DATASET_IMPORT_MAX_MB", 10, minimum=1, maximum=200) << 20
)
# The licence new releases' data carry (amanat/dataset/licences.py); the code is AGPL-3.0+.
DATASET_LICENCE = env.get_choice(
    "AMANAT_DATASET_LICENCE",
    "cc-by-4.0",
    ("cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "cc0-1.0", "odbl-1.0"),
)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "amanat.core",
    "amanat.audit",
    "amanat.keys",
    "amanat.accounts",
    "amanat.intake",
    "amanat.casework",
    "amanat.incidents",
    "amanat.monitor",
    "amanat.dataset",
    "amanat.stats",
    "amanat.publishing",
    "amanat.indicators",
    "amanat.translations",
    "amanat.cli",
]

MIDDLEWARE = [
    "amanat.core.middleware.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "amanat.core.sessions.ZoneSessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "amanat.translations.middleware.StaffLanguageMiddleware",  # after sessions and locale
    "django.middleware.common.CommonMiddleware",
    # Before CSRF, which reads the body: the intake budget is spent before a large post is read.
    "amanat.intake.middleware.IntakeBudgetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# Background work (release builds, monitor ingestion) goes through Django's tasks API. The database
# backend lets workers on other machines share the queue; `amanat db_worker` runs one.
TASKS_BACKEND = env.get_choice("AMANAT_TASKS_BACKEND", "database", ("database", "immediate"))
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[TASKS_BACKEND]
    }
}

ROOT_URLCONF = "amanat.urls"
WSGI_APPLICATION = "amanat.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env.get_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'amanat.sqlite3'}"),
        # Persistent connections: opening one per request doubled PostgreSQL's cost per report.
        conn_max_age=env.get_int("AMANAT_DB_CONN_MAX_AGE", 60, minimum=0, maximum=3600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL for concurrent readers, FULL sync so an acknowledged report survives power loss,
    # secure_delete so deleted ciphertext is overwritten, IMMEDIATE to avoid upgrade deadlocks.
    # Writers queue on a lock that wakes the next one at once (amanat/core/sqlite/base.py).
    DATABASES["default"]["ENGINE"] = "amanat.core.sqlite"
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON; "
            "PRAGMA foreign_keys=ON;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
    # Tests use a file (not memory) so the canary sweep can read the database, WAL and journal.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-amanat.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# Argon2id at the key wrapping's cost first; PBKDF2 only to check (and then upgrade) old hashes.
PASSWORD_HASHERS = [
    "amanat.accounts.hashers.KeyWrapArgon2Hasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Sessions: encrypted with a secret that lives only in the cookie (core/sessions.py);
# browser-session cookies only, one cookie name per trust zone.
SESSION_ENGINE = "amanat.core.sessions"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = SESSION_IDLE_SECONDS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_SECURE = HTTPS
HOTLINE_SESSION_COOKIE = "__Host-hotline" if HTTPS else "hotline"
STAFF_SESSION_COOKIE = "__Host-staff" if HTTPS else "staff"
# Marks a browser a member signed in from, so strangers' wrong guesses never delay it.
STAFF_DEVICE_COOKIE = "__Host-staff-device" if HTTPS else "staff-device"
SESSION_COOKIE_NAME = HOTLINE_SESSION_COOKIE
# CSRF: Django's double-submit cookie, so anonymous pages write no session row (issue #11.4): the
# secret lives only in a browser-session cookie (no expiry), HttpOnly, SameSite=Strict, and with
# HTTPS a __Host- name (Secure, path=/, no domain: a sibling host cannot plant it).
CSRF_USE_SESSIONS = False
CSRF_COOKIE_NAME = "__Host-csrf" if HTTPS else "csrf"
CSRF_COOKIE_AGE = None
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_SECURE = HTTPS
CSRF_FAILURE_VIEW = "amanat.core.views.csrf_failure"

# Uploads never touch disk in clear: the only handler keeps files in memory within the cap.
FILE_UPLOAD_HANDLERS = ["amanat.intake.uploads.CappedMemoryUploadHandler"]
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_ATTACHMENT_BYTES
DATA_UPLOAD_MAX_MEMORY_SIZE = 1 << 20
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
DATA_UPLOAD_MAX_NUMBER_FILES = max(MAX_ATTACHMENTS, 1) * 2

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ug", "ئۇيغۇرچە"),
    ("tr", "Türkçe"),
    ("zh-hans", "简体中文"),
]
LANGUAGES_BIDI = ["ug", "ar", "fa", "he", "ur"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Security headers (core/middleware.py adds the ones Django lacks).
SECURE_CONTENT_TYPE_NOSNIFF = True
# same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with form posts and
# Django rightly refuses them (CSRF). same-origin still sends nothing to any other site.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 63072000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
    }
}

# Logs: no times (journald adds them for staff-side diagnostics), no request objects,
# and hotline requests are dropped before they are written (core/logging.py).
LOG_LEVEL = env.get_choice("AMANAT_LOG_LEVEL", "info", ("debug", "info", "warning", "error"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"hotline": {"()": "amanat.core.logging.DropHotlineRecords"}},
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["hotline"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL.upper()},
    "loggers": {
        # Dropped at the logger, so no handler anyone adds later (or a test's) ever sees them.
        "django.request": {"level": "ERROR", "filters": ["hotline"]},
        "django.security": {"filters": ["hotline"]},
        "django.server": {"handlers": [], "propagate": False},
    },
}
ADMINS: list[tuple[str, str]] = []  # no error e-mails: they would carry request data
