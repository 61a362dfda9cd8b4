"""Steps of oversight: a suggestion or proposal answered within its period, met in person, the proposer's view,
a second answer when they are not satisfied; a 检察建议 or 司法建议 answered in writing with what was corrected."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import steps
from fazhi.core.deadlines import add_months
from fazhi.core.gates import check_date

from . import rules
from .events import Event
from .forms import FeedbackForm, MeetForm, RedoForm, ReplyForm, RespondForm
from .models import Recommendation, Suggestion

S, R = Suggestion, Recommendation
REDO_MONTHS = 3  # an answer the proposer is not satisfied with is redone and answered again within three months


@steps.step(Event.ASSIGN, on=Suggestion)
def assign(s: Suggestion, *, acting_user) -> Suggestion:
    """交办: the reply is due three months after (six for one 涉及面广、处理难度大, 代表法第五十一条第二款)."""
    check_date(s.assigned_on, "assigned_on", "交办日期")
    s.full_clean()
    new = s.pk is None
    s.reply_due = rules.due(s.rule_key, s.assigned_on, extended=s.complex)
    s.save()
    if new:
        steps.record({"assigned_on": s.assigned_on, "reply_due": s.reply_due, "complex": s.complex},
                     basis=rules.NPC_BASIS if s.kind == S.Kind.NPC else rules.CPPCC_BASIS)
    else:
        steps.no_event()
    return s


@steps.step(Event.MEET, on=Suggestion, form=MeetForm, available=lambda s: not s.met_on)
def meet(s: Suggestion, *, acting_user, on: dt.date) -> Suggestion:
    """面商（面复）: the unit meets the deputy or member to discuss the handling or the answer (代表法第五十一条
    "与代表联系沟通，充分听取意见")."""
    check_date(on, "on", "面商日期", not_before=[(s.assigned_on, "交办日期")])
    s.met_on = on
    s.save()
    steps.record({"on": on}, basis=rules.NPC_BASIS)
    return s


@steps.step(Event.REPLY, on=Suggestion, form=ReplyForm, available=lambda s: not s.replied_on)
def reply(s: Suggestion, *, acting_user, on: dt.date, result: str) -> Suggestion:
    if s.replied_on:
        raise ValidationError("已经书面答复。")
    check_date(on, "on", "书面答复日期", not_before=[(s.assigned_on, "交办日期")])
    if result not in S.Result.values:
        raise ValidationError({"result": "请选择办理结果。"})
    s.replied_on, s.result = on, result
    s.save()
    steps.record({"on": on, "result": s.get_result_display(), "due": s.reply_due, "on_time": on <= s.reply_due},
                 basis=rules.NPC_BASIS if s.kind == S.Kind.NPC else rules.CPPCC_BASIS)
    return s


@steps.step(Event.FEEDBACK, on=Suggestion, form=FeedbackForm, available=lambda s: bool(s.replied_on)
            and not s.satisfaction)
def feedback(s: Suggestion, *, acting_user, satisfaction: str) -> Suggestion:
    """The deputy's (member's) view of the answer; 不满意 opens a second handling, answered within three months."""
    if not s.replied_on:
        raise ValidationError("书面答复后才能登记代表（委员）的意见。")
    if satisfaction not in S.Satisfaction.values:
        raise ValidationError({"satisfaction": "请选择代表（委员）的意见。"})
    s.satisfaction = satisfaction
    s.redo_due = add_months(s.replied_on, REDO_MONTHS) if satisfaction == S.Satisfaction.DISSATISFIED else None
    s.save()
    steps.record({"satisfaction": s.get_satisfaction_display(), "redo_due": s.redo_due})
    return s


@steps.step(Event.REDO, on=Suggestion, form=RedoForm, available=lambda s: bool(s.redo_due) and not s.redone_on)
def redo(s: Suggestion, *, acting_user, on: dt.date) -> Suggestion:
    if not s.redo_due:
        raise ValidationError("代表（委员）不满意的，才需要重新办理答复。")
    check_date(on, "on", "重新答复日期", not_before=[(s.replied_on, "书面答复日期")])
    s.redone_on = on
    s.save()
    steps.record({"on": on, "on_time": on <= s.redo_due})
    return s


def _reply_due(r: Recommendation) -> dt.date:
    if r.kind == R.Kind.PUBLIC_INTEREST:
        return rules.due("oversight.public_interest_urgent" if r.urgent else "oversight.public_interest_reply",
                         r.received_on)
    return r.stated_due


def _basis(r: Recommendation) -> str:
    return {R.Kind.PUBLIC_INTEREST: rules.PUBLIC_INTEREST_BASIS, R.Kind.PROCURATORIAL: rules.PROCURATORIAL_BASIS,
            R.Kind.JUDICIAL: rules.JUDICIAL_BASIS}[r.kind]


@steps.step(Event.RECEIVE, on=Recommendation)
def receive(r: Recommendation, *, acting_user) -> Recommendation:
    """收到: a 诉前检察建议 is answered within two months (fifteen days when urgent); others by the stated date."""
    check_date(r.received_on, "received_on", "收到日期")
    r.full_clean()
    new = r.pk is None
    r.reply_due = _reply_due(r)
    r.save()
    if new:
        steps.record({"received_on": r.received_on, "reply_due": r.reply_due}, basis=_basis(r))
    else:
        steps.no_event()
    return r


@steps.step(Event.RESPOND, on=Recommendation, form=RespondForm, available=lambda r: not r.replied_on)
def respond(r: Recommendation, *, acting_user, on: dt.date, corrected: str, adopted: bool = False) -> Recommendation:
    """书面回复: what was done; a 诉前检察建议 asks the duty performed, so its reply says how."""
    if r.replied_on:
        raise ValidationError("已经书面回复。")
    check_date(on, "on", "书面回复日期", not_before=[(r.received_on, "收到日期")])
    if not corrected.strip():
        raise ValidationError({"corrected": "请写明履行职责或整改纠正的情况（书面回复的内容）。"})
    r.replied_on, r.adopted, r.corrected = on, bool(adopted), corrected.strip()
    r.save()
    steps.record({"on": on, "adopted": r.adopted, "due": r.reply_due, "on_time": on <= r.reply_due}, basis=_basis(r))
    return r
