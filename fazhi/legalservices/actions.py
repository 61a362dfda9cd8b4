"""Steps of a legal-aid case: registration (the review or assignment period starts), the decision (给予 / 不予, with
reasons), assignment of a lawyer, closure."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.gates import check_date
from fazhi.core.registers.forms import OnDateForm

from . import rules
from .events import Event
from .forms import AssignForm, CloseForm, DecideForm, ObjectionResultForm
from .models import LegalAidCase


@steps.step(Event.REGISTER, on=LegalAidCase)
def register_case(case: LegalAidCase, *, acting_user) -> LegalAidCase:
    check_date(case.received_on, "received_on", "收到申请（通知）日期")
    case.full_clean()
    new = case.pk is None
    if case.origin == LegalAidCase.Origin.NOTIFIED:
        # a notice needs no review: the aid is due, and the lawyer within 3 days
        case.decide_due, case.decision = None, LegalAidCase.Decision.GRANT
        case.decided_on = case.decided_on or case.received_on
        case.assign_due = rules.due("legal_aid.assign_notified", case.received_on)
        basis = rules.NOTIFIED_BASIS
    else:
        case.decide_due = rules.due("legal_aid.decide", case.received_on)
        basis = rules.DECIDE_BASIS
    case.save()
    if new:
        steps.record({"received_on": case.received_on, "decide_due": case.decide_due,
                      "assign_due": case.assign_due}, basis=basis)
    else:
        steps.no_event()  # a correction of the registration: the change log has it
    return case


@steps.step(Event.DECIDE, on=LegalAidCase, form=DecideForm, basis=rules.DECIDE_BASIS,
            available=lambda c: not c.decided_on)
def decide(case: LegalAidCase, *, acting_user, on: dt.date, decision: str, reason: str = "") -> LegalAidCase:
    """审查决定 within 7 days; a refusal is given in writing with its reasons (第四十三条第一款)."""
    if case.decided_on:
        raise ValidationError("已经作出审查决定。")
    check_date(on, "on", "决定日期", not_before=[(case.received_on, "收到申请日期")])
    if decision not in LegalAidCase.Decision.values:
        raise ValidationError({"decision": "请选择审查决定。"})
    if decision == LegalAidCase.Decision.REFUSE and not reason.strip():
        raise ValidationError({"reason": f"决定不给予法律援助的，应当书面告知申请人并说明理由（{rules.DECIDE_BASIS}）。"})
    case.decided_on, case.decision, case.refusal_reason = on, decision, reason.strip()
    if decision == LegalAidCase.Decision.GRANT:
        case.assign_due = rules.due("legal_aid.assign", on)
    case.save()
    steps.record({"on": on, "decision": decision, "reason": reason,
                                                "on_time": on <= case.decide_due})
    return case


@steps.step(Event.ASSIGN, on=LegalAidCase, form=AssignForm,
            available=lambda c: c.decision == "grant" and not c.assigned_on)
def assign(case: LegalAidCase, *, acting_user, on: dt.date, lawyer: str, law_firm: str) -> LegalAidCase:
    if case.decision != LegalAidCase.Decision.GRANT:
        raise ValidationError("尚未决定给予法律援助，不能指派。")
    if case.assigned_on:
        raise ValidationError("已经指派承办人员。")
    check_date(on, "on", "指派日期", not_before=[(case.decided_on, "决定日期")])
    if not lawyer.strip():
        raise ValidationError({"lawyer": "请填写承办的律师或法律援助人员。"})
    case.assigned_on, case.lawyer, case.law_firm = on, lawyer.strip(), law_firm.strip()
    case.save()
    basis = rules.NOTIFIED_BASIS if case.origin == LegalAidCase.Origin.NOTIFIED else rules.DECIDE_BASIS
    steps.record({"on": on, "lawyer": lawyer, "on_time": on <= case.assign_due}, basis=basis)
    return case


@steps.step(Event.CLOSE, on=LegalAidCase, form=CloseForm, basis="",
            available=lambda c: bool(c.assigned_on) and not c.closed_on)
def close(case: LegalAidCase, *, acting_user, on: dt.date, closing: str,
          amount_recovered: Decimal | None = None) -> LegalAidCase:
    if not case.assigned_on:
        raise ValidationError("尚未指派承办人员，不能结案。")
    if case.closed_on:
        raise ValidationError("已经结案。")
    check_date(on, "on", "结案日期", not_before=[(case.assigned_on, "指派日期")])
    if closing not in LegalAidCase.Closing.values:
        raise ValidationError({"closing": "请选择结案方式。"})
    if amount_recovered is not None and amount_recovered < 0:
        raise ValidationError({"amount_recovered": "挽回经济损失不能为负数。"})
    case.closed_on, case.closing, case.amount_recovered = on, closing, amount_recovered
    case.save()
    steps.record({"on": on, "closing": closing, "amount_recovered": amount_recovered})
    return case


@steps.step(Event.OBJECTION, on=LegalAidCase, form=OnDateForm, name='objection', label='登记异议',
            basis=rules.OBJECTION_BASIS, style="secondary",
            available=lambda c: c.decision == "refuse" and not c.objection_on)
def receive_objection(case: LegalAidCase, *, acting_user, on: dt.date) -> LegalAidCase:
    """An applicant's objection to a refusal (第四十九条): the 司法行政部门 reviews it within 5 days."""
    if case.decision != LegalAidCase.Decision.REFUSE:
        raise ValidationError("只有不予法律援助的决定可以提出异议。")
    if case.objection_on:
        raise ValidationError("已经登记异议。")
    check_date(on, "on", "收到异议日期", not_before=[(case.decided_on, "决定日期")])
    case.objection_on, case.objection_due = on, rules.due("legal_aid.objection", on)
    case.save()
    steps.record({"on": on, "due": case.objection_due})
    return case


@steps.step(Event.OBJECTION_DECIDED, on=LegalAidCase, form=ObjectionResultForm, name='objection_result',
            basis=rules.OBJECTION_BASIS,
            available=lambda c: bool(c.objection_on) and not c.objection_decided_on)
def decide_objection(case: LegalAidCase, *, acting_user, on: dt.date, result: str) -> LegalAidCase:
    """维持 the refusal, or 责令改正: the aid centre then grants aid and the 3-day assignment period starts."""
    if not case.objection_on or case.objection_decided_on:
        raise ValidationError("没有待审查的异议。")
    check_date(on, "on", "异议审查决定日期", not_before=[(case.objection_on, "收到异议日期")])
    if result not in ("uphold", "correct"):
        raise ValidationError({"result": "请选择审查结果。"})
    case.objection_decided_on, case.objection_result = on, result
    if result == "correct":
        case.decision, case.refusal_reason = LegalAidCase.Decision.GRANT, ""
        case.assign_due = rules.due("legal_aid.assign", on)
    case.save()
    steps.record({"on": on, "result": result,
                                                              "on_time": on <= case.objection_due})
    return case
