"""Background work of the analytics table (loaded by the job worker): the refresh a record change schedules, a sweep
every minute for anything left stale (a queue that was down, a lock that was held), and the nightly full refresh."""

from __future__ import annotations

import logging

from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task, db_task
from huey.exceptions import TaskLockedException

from fazhi.core import jobs
from fazhi.core.steps import system_user

from . import analytics

log = logging.getLogger(__name__)
LOCK = "fazhi-analytics-refresh"


def _refresh_stale_locked() -> int:
    try:
        with HUEY.lock_task(LOCK):
            return analytics.refresh_stale()
    except TaskLockedException:  # another worker is refreshing and will loop until nothing is stale
        return 0


@db_task(retries=2, retry_delay=10)
def refresh_stale_task() -> int:
    return _refresh_stale_locked()


@db_periodic_task(crontab(minute="*"))
def sweep_stale() -> int:
    return _refresh_stale_locked()


@db_periodic_task(crontab(hour="2", minute="40"))
def nightly_refresh() -> None:
    jobs.start("analytics-refresh", system_user(), "指标预计算（每夜全量）", full=True)
