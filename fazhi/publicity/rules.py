"""Rules of 普法 under 谁执法谁普法.

《关于实行国家机关“谁执法谁普法”普法责任制的意见》 (中办、国办, May 2017; its document number was not verified here)
makes every state organ draw up a 普法责任清单
(what laws, for whom, by what measures), make it public, and account for it each year; 普法 offices set the dates
locally, so they are settings (`FAZHI["PUBLICITY_LIST_DUE"]`, `FAZHI["PUBLICITY_ACCOUNT_DUE"]`, "MM-DD").
The year-end account is given once the year's work is done: not before 1 December of the year.
"""

import datetime as dt

from django.conf import settings

BASIS = "《关于实行国家机关“谁执法谁普法”普法责任制的意见》（中共中央办公厅、国务院办公厅2017年5月印发）"


def _day(year: int, mmdd: str) -> dt.date:
    month, day = (int(x) for x in mmdd.split("-"))
    return dt.date(year, month, day)


def publish_due(year: int) -> dt.date:
    """The list of year Y is published by the configured day of Y (default 31 March)."""
    return _day(year, settings.FAZHI["PUBLICITY_LIST_DUE"])


def account_due(year: int) -> dt.date:
    """The year-end account of year Y is given by the configured day of Y+1 (default 31 January)."""
    return _day(year + 1, settings.FAZHI["PUBLICITY_ACCOUNT_DUE"])


def earliest_account(year: int) -> dt.date:
    return dt.date(year, 12, 1)
