"""Statutory periods (DESIGN §4), each citing its law and article, verified against the statute text.

Counting (applies to all): a period starts on the day after its start event (民事诉讼法 第85条第2款).
行政复议法 第88条 makes its "三日、五日、七日、十日" working days and sends every other period to the
民事诉讼法 rules, under which a period whose last day is a rest day ends on the first day after it
(民事诉讼法 第85条第3款); 行政诉讼法 第101条 does the same for litigation. Where a law gives no such
rule (行政处罚法's 90 days, 法律援助法), the period is not moved: the earlier date is the safe one.

Each area declares its periods in its own rules.py with `register(...)`; domain code looks them up by key
(`due(key, start)`); `fazhi deadline --list` prints them all.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings

from . import deadlines
from .deadlines import DeadlineRule

RULES: dict[str, DeadlineRule] = {}


def register(*rules: DeadlineRule) -> tuple[DeadlineRule, ...]:
    """Each area registers its periods from its own rules.py when it loads (core.areas)."""
    for rule in rules:
        if rule.key in RULES:
            raise ValueError(f"duplicate deadline rule {rule.key}")
        RULES[rule.key] = rule
    return rules


def get(key: str) -> DeadlineRule:
    """The rule under `key`; a jurisdiction-configurable rule takes its count and unit from its setting."""
    rule = RULES[key]
    if rule.settings_key:
        cfg = settings.FAZHI[rule.settings_key]
        return DeadlineRule(**{**rule.__dict__, "count": cfg["count"], "unit": cfg["unit"]})
    return rule


def due(key: str, start: dt.date, *, extended: bool = False) -> dt.date:
    """The due date of rule `key` for a period that starts on `start` (the one helper every area uses)."""
    return deadlines.compute(get(key), start, extended=extended).due
