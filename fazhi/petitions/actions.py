"""Steps of a 信访事项, one function each; every period and gate cites its article of the 《信访工作条例》."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.deadlines import compute
from fazhi.core.gates import check_date
from fazhi.core.rules import get as rule

from . import rules
from .events import Event
from .forms import (
    AcceptForm,
    ConcludeForm,
    ExtendForm,
    NotifyForm,
    ObjectForm,
    RecheckForm,
    ReferForm,
    RequestForm,
    ReviewForm,
)
from .models import Petition

P = Petition


def _open(p: Petition) -> bool:
    return not p.concluded_on and not p.objected_on


@steps.step(Event.REGISTER, on=Petition, basis=rules.NOTICE_BASIS)
def register_petition(p: Petition, *, acting_user) -> Petition:
    """登记: the 15-day written notice starts (not when the petitioner's name and address are unclear); a matter
    transferred or assigned may be objected to within 5 working days (第二十三条)."""
    check_date(p.received_on, "received_on", "收到日期")
    p.full_clean()
    new = p.pk is None
    p.notice_due = rules.due("petitions.notice", p.received_on) if p.address_known else None
    p.objection_due = rules.due("petitions.objection", p.received_on) if p.origin != P.Origin.DIRECT else None
    p.save()
    if new:
        steps.record({"received_on": p.received_on, "notice_due": p.notice_due, "objection_due": p.objection_due})
    else:
        steps.no_event()  # a correction of the registration: the change log has it
    return p


@steps.step(Event.NOTIFY, on=Petition, form=NotifyForm, basis=rules.NOTICE_BASIS,
            available=lambda p: p.address_known and not p.notified_on and not p.objected_on)
def notify(p: Petition, *, acting_user, on: dt.date) -> Petition:
    """书面告知 the petitioner of the receipt and of how it will be handled (第二十三条第二、三款)."""
    if p.notified_on:
        raise ValidationError("已经书面告知信访人。")
    check_date(on, "on", "书面告知日期", not_before=[(p.received_on, "收到日期")])
    p.notified_on = on
    p.save()
    steps.record({"on": on, "due": p.notice_due, "on_time": p.notice_due is None or on <= p.notice_due})
    return p


@steps.step(Event.OBJECT, on=Petition, form=ObjectForm, basis=rules.OBJECTION_BASIS, style="secondary",
            available=lambda p: p.origin != P.Origin.DIRECT and _open(p) and not p.accepted_on)
def object_to(p: Petition, *, acting_user, on: dt.date, reason: str) -> Petition:
    """异议: a transferred or assigned matter outside the unit's competence, within 5 working days of receipt
    (第二十三条第三款); after that the unit handles it."""
    if p.origin == P.Origin.DIRECT:
        raise ValidationError("信访人直接提出的事项不适用异议；不属于本机关职权范围的，应当告知信访人向有权处理的机关提出。")
    if p.accepted_on:
        raise ValidationError("已经受理的信访事项不能再提出异议。")
    check_date(on, "on", "提出异议日期", not_before=[(p.received_on, "收到日期")])
    if on > p.objection_due:
        raise ValidationError({"on": f"已超过提出异议的期限（{p.objection_due}）：应当自收到之日起5个工作日内提出异议"
                                     f"（{rules.OBJECTION_BASIS}），逾期应当依职责办理。"})
    if not reason.strip():
        raise ValidationError({"reason": "请详细说明不属于本机关职权范围的理由。"})
    p.objected_on = on
    p.save()
    steps.record({"on": on, "reason": reason.strip()})
    return p


@steps.step(Event.ACCEPT, on=Petition, form=AcceptForm, basis=rules.CONCLUDE_BASIS,
            available=lambda p: not p.accepted_on and _open(p))
def accept(p: Petition, *, acting_user, on: dt.date) -> Petition:
    """受理: for a 申诉求决类 matter to be answered by a 信访处理意见书 the 60 days start (第三十四条)."""
    if p.accepted_on:
        raise ValidationError("已经受理。")
    check_date(on, "on", "受理日期", not_before=[(p.received_on, "收到日期")])
    p.accepted_on = on
    p.conclude_due = rules.due("petitions.conclude", on) if p.has_opinion_period else None
    p.save()
    steps.record({"on": on, "conclude_due": p.conclude_due})
    return p


@steps.step(Event.EXTEND, on=Petition, form=ExtendForm, basis=rules.CONCLUDE_BASIS, style="secondary",
            available=lambda p: bool(p.conclude_due) and not p.extended and _open(p))
def extend(p: Petition, *, acting_user, approved_by: str, reason: str, informed_on: dt.date) -> Petition:
    """延期: once, by at most 30 days, approved by the head, the petitioner told why, before the period ends."""
    if not p.conclude_due:
        raise ValidationError("只有适用60日办结期限的信访事项（第三十一条第六项）才能延长办理期限。")
    if p.extended:
        raise ValidationError(f"办理期限已经延长过；延长期限不得超过{rules.MAX_EXTENSION_DAYS}日（{rules.CONCLUDE_BASIS}）。")
    if not approved_by.strip() or not reason.strip():
        raise ValidationError({"reason": "延长办理期限须经本机关负责人批准，并写明延期理由。"})
    check_date(informed_on, "informed_on", "告知延期理由日期", not_before=[(p.accepted_on, "受理日期")],
               not_after=[(p.conclude_due, "原办结期限")])
    p.conclude_due = rules.due("petitions.conclude", p.accepted_on, extended=True)
    p.extended, p.extension_reason = True, reason.strip()
    p.save()
    steps.record({"approved_by": approved_by.strip(), "reason": reason.strip(), "informed_on": informed_on,
                  "conclude_due": p.conclude_due})
    return p


@steps.step(Event.REFER, on=Petition, form=ReferForm, basis=rules.MEDIATION_BASIS, style="secondary",
            available=lambda p: p.category == P.Category.CLAIM and not p.dispute_id and _open(p))
def refer_to_mediation(p: Petition, *, acting_user, on: dt.date, committee, other_party: str,
                       consent: bool = False) -> Petition:
    """访调对接: with both parties' consent a dispute raised as a 信访事项 goes to 人民调解 (第三十三条); the mediation
    case is registered through its own step and linked here."""
    from fazhi.mediation import actions as mediation
    from fazhi.mediation.models import Dispute

    if not consent:
        raise ValidationError({"consent": f"调解须经争议双方当事人同意（{rules.MEDIATION_BASIS}）。"})
    if not other_party.strip():
        raise ValidationError({"other_party": "请填写争议对方当事人。"})
    check_date(on, "on", "移送人民调解日期", not_before=[(p.received_on, "收到日期")])
    dispute = Dispute(committee=committee, received_on=on, source=Dispute.Source.PETITION,
                      dispute_type=Dispute.Type.OTHER, applicant_name=p.petitioner,
                      applicant_phone=p.petitioner_phone, applicant_id_number=p.petitioner_id_number,
                      other_party=other_party.strip(), summary=p.subject[:500])
    mediation.register_dispute(dispute, acting_user=acting_user)
    p.dispute = dispute
    p.save()
    steps.record({"on": on, "committee": str(committee), "dispute": dispute.pk})
    return p


@steps.step(Event.CONCLUDE, on=Petition, form=ConcludeForm, basis=rules.OPINION_BASIS,
            available=lambda p: bool(p.accepted_on) and _open(p))
def conclude(p: Petition, *, acting_user, on: dt.date, opinion: str, reply_served_on: dt.date | None = None) -> Petition:
    """办结: the 信访处理意见书 — supported, explained or not supported (第三十二条) — within the period."""
    if not p.accepted_on:
        raise ValidationError("请先受理。")
    if p.concluded_on:
        raise ValidationError("已经办结。")
    check_date(on, "on", "办结日期", not_before=[(p.accepted_on, "受理日期")])
    if opinion not in P.Opinion.values:
        raise ValidationError({"opinion": "请选择处理意见。"})
    if reply_served_on is not None:
        check_date(reply_served_on, "reply_served_on", "书面答复送达日期", not_before=[(on, "办结日期")])
    p.concluded_on, p.opinion, p.reply_served_on = on, opinion, reply_served_on
    p.save()
    steps.record({"on": on, "opinion": p.get_opinion_display(), "due": p.conclude_due,
                  "on_time": p.conclude_due is None or on <= p.conclude_due})
    return p


@steps.step(Event.REVIEW_REQUEST, on=Petition, form=RequestForm, name="review-request", basis=rules.REVIEW_BASIS,
            available=lambda p: bool(p.reply_served_on) and not p.review_requested_on)
def request_review(p: Petition, *, acting_user, on: dt.date) -> Petition:
    """复查请求: within 30 days of receiving the written reply; the 复查 opinion is due 30 days after (第三十五条)."""
    p.review_requested_on, p.review_due = _requested(on, p.reply_served_on, "书面答复送达日期", "复查",
                                                     rules.REVIEW_BASIS, "petitions.review")
    p.save()
    steps.record({"on": on, "review_due": p.review_due})
    return p


def _requested(on: dt.date, answered_on: dt.date | None, answered_label: str, what: str, basis: str,
               due_key: str) -> tuple[dt.date, dt.date]:
    """A petitioner's request for 复查 or 复核: within 30 days of receiving the written answer (第三十五条、第三十六条);
    (the day it was received, the day the answer to it is due)."""
    if not answered_on:
        raise ValidationError(f"书面答复作出后，信访人才能请求{what}。")
    check_date(on, "on", f"收到{what}请求日期", not_before=[(answered_on, answered_label)])
    window = rules.due("petitions.review_request", answered_on)
    if on > window:
        raise ValidationError({"on": f"已超过请求{what}的期限（{window}）：信访人可以自收到书面答复之日起30日内请求{what}"
                                     f"（{basis}）。"})
    return on, rules.due(due_key, on)


@steps.step(Event.REVIEW, on=Petition, form=ReviewForm, basis=rules.REVIEW_BASIS,
            available=lambda p: bool(p.review_requested_on) and not p.reviewed_on)
def review(p: Petition, *, acting_user, on: dt.date, result: str) -> Petition:
    if not p.review_requested_on or p.reviewed_on:
        raise ValidationError("没有待复查的请求。")
    check_date(on, "on", "复查意见日期", not_before=[(p.review_requested_on, "收到复查请求日期")])
    p.reviewed_on, p.review_result = on, result
    p.save()
    steps.record({"on": on, "result": p.get_review_result_display(), "on_time": on <= p.review_due})
    return p


@steps.step(Event.RECHECK_REQUEST, on=Petition, form=RequestForm, name="recheck-request", basis=rules.RECHECK_BASIS,
            available=lambda p: bool(p.reviewed_on) and not p.recheck_requested_on)
def request_recheck(p: Petition, *, acting_user, on: dt.date) -> Petition:
    """复核请求: within 30 days of receiving the 复查 opinion (第三十六条)."""
    p.recheck_requested_on, p.recheck_due = _requested(on, p.reviewed_on, "复查意见日期", "复核", rules.RECHECK_BASIS,
                                                       "petitions.recheck")
    p.save()
    steps.record({"on": on, "recheck_due": p.recheck_due})
    return p


@steps.step(Event.RECHECK, on=Petition, form=RecheckForm, basis=rules.RECHECK_BASIS,
            available=lambda p: bool(p.recheck_requested_on) and not p.rechecked_on)
def recheck(p: Petition, *, acting_user, on: dt.date, result: str, hearing_days: int | None = None) -> Petition:
    """复核意见: within 30 days, the time of a hearing not counted (第三十六条第二款)."""
    if not p.recheck_requested_on or p.rechecked_on:
        raise ValidationError("没有待复核的请求。")
    check_date(on, "on", "复核意见日期", not_before=[(p.recheck_requested_on, "收到复核请求日期")])
    p.recheck_hearing_days = hearing_days or 0
    p.recheck_due = compute(rule("petitions.recheck"), p.recheck_requested_on, paused_days=p.recheck_hearing_days).due
    p.rechecked_on, p.recheck_result = on, result
    p.save()
    steps.record({"on": on, "result": p.get_recheck_result_display(), "hearing_days": p.recheck_hearing_days,
                  "on_time": on <= p.recheck_due})
    return p
