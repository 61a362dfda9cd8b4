"""Steps of a mediation case: registration (the one-month norm starts), conclusion (with or without an agreement),
application for judicial confirmation within 30 days of the agreement, and the court's ruling."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.gates import check_date

from . import rules
from .events import Event
from .forms import ApplyConfirmationForm, ConcludeForm, ConfirmationResultForm
from .models import Dispute


@steps.step(Event.REGISTER, on=Dispute, basis=rules.CONCLUDE_BASIS)
def register_dispute(dispute: Dispute, *, acting_user) -> Dispute:
    check_date(dispute.received_on, "received_on", "受理日期")
    if dispute.concluded_on and dispute.received_on > dispute.concluded_on:
        raise ValidationError({"received_on": "受理日期不能晚于调结日期。"})
    dispute.full_clean()
    new = dispute.pk is None
    dispute.conclude_due = rules.due("mediation.conclude", dispute.received_on)
    dispute.save()
    if new:
        steps.record({"received_on": dispute.received_on, "conclude_due": dispute.conclude_due,
                            "pre_litigation": dispute.is_pre_litigation})
    else:
        steps.no_event()  # a correction of the registration: the change log has it
    return dispute


@steps.step(Event.CONCLUDE, on=Dispute, form=ConcludeForm, available=lambda d: not d.concluded_on)
def conclude(dispute: Dispute, *, acting_user, on: dt.date, result: str, agreement_form: str = "",
             agreement_amount: Decimal | None = None, agreement_effective_on: dt.date | None = None,
             confirmation_intended: bool = False) -> Dispute:
    """调结: the result; for an agreement its form, amount and the day it took effect (人民调解法第二十九、三十条)."""
    if dispute.concluded_on:
        raise ValidationError("该纠纷已经调结。")
    check_date(on, "on", "调结日期", not_before=[(dispute.received_on, "受理日期")])
    if result not in Dispute.Result.values:
        raise ValidationError({"result": "请选择调解结果。"})
    if result == Dispute.Result.AGREEMENT:
        if agreement_form not in Dispute.AgreementForm.values:
            raise ValidationError({"agreement_form": "达成调解协议的，请选择协议形式（书面或口头）。"})
        check_date(agreement_effective_on, "agreement_effective_on", "调解协议生效日期",
                   not_before=[(dispute.received_on, "受理日期")], not_after=[(on, "调结日期")])
        if agreement_amount is not None and agreement_amount < 0:
            raise ValidationError({"agreement_amount": "协议金额不能为负数。"})
        dispute.agreement_form, dispute.agreement_amount = agreement_form, agreement_amount
        dispute.agreement_effective_on = agreement_effective_on
        dispute.confirmation_intended = bool(confirmation_intended)
        dispute.confirmation_due = rules.due("mediation.judicial_confirmation", agreement_effective_on)
    elif agreement_form or agreement_effective_on or confirmation_intended:
        raise ValidationError({"result": "未达成调解协议的，不填写协议形式、生效日期或司法确认。"})
    dispute.concluded_on, dispute.result = on, result
    dispute.save()
    steps.record({"on": on, "result": result, "within_month": on <= dispute.conclude_due,
                        "agreement_effective_on": agreement_effective_on, "confirmation_due": dispute.confirmation_due}, basis=rules.AGREEMENT_BASIS if result == Dispute.Result.AGREEMENT else rules.CONCLUDE_BASIS)
    return dispute


@steps.step(Event.APPLY_CONFIRMATION, on=Dispute, form=ApplyConfirmationForm, name='apply_confirmation',
            basis=rules.CONFIRMATION_BASIS,
            available=lambda d: d.result == "agreement" and not d.confirmation_applied_on)
def apply_confirmation(dispute: Dispute, *, acting_user, on: dt.date, court: str) -> Dispute:
    """双方当事人共同申请司法确认: only for an agreement, and only within 30 days of its taking effect."""
    if dispute.result != Dispute.Result.AGREEMENT:
        raise ValidationError("只有达成调解协议的纠纷才能申请司法确认。")
    if dispute.confirmation_applied_on:
        raise ValidationError("已经申请司法确认。")
    check_date(on, "on", "申请日期", not_before=[(dispute.agreement_effective_on, "调解协议生效日期")])
    if on > dispute.confirmation_due:
        raise ValidationError({"on": f"已超过申请司法确认的期限（{dispute.confirmation_due}）：应当自调解协议生效之日起"
                                     f"三十日内共同向人民法院申请（{rules.CONFIRMATION_BASIS}）。"})
    if not court.strip():
        raise ValidationError({"court": "请填写受理申请的人民法院。"})
    dispute.confirmation_applied_on, dispute.confirmation_court = on, court.strip()
    dispute.confirmation_intended = True
    dispute.save()
    steps.record({"on": on, "court": court,
                                                                  "due": dispute.confirmation_due})
    return dispute


@steps.step(Event.CONFIRMATION_RESULT, on=Dispute, form=ConfirmationResultForm, name='confirmation_result',
            basis=rules.CONFIRMATION_BASIS,
            available=lambda d: bool(d.confirmation_applied_on) and not d.confirmation_result)
def record_confirmation(dispute: Dispute, *, acting_user, result: str) -> Dispute:
    if not dispute.confirmation_applied_on:
        raise ValidationError("尚未申请司法确认。")
    if dispute.confirmation_result:
        raise ValidationError("已经登记司法确认结果。")
    if result not in Dispute.Confirmation.values:
        raise ValidationError({"result": "请选择司法确认结果。"})
    dispute.confirmation_result = result
    dispute.save()
    steps.record({"result": result})
    return dispute
