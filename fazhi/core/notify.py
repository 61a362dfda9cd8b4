"""Notifications that reach people outside the browser: an inbox in the platform, e-mail, and a webhook for a
政务微信/钉钉 group robot or a government SMS gateway (a URL and a JSON payload template; no vendor SDK).

`notify(user, kind, title, body, url)` puts a notice in the inbox and queues a delivery for every channel the user
chose. A delivery that fails is retried by the job worker with growing delays and its error kept; after the last
try it stays "发送失败" in the log — never lost silently.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.request

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from huey.contrib.djhuey import HUEY, db_task

from .models import Delivery, Membership, Notification, NotificationSettings

log = logging.getLogger(__name__)


def settings_of(user) -> NotificationSettings:
    found = NotificationSettings.objects.filter(user=user).first()
    return found or NotificationSettings(user=user, due_within=settings.FAZHI["DIGEST_DAYS"])


def notify(user, kind: str, title: str, body: str = "", url: str = "") -> Notification:
    """Inbox first (always), then e-mail and webhook as the user chose; deliveries go out after commit."""
    note = Notification.objects.create(user=user, kind=kind, title=title[:200], body=body, url=url[:300])
    prefs = settings_of(user)
    channels = ([Delivery.Channel.EMAIL] if prefs.email and user.email else []) + (
        [Delivery.Channel.WEBHOOK] if prefs.webhook and settings.FAZHI["WEBHOOK_URL"] else [])
    for channel in channels:
        delivery = Delivery.objects.create(notification=note, channel=channel)
        if HUEY.immediate:
            deliver.call_local(delivery.pk)
        else:
            transaction.on_commit(lambda pk=delivery.pk: deliver(pk))
    return note


def owners_of(obj):
    """Who is told about a record: users holding a role that may change it on its own unit, else on the nearest
    unit above that has such a user (a township's clerk before the county office)."""
    from django.contrib.auth import get_user_model

    from . import scoping

    path = scoping.unit_path_of(obj)
    if not path:
        return get_user_model().objects.none()
    roles = scoping.allowed_roles(type(obj), "change") or set()
    parts = [p for p in path.strip("/").split("/") if p]
    for depth in range(len(parts), 0, -1):
        unit_path = "/" + "/".join(parts[:depth]) + "/"
        ids = Membership.objects.filter(unit__path=unit_path, role__in=roles, user__is_active=True).values("user_id")
        users = get_user_model().objects.filter(pk__in=ids)
        if users.exists():
            return users
    return get_user_model().objects.none()


def _delays() -> list[int]:
    return [30 * 2**i for i in range(settings.FAZHI["DELIVERY_RETRIES"])]  # 30 s, 1 min, 2 min, 4 min, 8 min …


@db_task(context=False)
def deliver(delivery_id: int) -> str:
    """Send one delivery; on failure record the error and try again later, up to DELIVERY_RETRIES times."""
    delivery = Delivery.objects.select_related("notification__user").get(pk=delivery_id)
    if delivery.status == Delivery.Status.SENT:
        return "sent"
    note = delivery.notification
    try:
        if delivery.channel == Delivery.Channel.EMAIL:
            send_mail(f"【法治】{note.title}", _text(note), None, [note.user.email], fail_silently=False)
        else:
            _post_webhook(note)
    except Exception as exc:  # any failure of a channel: kept, and retried
        attempts = delivery.attempts + 1
        last = attempts > len(_delays())
        Delivery.objects.filter(pk=delivery_id).update(
            attempts=attempts, last_error=f"{type(exc).__name__}: {exc}"[:300],
            status=Delivery.Status.FAILED if last else Delivery.Status.PENDING)
        log.warning("delivery %s (%s) failed, attempt %s: %s", delivery_id, delivery.channel, attempts, exc)
        if not last and not HUEY.immediate:
            deliver.schedule((delivery_id,), delay=_delays()[attempts - 1])
        return "failed"
    Delivery.objects.filter(pk=delivery_id).update(status=Delivery.Status.SENT, attempts=delivery.attempts + 1,
                                                  sent_at=timezone.now(), last_error="")
    return "sent"


def retry_pending() -> int:
    """Deliveries still waiting (e.g. the worker was down when they were due): send them again. Periodic."""
    pending = list(Delivery.objects.filter(status=Delivery.Status.PENDING).values_list("pk", flat=True)[:500])
    for pk in pending:
        deliver(pk) if not HUEY.immediate else deliver.call_local(pk)
    return len(pending)


def _text(note: Notification) -> str:
    link = settings.FAZHI["SITE_URL"].rstrip("/") + note.url if note.url else ""
    return "\n\n".join(p for p in (note.body, link) if p)


def _post_webhook(note: Notification) -> None:
    prefs = settings_of(note.user)
    values = {"title": note.title, "body": note.body, "recipient": prefs.webhook_recipient,
              "url": settings.FAZHI["SITE_URL"].rstrip("/") + note.url if note.url else ""}
    payload = settings.FAZHI["WEBHOOK_TEMPLATE"]
    for key, value in values.items():  # JSON-escaped, so any text keeps the payload valid
        payload = payload.replace("{" + key + "}", json.dumps(value, ensure_ascii=False)[1:-1])
    json.loads(payload)  # a template that does not give JSON is a configuration error, reported as such
    request = urllib.request.Request(settings.FAZHI["WEBHOOK_URL"], data=payload.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 -- the configured gateway
        if response.status >= 300:
            raise OSError(f"网关返回 {response.status}")


# -- the daily digest ---------------------------------------------------------------------------------------------
def digest_for(user, today: dt.date | None = None) -> Notification | None:
    """One notice listing the user's open deadlines that are overdue or due within their chosen working days."""
    from . import calendar as workcal
    from .registers.workbench import my_deadlines

    today = today or dt.date.today()
    prefs = settings_of(user)
    if not prefs.digest or Notification.objects.filter(user=user, kind=Notification.Kind.DIGEST,
                                                         at__date=timezone.localdate()).exists():
        return None  # one digest a day, however often the task runs
    horizon = workcal.add_working_days(today, prefs.due_within)
    items = [d for d in my_deadlines(user, today, limit=200, horizon=horizon) if d["due"] <= horizon]
    if not items:
        return None
    overdue = [d for d in items if d["status"] == "overdue"]
    lines = [f"{'【已逾期】' if d['status'] == 'overdue' else ''}{d['due']:%m月%d日} {d['title']}：{d['obj']}"
             f"（{d['basis']}）" for d in items[:30]]
    if len(items) > 30:
        lines.append(f"……另有{len(items) - 30}项，请在“我的期限”中查看。")
    title = f"期限提醒：{len(overdue)}项已逾期，{len(items) - len(overdue)}项将于{prefs.due_within}个工作日内到期"
    return notify(user, Notification.Kind.DIGEST, title, "\n".join(lines), "/deadlines/")


def send_digests(today: dt.date | None = None) -> int:
    from django.contrib.auth import get_user_model

    sent = 0
    for user in get_user_model().objects.filter(is_active=True, memberships__isnull=False).distinct():
        sent += digest_for(user, today) is not None
    return sent
