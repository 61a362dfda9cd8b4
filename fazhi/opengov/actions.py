"""Steps of a disclosure request: registration (the reply period starts), extension with approval, reply."""

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import calendar, steps
from fazhi.core.gates import check_date
from fazhi.core.registers.forms import OnDateForm

from . import rules
from .events import Event
from .forms import ConsultForm, CorrectionForm, ExtendForm, PublishItemForm, ReplyForm
from .models import DisclosureRequest, ProactiveItem


@steps.step(Event.REGISTER, on=DisclosureRequest, basis=rules.BASIS)
def register_request(req: DisclosureRequest, *, acting_user) -> DisclosureRequest:
    check_date(req.received_on, "received_on", "收到申请日期")
    if req.pk and req.replied_on and req.received_on > req.replied_on:
        raise ValidationError({"received_on": "收到申请日期不能晚于答复日期。"})
    req.full_clean()
    req.reply_due = reply_due_of(req)
    req.save()
    steps.record({"received_on": req.received_on, "reply_due": req.reply_due})
    return req


def reply_due_of(req: DisclosureRequest):
    """20 (+20) working days from receipt, or from the corrected request, plus the working days a consultation
    took (第三十三条第三款); none while a correction is awaited."""
    if req.correction_requested_on:
        if not req.corrected_on:
            return None
        due = rules.reply_due(req.corrected_on, extended=bool(req.extended_on))
    else:
        due = rules.reply_due(req.received_on, extended=bool(req.extended_on))
    return calendar.add_working_days(due, req.consultation_days) if req.consultation_days else due


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end`."""
    return sum(1 for n in range(1, (end - start).days + 1) if calendar.is_workday(start + dt.timedelta(days=n)))


@steps.step(Event.REQUEST_CORRECTION, on=DisclosureRequest, form=CorrectionForm, name='request_correction',
            basis=rules.CORRECTION_BASIS, style="secondary",
            available=lambda r: not r.replied_on and not r.correction_requested_on)
def request_correction(req: DisclosureRequest, *, acting_user, on: dt.date, items: str, due: dt.date) -> DisclosureRequest:
    """一次性告知补正 (第三十条): once, with the items and a reasonable period; the reply period stops until it comes."""
    if req.replied_on:
        raise ValidationError("已经答复，不能再告知补正。")
    if req.correction_requested_on:
        raise ValidationError(f"补正应当一次性告知，本申请已于{req.correction_requested_on}告知补正（{rules.CORRECTION_BASIS}）。")
    check_date(on, "on", "告知补正日期", not_before=[(req.received_on, "收到申请日期")])
    if not items.strip():
        raise ValidationError({"items": "请说明需要补正的事项。"})
    check_date(due, "due", "补正期限", not_before=[(on, "告知补正日期")], allow_future=True)
    late = on > rules.due("opengov.correction_notice", req.received_on)
    req.correction_requested_on, req.correction_items, req.correction_due = on, items.strip(), due
    req.reply_due = None
    req.save()
    steps.record({"on": on, "items": items, "due": due, "late": late})
    return req


@steps.step(Event.RECEIVE_CORRECTION, on=DisclosureRequest, form=OnDateForm, name='receive_correction',
            basis=rules.CORRECTION_BASIS,
            available=lambda r: bool(r.correction_requested_on) and not r.corrected_on and not r.replied_on)
def receive_correction(req: DisclosureRequest, *, acting_user, on: dt.date) -> DisclosureRequest:
    """收到补正: the reply period starts again from this day (第三十条)."""
    if not req.correction_requested_on or req.corrected_on or req.replied_on:
        raise ValidationError("本申请没有待补正的事项。")
    check_date(on, "on", "收到补正日期", not_before=[(req.correction_requested_on, "告知补正日期")])
    req.corrected_on = on
    req.reply_due = reply_due_of(req)
    req.save()
    steps.record({"on": on, "reply_due": req.reply_due})
    return req


@steps.step(Event.ABANDONED, on=DisclosureRequest, form=OnDateForm, name='abandoned', label='逾期未补正，视为放弃',
            basis=rules.CORRECTION_BASIS, style="warning",
            available=lambda r: bool(r.correction_requested_on) and not r.corrected_on and not r.replied_on)
def deem_abandoned(req: DisclosureRequest, *, acting_user, on: dt.date) -> DisclosureRequest:
    """逾期不补正，视为放弃申请 (第三十条): only after the correction period has run out."""
    if not req.correction_requested_on or req.corrected_on or req.replied_on:
        raise ValidationError("只有告知补正后逾期未补正的申请才能视为放弃。")
    check_date(on, "on", "处理日期")
    if on <= req.correction_due:
        raise ValidationError({"on": f"补正期限（{req.correction_due}）尚未届满，不能视为放弃申请。"})
    req.replied_on, req.outcome = on, DisclosureRequest.Outcome.ABANDONED
    req.save()
    steps.record({"on": on})
    return req


@steps.step(Event.EXTEND, on=DisclosureRequest, form=ExtendForm, basis=rules.BASIS,
            available=lambda r: not r.replied_on and not r.extended_on and r.reply_due is not None)
def extend(req: DisclosureRequest, *, acting_user, on: dt.date, approver: str) -> DisclosureRequest:
    """延长答复期限: once, before the 20 working days run out, with the head's consent (第三十三条第二款)."""
    if req.replied_on:
        raise ValidationError("已经答复，不能再延长答复期限。")
    if req.extended_on:
        raise ValidationError("答复期限只能延长一次，且最长不超过20个工作日。")
    if req.reply_due is None:
        raise ValidationError("申请正在补正，答复期限自收到补正之日起计算，暂不能延长。")
    check_date(on, "on", "延长日期", not_before=[(req.received_on, "收到申请日期")], not_after=[(req.reply_due, "答复期限")])
    if not approver.strip():
        raise ValidationError({"approver": "延长答复期限须经政府信息公开工作机构负责人同意。"})
    req.extended_on, req.extension_approver = on, approver.strip()
    req.reply_due = reply_due_of(req)
    req.save()
    steps.record({"on": on, "approver": approver, "reply_due": req.reply_due})
    return req


@steps.step(Event.REPLY, on=DisclosureRequest, form=ReplyForm, basis=rules.BASIS,
            available=lambda r: not r.replied_on and r.reply_due is not None)
def reply(req: DisclosureRequest, *, acting_user, on: dt.date, outcome: str) -> DisclosureRequest:
    if req.replied_on:
        raise ValidationError("该申请已经答复。")
    check_date(on, "on", "答复日期", not_before=[(req.received_on, "收到申请日期")])
    if outcome not in DisclosureRequest.Outcome.values or outcome == DisclosureRequest.Outcome.ABANDONED:
        raise ValidationError({"outcome": "请选择答复结果。"})
    if req.reply_due is None:
        raise ValidationError("申请正在补正，请先登记收到补正，或在补正期限届满后按视为放弃申请处理。")
    req.replied_on, req.outcome = on, outcome
    req.save()
    steps.record({"on": on, "outcome": outcome, "late": on > req.reply_due})
    return req


@steps.step(Event.CONSULT, on=DisclosureRequest, form=ConsultForm, basis=rules.CONSULT_BASIS, style="secondary",
            available=lambda r: not r.replied_on and not r.consulted_on and r.reply_due is not None)
def consult(req: DisclosureRequest, *, acting_user, on: dt.date, party: str) -> DisclosureRequest:
    """书面征求第三方（其他机关）意见: they answer within 15 working days (第三十二条、第三十四条); the time it takes is
    not counted in the reply period (第三十三条第三款)."""
    if req.replied_on or req.consulted_on:
        raise ValidationError("已经征求过意见或已经答复。")
    check_date(on, "on", "征求意见日期", not_before=[(req.received_on, "收到申请日期")], not_after=[(req.reply_due, "答复期限")])
    if not party.strip():
        raise ValidationError({"party": "请填写征求意见的第三方或其他机关。"})
    req.consulted_on, req.consulted_party = on, party.strip()
    req.consultation_due = rules.due("opengov.consultation", on)
    req.save()
    steps.record({"on": on, "party": req.consulted_party, "due": req.consultation_due})
    return req


@steps.step(Event.CONSULTED, on=DisclosureRequest, form=OnDateForm, name="consulted", basis=rules.CONSULT_BASIS,
            available=lambda r: bool(r.consulted_on) and not r.consultation_answered_on)
def consultation_answered(req: DisclosureRequest, *, acting_user, on: dt.date) -> DisclosureRequest:
    """The third party answered (or its 15 working days ran out): the days it took move the reply date."""
    if not req.consulted_on or req.consultation_answered_on:
        raise ValidationError("没有待收到的征求意见。")
    check_date(on, "on", "收到意见日期", not_before=[(req.consulted_on, "征求意见日期")])
    until = min(on, req.consultation_due)  # after its 15 working days the office decides itself (第三十二条)
    req.consultation_answered_on = on
    req.consultation_days = working_days_between(req.consulted_on, until)
    req.reply_due = reply_due_of(req)
    req.save()
    steps.record({"on": on, "days": req.consultation_days, "reply_due": req.reply_due})
    return req


@steps.step(Event.PROACTIVE_FORMED, on=ProactiveItem, basis=rules.PROACTIVE_BASIS)
def record_item(item: ProactiveItem, *, acting_user) -> ProactiveItem:
    """A piece of information to publish: due within 20 working days of its creation or change (第二十六条), unless
    a law or regulation sets its own period (then that rule is written down instead)."""
    check_date(item.formed_on, "formed_on", "形成或者变更日期")
    if item.published_on:
        raise ValidationError("已公开的事项不能修改；信息变更的，请登记一条“变更后重新公开”的事项。")
    item.full_clean()
    new = item.pk is None
    item.due = None if item.other_rule.strip() else rules.due("opengov.proactive", item.formed_on)
    item.save()
    if new:
        steps.record({"formed_on": item.formed_on, "due": item.due})
    else:
        steps.no_event()
    return item


@steps.step(Event.PROACTIVE_PUBLISH, on=ProactiveItem, form=PublishItemForm, name="publish",
            basis=rules.PROACTIVE_BASIS, available=lambda item: not item.published_on)
def publish_item(item: ProactiveItem, *, acting_user, on: dt.date, url: str = "") -> ProactiveItem:
    if item.published_on:
        raise ValidationError("该事项已经公开。")
    check_date(on, "on", "公开日期", not_before=[(item.formed_on, "形成或者变更日期")])
    item.published_on, item.url = on, url
    item.save()
    steps.record({"on": on, "due": item.due, "on_time": item.due is None or on <= item.due})
    return item
