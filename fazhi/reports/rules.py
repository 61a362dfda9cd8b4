"""Rules of the annual report (法治政府建设情况报告).

《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号), chapter on annual reports (article numbers unconfirmed, see
legal-notes §2): the report covers, in this order, "上一年度推进法治政府建设的主要举措和成效", "存在的不足和原因",
"党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况", "下一年度推进法治政府建设的主要安排"
and "其他需要报告的情况"; local governments and departments report in the first quarter, and "每年4月1日之前"
publish the report "通过报刊、网站等新闻媒体向社会公开，接受人民群众监督" unless it involves state secrets.
Provinces set earlier dates for departments (e.g. 3月1日), so the date is a setting per kind of unit.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings

BASIS = "《法治政府建设与责任落实督察工作规定》（每年4月1日之前向社会公开）"

SECTION_TITLES = {
    "measures": "{year}年推进法治政府建设的主要举措和成效",
    "shortcomings": "{year}年推进法治政府建设存在的不足和原因",
    "duty": "{year}年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况",
    "plans": "{next}年推进法治政府建设的主要安排",
    "other": "其他需要报告的情况",
}
MANDATED = ("measures", "shortcomings", "duty", "plans")


def section_order() -> list[str]:
    """The mandated sections in the configured order (default: the 规定's order)."""
    order = [k for k in settings.FAZHI.get("REPORT_SECTION_ORDER", MANDATED) if k in SECTION_TITLES]
    return order + [k for k in MANDATED if k not in order]


def section_title(kind: str, year: int) -> str:
    return SECTION_TITLES[kind].format(year=year, next=year + 1)


def publication_deadline(year: int, unit_kind: str = "") -> dt.date:
    """The last day to publish the report on `year`: 31 March of the next year (before 1 April), or the
    province's earlier date for that kind of unit. Example: the 2025 report of a county → 2026-03-31."""
    cfg = settings.FAZHI.get("REPORT_DEADLINE", {})
    month_day = cfg.get(unit_kind) or cfg.get("default", "03-31")
    month, day = (int(x) for x in month_day.split("-"))
    return dt.date(year + 1, month, day)


def is_late(year: int, published_on: dt.date, unit_kind: str = "") -> bool:
    return published_on > publication_deadline(year, unit_kind)
