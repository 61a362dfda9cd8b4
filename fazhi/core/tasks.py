"""Huey loads this module in every worker (djhuey autodiscovers `tasks`): the job runner, deliveries, and the
kernel's periodic tasks. Areas add their own periodic tasks in their `tasks.py` (normative: document expiry)."""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from . import holidays, notify
from .jobs import run_job  # noqa: F401  -- the one task that runs every kind of job
from .models import CalendarYear, Membership, Notification
from .roles import Role

log = logging.getLogger(__name__)


@db_periodic_task(crontab(hour=str(settings.FAZHI["DIGEST_HOUR"]), minute="0"))
def daily_digests() -> int:
    """Each user's open deadlines, overdue or due within their chosen working days: inbox, e-mail, webhook."""
    return notify.send_digests()


@db_periodic_task(crontab(minute="*/10"))
def retry_deliveries() -> int:
    return notify.retry_pending()


@db_periodic_task(crontab(hour="6", minute="15"))
def calendar_check(today: dt.date | None = None) -> list[int]:
    """Keep provisional years five years ahead, and from 1 November remind the administrators, once a week, to enter
    next year's State Council holiday notice while that year is still provisional."""
    today = today or dt.date.today()
    added = holidays.seed_provisional()
    next_year = CalendarYear.objects.filter(year=today.year + 1).first()
    waiting = next_year is None or next_year.provisional
    if waiting and today.month >= 11 and (today.weekday() == 0 or (today.month, today.day) == (11, 1)):
        title = f"请录入{today.year + 1}年的国务院办公厅放假通知"
        body = (f"{today.year + 1}年的工作日历目前按《全国年节及纪念日放假办法》暂定（节日和补假），尚无调休安排。"
                "通知公布后，请在“系统管理 → 工作日历已录入年度”中录入（或从 holidays 数据包更新），"
                "已存储的期限会自动重新计算。")
        admins = Membership.objects.filter(role=Role.ADMIN, user__is_active=True).values_list("user", flat=True)
        from django.contrib.auth import get_user_model

        for user in get_user_model().objects.filter(pk__in=admins):
            recent = timezone.now() - dt.timedelta(days=6)  # at most once a week
            if not Notification.objects.filter(user=user, title=title, at__gte=recent).exists():
                notify.notify(user, Notification.Kind.SYSTEM, title, body, f"/r/calendar-years/{next_year.pk}/"
                              if next_year else "/r/calendar-years/")
    return added
