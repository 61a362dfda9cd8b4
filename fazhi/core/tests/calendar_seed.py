"""The holiday calendar as the migrations leave it, for tests that run after a transactional test flushed it."""

from __future__ import annotations


def seed_calendar_as_migrated() -> None:
    """What migrations 0002 and 0007 load: the official notices, then provisional years to 2031."""
    from fazhi.core import calendar as workcal
    from fazhi.core import holidays

    workcal.seed_from_package()
    holidays.seed_provisional(2031)
    workcal.invalidate()
