"""The Deadline rule type and the computation of due dates.

A rule is a count, a unit (natural days / working days / months), the event that starts it, whether
a period ending on a rest day moves to the next working day, an optional extension, and its legal
basis. Periods count from the day after the start event (民事诉讼法 第85条第2款).
"""

from __future__ import annotations

import calendar as _pycal
import datetime as dt
from dataclasses import asdict, dataclass, field

from . import calendar as workcal


class Unit:
    DAYS = "days"
    WORKING_DAYS = "working_days"
    MONTHS = "months"
    LABELS = {DAYS: "日（自然日）", WORKING_DAYS: "个工作日", MONTHS: "个月"}


class Kind:
    DUE = "due"  # the act must be done by the date
    MINIMUM = "minimum"  # the step may not end before the date (e.g. a comment period)
    LABELS = {DUE: "期限届满日", MINIMUM: "最早可结束日"}


@dataclass(frozen=True)
class DeadlineRule:
    """One statutory period. `basis` cites the law and article; `quote` is the statute's wording."""

    key: str
    label: str
    count: int
    unit: str
    start_event: str
    basis: str
    quote: str = ""
    holiday_roll: bool = False
    kind: str = Kind.DUE
    extension: int = 0
    extension_unit: str = ""
    extension_note: str = ""
    note: str = ""
    settings_key: str = ""  # FAZHI[settings_key] gives {"count", "unit"} where each jurisdiction sets its own period

    @property
    def period_text(self) -> str:
        text = f"{self.count}{Unit.LABELS[self.unit]}"
        if self.kind == Kind.MINIMUM:
            text = "不少于" + text
        if self.extension:
            text += f"（可延长{self.extension}{Unit.LABELS[self.extension_unit or self.unit]}）"
        return text


@dataclass
class DeadlineResult:
    """A computed due date and how it was counted."""

    rule: str
    label: str
    start: dt.date
    due: dt.date
    unit: str
    count: int
    basis: str
    kind: str
    rolled_from: dt.date | None = None
    holidays_skipped: list[tuple[dt.date, str]] = field(default_factory=list)
    adjusted_workdays: list[tuple[dt.date, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extended: bool = False
    provisional: bool = False  # counted with a year whose holidays are not yet confirmed by the State Council notice

    def as_json(self) -> dict:
        data = asdict(self)
        for k in ("start", "due", "rolled_from"):
            data[k] = data[k].isoformat() if data[k] else None
        data["holidays_skipped"] = [{"date": d.isoformat(), "name": n} for d, n in self.holidays_skipped]
        data["adjusted_workdays"] = [{"date": d.isoformat(), "name": n} for d, n in self.adjusted_workdays]
        return data

    def explanation(self) -> list[str]:
        """How the date was counted, in Chinese, step by step."""
        lines = [f"自{self.start:%Y年%m月%d日}的次日起算（期间开始之日不计算在期间内）。"]
        if self.unit == Unit.WORKING_DAYS:
            lines.append(f"按工作日计算{self.count}日，不含法定休假日和周末。")
        elif self.unit == Unit.MONTHS:
            lines.append(f"按月计算{self.count}个月，至对应日届满。")
        else:
            lines.append(f"按自然日计算{self.count}日。")
        if self.holidays_skipped:
            lines.append("跳过的法定节假日：" + "、".join(f"{d:%m月%d日}（{n}）" for d, n in self.holidays_skipped))
        if self.adjusted_workdays:
            lines.append("计入的调休上班日：" + "、".join(f"{d:%m月%d日}（{n}）" for d, n in self.adjusted_workdays))
        if self.rolled_from:
            lines.append(
                f"期间届满的最后一日{self.rolled_from:%Y年%m月%d日}为休息日，顺延至其后的第一个工作日"
                f"（民事诉讼法第八十五条第三款）。"
            )
        return lines


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding day `months` later; the last day of the month where it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, _pycal.monthrange(year, month)[1]))


def compute(rule: DeadlineRule, start: dt.date, *, extended: bool = False, paused_days: int = 0) -> DeadlineResult:
    """Due date of `rule` for a period starting on `start`.

    `extended` adds the rule's extension (approved by the competent person); `paused_days` adds
    natural days during which the period was suspended (中止).
    """
    notes = workcal.CalendarNotes()
    count, unit = rule.count, rule.unit
    rolled_from = None
    if rule.unit == Unit.WORKING_DAYS:
        due = workcal.add_working_days(start, count, notes)
    elif rule.unit == Unit.MONTHS:
        due = add_months(start, count)
    else:
        due = start + dt.timedelta(days=count)
    if extended and rule.extension:
        ext_unit = rule.extension_unit or rule.unit
        if ext_unit == Unit.WORKING_DAYS:
            due = workcal.add_working_days(due, rule.extension, notes)
        elif ext_unit == Unit.MONTHS:
            due = add_months(due, rule.extension)
        else:
            due += dt.timedelta(days=rule.extension)
    if paused_days:
        due += dt.timedelta(days=paused_days)
    if rule.unit != Unit.WORKING_DAYS:
        if rule.holiday_roll:
            rolled = workcal.next_workday_on_or_after(due, notes)
            if rolled != due:
                rolled_from, due = due, rolled
        else:
            notes.see(workcal.load(), due)
    warnings = []
    if notes.uncovered_years:
        years = "、".join(str(y) for y in sorted(notes.uncovered_years))
        warnings.append(
            f"{years}年的法定节假日和调休安排尚未录入工作日历，本期限暂按“周末休息”计算，"
            f"请在国务院办公厅公布放假通知后由管理员录入并复核。"
        )
    if notes.provisional_years:
        years = "、".join(str(y) for y in sorted(notes.provisional_years))
        warnings.append(f"{years}年的工作日历为暂定数据：按《全国年节及纪念日放假办法》规定的节日和补假计算，"
                        f"尚未以国务院办公厅放假通知核实；通知录入后，已存储的期限将自动重新计算。")
    return DeadlineResult(
        rule=rule.key, label=rule.label, start=start, due=due, unit=unit, count=count, basis=rule.basis,
        kind=rule.kind, rolled_from=rolled_from, holidays_skipped=notes.holidays_skipped,
        adjusted_workdays=notes.adjusted_workdays, warnings=warnings, extended=extended,
        provisional=bool(notes.provisional_years),
    )


class Status:
    """Where a stored deadline stands."""

    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    MET_LATE = "met_late"
    LABELS = {OK: "期限内", DUE_SOON: "即将到期", OVERDUE: "已逾期", MET: "已按期办结", MET_LATE: "逾期办结"}
    BADGES = {OK: "secondary", DUE_SOON: "warning", OVERDUE: "danger", MET: "success", MET_LATE: "dark"}


def status(due: dt.date | None, met_on: dt.date | None, today: dt.date | None = None,
           soon_days: int | None = None) -> str | None:
    """ok / due_soon (within the configured working days, or `soon_days` natural days) / overdue / met / met_late."""
    from django.conf import settings

    if due is None:
        return None
    if met_on is not None:
        return Status.MET if met_on <= due else Status.MET_LATE
    today = today or dt.date.today()
    if today > due:
        return Status.OVERDUE
    if soon_days is not None:
        soon = today + dt.timedelta(days=soon_days)
    else:
        soon = workcal.add_working_days(today, settings.FAZHI["DUE_SOON_WORKING_DAYS"])
    return Status.DUE_SOON if due <= soon else Status.OK


def due_soon_horizon(today: dt.date | None = None) -> dt.date:
    from django.conf import settings

    return workcal.add_working_days(today or dt.date.today(), settings.FAZHI["DUE_SOON_WORKING_DAYS"])
