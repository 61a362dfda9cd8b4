"""Settings, all from the environment (DATABASE_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS)."""

import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("FAZHI_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated per installation (never in the repo)."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("DEBUG")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "django_htmx",
    "huey.contrib.djhuey",
    "fazhi.core",
    "fazhi.advisers",
    "fazhi.reconsideration",
    "fazhi.litigation",
    "fazhi.enforcement",
    "fazhi.decisions",
    "fazhi.normative",
    "fazhi.opengov",
    "fazhi.mediation",
    "fazhi.legalservices",
    "fazhi.supervision",
    "fazhi.publicity",
    "fazhi.study",
    "fazhi.practices",
    "fazhi.petitions",
    "fazhi.oversight",
    # after the domain apps: their demo steps run in this order, and the assessment scores what the registers hold
    "fazhi.indicators",
    "fazhi.assessment",
    "fazhi.reports",
    "fazhi.intake.web",
    "fazhi.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "fazhi.core.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "fazhi.core.audit.AuditContextMiddleware",
]

ROOT_URLCONF = "fazhi.urls"
WSGI_APPLICATION = "fazhi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "fazhi.web.context.navigation",
                "fazhi.web.notices.unread_count",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", 60)),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets pages read while a job writes; a writer waits for another instead of failing at once. A transaction
    # takes the write lock when it begins (IMMEDIATE): one that began reading and then writes cannot wait for the
    # lock in WAL and fails with "database is locked" (two job workers refreshing figures at start-up did).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", "timeout": 30,
         "transaction_mode": "IMMEDIATE"})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = Path(os.environ.get("FAZHI_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "workbench"
LOGOUT_REDIRECT_URL = "login"

# Security: strict by default, relaxed only when DEBUG is on (make run turns it on for the demo).
CSRF_COOKIE_HTTPONLY = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 3600
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = _env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = _env_bool("SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# What every web process must agree on (login failures): Redis in a deployment, else a table in the database.
CACHES["shared"] = ({"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
                    if os.environ.get("REDIS_URL") else
                    {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "fazhi_shared_cache"})

# Background jobs (Huey): embedded in a SQLite file for `make run`, Redis in a deployment (REDIS_URL) — same code.
# `fazhi run_huey -w N` runs the workers; periodic tasks (digests, document expiry, calendar check) run in them.
REDIS_URL = os.environ.get("REDIS_URL", "")
HUEY = {
    # one queue per database: a process on another database (a benchmark, a second instance on this machine)
    # never hands its jobs to this one's worker
    "name": os.environ.get("FAZHI_QUEUE_NAME") or "fazhi-" + Path(str(DATABASES["default"]["NAME"])).stem,
    "immediate": _env_bool("FAZHI_JOBS_IMMEDIATE"),  # run jobs inside the caller (tests, one-off scripts)
    "results": True,
    "utc": False,
    "consumer": {"workers": int(os.environ.get("FAZHI_WORKERS", 2)), "worker_type": "thread"},
}
if REDIS_URL:
    HUEY.update({"huey_class": "huey.RedisHuey", "url": REDIS_URL})
else:
    HUEY.update({"huey_class": "huey.SqliteHuey", "filename": str(VAR_DIR / "jobs.sqlite3")})

# Mail for notifications: Django's settings from the environment (a local relay on a government intranet).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "fazhi@localhost")
EMAIL_TIMEOUT = 10

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {"anon": "60/min", "user": "1200/min"},
}
SPECTACULAR_SETTINGS = {"TITLE": "Fazhi 法治政府建设平台 API", "VERSION": "1",
                        "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"]}  # schema and docs need a login

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Fazhi settings -------------------------------------------------------------
FAZHI = {
    # Attachments: evidence files.
    "ATTACHMENT_MAX_BYTES": int(os.environ.get("FAZHI_ATTACHMENT_MAX_MB", 50)) * 1024 * 1024,
    "IMPORT_MAX_BYTES": 10 * 1024 * 1024,
    "IMPORT_MAX_ROWS": int(os.environ.get("FAZHI_IMPORT_MAX_ROWS", 20000)),
    # Login throttling: failures per (username, address) before a lock-out, and its length.
    "LOGIN_MAX_FAILURES": 5,
    "LOGIN_LOCK_SECONDS": 15 * 60,
    # Reverse proxies whose X-Forwarded-For is believed (nginx on this host by default): behind them the client's
    # address is the last one they add, so a lock-out hits the attacker, not everyone behind the proxy.
    "TRUSTED_PROXIES": [p.strip() for p in os.environ.get("FAZHI_TRUSTED_PROXIES", "127.0.0.1,::1").split(",") if p],
    # "Due soon" horizon on the workbench, in working days.
    "DUE_SOON_WORKING_DAYS": 5,
    # Jurisdiction-specific periods (DESIGN §4): filing of normative documents.
    "NORMATIVE_FILING": {"count": int(os.environ.get("FAZHI_NORMATIVE_FILING_DAYS", 30)), "unit": "days"},
    # 政协提案 reply period: set by each government's 办理办法 (oversight/rules.py); months from 交办.
    "CPPCC_REPLY_PERIOD": {"count": int(os.environ.get("FAZHI_CPPCC_REPLY_MONTHS", 3)), "unit": "months"},
    # Validity of normative documents in years (暂行 / 试行 shorter) and the warning ahead of expiry, in days.
    "NORMATIVE_VALIDITY": {"default": 5, "provisional": 2, "warn_days": 183},
    # Province-set amounts (行政处罚法 第五十八条, 第六十三条 leave them to provinces and sectors), in yuan.
    "LEGAL_REVIEW_FINE": {"person": 10000, "organisation": 100000},
    "HEARING_FINE": {"person": 5000, "organisation": 50000},
    # The annual report (DESIGN §6): order of the mandated sections, and the last day of publication as "MM-DD" of
    # the following year per kind of unit (the 规定: before 1 April; some provinces set departments earlier).
    "REPORT_SECTION_ORDER": ["measures", "shortcomings", "duty", "plans"],
    "REPORT_DEADLINE": {"default": "03-31"},
    # 谁执法谁普法: the yearly 普法责任清单 is published by this day of its year, the year-end account (履职报告) by this
    # day of the next year ("MM-DD"; set by each province's 普法办).
    "PUBLICITY_LIST_DUE": "03-31",
    "PUBLICITY_ACCOUNT_DUE": "01-31",
    # Pass mark of the pre-appointment legal knowledge exam (任前法律知识考试), set by each 组织部门.
    "LEGAL_EXAM_PASS_MARK": 60,
    # Notifications: the webhook of a 政务微信/钉钉 group robot or an SMS gateway (no vendor SDK): a URL and a JSON
    # payload template with {title}, {body}, {url}, {recipient} (the user's webhook recipient, e.g. a mobile number).
    "WEBHOOK_URL": os.environ.get("FAZHI_WEBHOOK_URL", ""),
    "WEBHOOK_TEMPLATE": os.environ.get(
        "FAZHI_WEBHOOK_TEMPLATE", '{"msgtype": "text", "text": {"content": "{title}\\n{body}\\n{url}"}, "to": "{recipient}"}'),
    "DELIVERY_RETRIES": 5,  # a failed e-mail or webhook is retried this many times, with growing delays
    "SITE_URL": os.environ.get("FAZHI_SITE_URL", "http://127.0.0.1:8000"),
    # Daily digest hour (local time) and the default "due within N working days" of a user's digest.
    "DIGEST_HOUR": int(os.environ.get("FAZHI_DIGEST_HOUR", 7)),
    "DIGEST_DAYS": 5,
    # The analytics table holds every computed key for each year (and its quarters) of this many years up to the
    # current one; other periods are computed live. READ_THROUGH refreshes stale figures in the request instead of
    # serving them as of their last refresh (tests; tiny deployments).
    "ANALYTICS_YEARS": int(os.environ.get("FAZHI_ANALYTICS_YEARS", 5)),
    "ANALYTICS_READ_THROUGH": os.environ.get("FAZHI_ANALYTICS_READ_THROUGH", "") == "1",
}
