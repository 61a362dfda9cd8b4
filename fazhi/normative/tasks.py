"""Periodic task of 行政规范性文件: documents past their validity period lapse (run daily by the job worker)."""

import datetime as dt

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from fazhi.core.steps import system_user

from .actions import expire_due


@db_periodic_task(crontab(hour="0", minute="30"))
def expire_documents() -> int:
    return expire_due(dt.date.today(), acting_user=system_user())
