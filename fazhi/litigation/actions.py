"""Steps of a lawsuit, one function each, with the audit event."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import audit
from fazhi.core.gates import check_date

from . import rules
from .models import CourtSitting, LitigationCase


def register_case(user, case: LitigationCase) -> LitigationCase:
    """应诉登记: the 15-day defence period starts from service of the complaint (第六十七条)."""
    check_date(case.served_on, "served_on", "收到起诉状副本日期")
    case.full_clean()
    case.defence_due = rules.defence_due(case.served_on)
    case.save()
    audit.record_event(case, "register", "应诉登记", {"served_on": case.served_on, "defence_due": case.defence_due},
                       basis=rules.BASIS["defence"])
    return case


def update_case(user, case: LitigationCase) -> LitigationCase:
    old = LitigationCase.objects.get(pk=case.pk)
    if old.served_on != case.served_on and old.defence_filed_on:
        raise ValidationError({"served_on": "已提交答辩，不能再修改收到起诉状副本日期。"})
    case.full_clean()
    case.defence_due = rules.defence_due(case.served_on)
    case.save()
    return case


def file_defence(user, case: LitigationCase, *, on: dt.date) -> LitigationCase:
    check_date(on, "on", "提交答辩日期", not_before=[(case.served_on, "收到起诉状副本日期")])
    case.defence_filed_on = on
    case.save()
    audit.record_event(case, "defence", "提交答辩状和证据", {"on": on, "due": case.defence_due, "on_time": on <= case.defence_due},
                       basis=rules.BASIS["defence"])
    return case


def schedule_hearing(user, case: LitigationCase, *, hearing_on: dt.date, notice_received_on: dt.date | None = None,
                     must_appear: str = "") -> LitigationCase:
    """开庭通知 (and the court's notice that the head must appear, 第四条、第五条)."""
    check_date(hearing_on, "hearing_on", "开庭日期", not_before=[(case.served_on, "收到起诉状副本日期")],
               allow_future=True)
    if notice_received_on:
        check_date(notice_received_on, "notice_received_on", "收到出庭通知书日期",
                   not_after=[(hearing_on, "开庭日期")])
    case.hearing_scheduled_on, case.notice_received_on = hearing_on, notice_received_on
    if must_appear:
        case.must_appear = must_appear
    case.save()
    detail = {"hearing_on": hearing_on, "notice_received_on": notice_received_on,
              "notice_late": rules.notice_late(notice_received_on, hearing_on)}
    audit.record_event(case, "schedule", "开庭通知", detail, basis=rules.BASIS["notice"])
    return case


def send_reminder(user, case: LitigationCase, *, on: dt.date, to: str) -> LitigationCase:
    """出庭应诉提示函: the rule-of-law office reminds the agency's head of the duty to appear (第三条第三款)."""
    check_date(on, "on", "提示函发送日期", not_before=[(case.served_on, "收到起诉状副本日期")])
    case.reminder_sent_on, case.reminder_to = on, to
    case.save()
    audit.record_event(case, "reminder", "发送出庭应诉提示函", {"on": on, "to": to}, basis=rules.BASIS["appearance"])
    return case


def record_sitting(user, case: LitigationCase, *, held_on: dt.date, head_appeared: bool = False, head_name: str = "",
                   head_post: str = "", head_role: str = "", staff: str = "", lawyer: str = "",
                   absence_reason: str = "") -> CourtSitting:
    """开庭: who appeared. A head must be one of the 第二条 categories; without the head the agency sends its own
    staff (a lawyer alone is not appearing, 行诉法解释第一百二十八条) and states the reason (第八条)."""
    check_date(held_on, "held_on", "开庭日期", not_before=[(case.served_on, "收到起诉状副本日期")])
    if head_appeared:
        if not head_name or not head_role:
            raise ValidationError({"head_name": "负责人出庭的，请填写出庭负责人姓名及负责人类别（2020年规定第二条）。"})
    else:
        if not staff:
            raise ValidationError({"staff": "负责人不能出庭的，应当委托行政机关相应的工作人员出庭（行政诉讼法第三条第三款），"
                                            "不能仅委托律师出庭。"})
        if not absence_reason:
            raise ValidationError({"absence_reason": "请选择负责人不能出庭的理由（2020年规定第八条），并提交证明材料。"})
    sitting = CourtSitting.objects.create(case=case, held_on=held_on, head_appeared=head_appeared,
                                          head_name=head_name, head_post=head_post, head_role=head_role,
                                          staff=staff, lawyer=lawyer, absence_reason=absence_reason)
    case.heard_on = held_on
    case.head_appeared = case.head_appeared or head_appeared  # one appearance per instance suffices (第七条)
    case.save()
    audit.record_event(case, "sitting", "负责人出庭应诉" if head_appeared else "开庭（负责人未出庭）",
                       {"held_on": held_on, "head": head_name, "role": sitting.get_head_role_display()},
                       basis=rules.BASIS["appearance"])
    return sitting


def conclude(user, case: LitigationCase, *, on: dt.date, outcome: str, appealed: bool = False) -> LitigationCase:
    check_date(on, "on", "裁判日期", not_before=[(case.served_on, "收到起诉状副本日期")])
    if case.outcome:
        raise ValidationError("本案已登记裁判结果；上诉或再审请另行登记为新的审级。")
    case.outcome, case.outcome_on, case.appealed = outcome, on, appealed
    case.lost = rules.is_lost(outcome)
    case.save()
    audit.record_event(case, "conclude", "裁判结果", {"on": on, "outcome": case.get_outcome_display(), "lost": case.lost},
                       basis=rules.BASIS["outcome"])
    return case
