"""Steps of a lawsuit, one function each, with the audit event."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.gates import check_date
from fazhi.core.registers.forms import OnDateForm
from fazhi.core.roles import Role

from . import rules
from .events import Event
from .forms import AppealDecisionForm, ConcludeForm, PerformForm, ReminderForm, ScheduleForm, SittingForm
from .models import CourtSitting, LitigationCase


@steps.step(Event.REGISTER, on=LitigationCase, basis=rules.BASIS["defence"])
def register_case(case: LitigationCase, *, acting_user) -> LitigationCase:
    """应诉登记: the 15-day defence period starts from service of the complaint (第六十七条)."""
    check_date(case.served_on, "served_on", "收到起诉状副本日期")
    case.full_clean()
    case.defence_due = rules.due("litigation.defence", case.served_on)
    case.save()
    steps.record({"served_on": case.served_on, "defence_due": case.defence_due})
    return case


def update_case(user, case: LitigationCase) -> LitigationCase:
    old = LitigationCase.objects.get(pk=case.pk)
    if old.served_on != case.served_on and old.defence_filed_on:
        raise ValidationError({"served_on": "已提交答辩，不能再修改收到起诉状副本日期。"})
    case.full_clean()
    case.defence_due = rules.due("litigation.defence", case.served_on)
    case.save()
    return case


@steps.step(Event.DEFENCE, on=LitigationCase, form=OnDateForm, name='defence', label='提交答辩',
            basis=rules.BASIS["defence"], available=lambda c: not c.defence_filed_on)
def file_defence(case: LitigationCase, *, acting_user, on: dt.date) -> LitigationCase:
    check_date(on, "on", "提交答辩日期", not_before=[(case.served_on, "收到起诉状副本日期")])
    case.defence_filed_on = on
    case.save()
    steps.record({"on": on, "due": case.defence_due, "on_time": on <= case.defence_due})
    return case


@steps.step(Event.SCHEDULE, on=LitigationCase, form=ScheduleForm, name='schedule',
            basis=rules.BASIS["notice"], available=lambda c: not c.outcome)
def schedule_hearing(case: LitigationCase, *, acting_user, hearing_on: dt.date, notice_received_on: dt.date | None = None,
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
    steps.record(detail)
    return case


@steps.step(Event.REMINDER, on=LitigationCase, form=ReminderForm, name='reminder', label='出庭应诉提示函',
            basis=rules.BASIS["appearance"],
            roles=frozenset({Role.RULE_OF_LAW_OFFICE, Role.RECONSIDERATION_OFFICER}),
            available=lambda c: not c.outcome and not c.heard_on)
def send_reminder(case: LitigationCase, *, acting_user, on: dt.date, to: str) -> LitigationCase:
    """出庭应诉提示函: the rule-of-law office reminds the agency's head of the duty to appear (第三条第三款)."""
    check_date(on, "on", "提示函发送日期", not_before=[(case.served_on, "收到起诉状副本日期")])
    case.reminder_sent_on, case.reminder_to = on, to
    case.save()
    steps.record({"on": on, "to": to})
    return case


@steps.step(Event.SITTING, on=LitigationCase, form=SittingForm, name='sitting',
            basis=rules.BASIS["appearance"], available=lambda c: not c.outcome)
def record_sitting(case: LitigationCase, *, acting_user, held_on: dt.date, head_appeared: bool = False, head_name: str = "",
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
    steps.record({"held_on": held_on, "head": head_name, "role": sitting.get_head_role_display()}, label="负责人出庭应诉" if head_appeared else "开庭（负责人未出庭）")
    return sitting


@steps.step(Event.CONCLUDE, on=LitigationCase, form=ConcludeForm, label='登记裁判结果',
            basis=rules.BASIS["outcome"], style="success", available=lambda c: not c.outcome)
def conclude(case: LitigationCase, *, acting_user, on: dt.date, outcome: str, appealed: bool = False,
             judgment_served_on: dt.date | None = None) -> LitigationCase:
    """裁判结果; with the day the 判决书/裁定书 was served the appeal period runs (第八十五条)."""
    check_date(on, "on", "裁判日期", not_before=[(case.served_on, "收到起诉状副本日期")])
    if case.outcome:
        raise ValidationError("本案已登记裁判结果；上诉或再审请另行登记为新的审级。")
    if judgment_served_on is not None:
        check_date(judgment_served_on, "judgment_served_on", "裁判文书送达日期", not_before=[(on, "裁判日期")])
    case.outcome, case.outcome_on, case.appealed = outcome, on, appealed
    case.lost = rules.is_lost(outcome)
    case.judgment_served_on = judgment_served_on
    case.appeal_due = rules.appeal_due(outcome, case.instance, judgment_served_on)
    if appealed:
        case.appeal_decision = LitigationCase.AppealDecision.APPEAL
    case.save()
    steps.record({"on": on, "outcome": case.get_outcome_display(), "lost": case.lost, "appeal_due": case.appeal_due})
    return case


@steps.step(Event.APPEAL_DECISION, on=LitigationCase, form=AppealDecisionForm, name="appeal-decision",
            basis=rules.BASIS["appeal"], available=lambda c: bool(c.appeal_due) and not c.appeal_decision)
def decide_appeal(case: LitigationCase, *, acting_user, on: dt.date, decision: str) -> LitigationCase:
    """上诉或服判: an appeal lies within fifteen days of a judgment's service, ten of a ruling's (第八十五条);
    after that the first-instance judgment takes effect."""
    if not case.appeal_due or case.appeal_decision:
        raise ValidationError("本案没有待决定的上诉。")
    check_date(on, "on", "决定日期", not_before=[(case.judgment_served_on, "裁判文书送达日期")])
    if decision == LitigationCase.AppealDecision.APPEAL and on > case.appeal_due:
        raise ValidationError({"on": f"已超过上诉期限（{case.appeal_due}）：逾期不提起上诉的，第一审裁判发生法律效力"
                                     f"（{rules.BASIS['appeal']}）。"})
    case.appeal_decision, case.appeal_decided_on = decision, on
    case.appealed = decision == LitigationCase.AppealDecision.APPEAL
    case.save()
    steps.record({"on": on, "decision": case.get_appeal_decision_display(), "due": case.appeal_due})
    return case


@steps.step(Event.PERFORM, on=LitigationCase, form=PerformForm, basis=rules.BASIS["performance"],
            available=lambda c: c.lost and not c.appealed and not c.performed_on)
def perform(case: LitigationCase, *, acting_user, on: dt.date, performance: str) -> LitigationCase:
    """履行生效裁判 (第九十四条); a refusal brings the court's measures of 第九十六条."""
    if not case.lost or case.appealed:
        raise ValidationError("只有行政机关败诉且未上诉（已生效）的裁判需要登记履行。")
    check_date(on, "on", "履行日期", not_before=[(case.outcome_on, "裁判日期")])
    if not performance.strip():
        raise ValidationError({"performance": "请写明履行情况（如重新作出行政行为、退还罚款、给付赔偿）。"})
    case.performed_on, case.performance = on, performance.strip()
    case.save()
    steps.record({"on": on, "performance": case.performance})
    return case
