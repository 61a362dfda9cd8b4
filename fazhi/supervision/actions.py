"""Steps of a rectification item: progress (with evidence) and the request for close-out by the responsible unit;
close-out (销号) or return by the rule-of-law office; escalation (督办) of an overdue item."""

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import attachments, steps
from fazhi.core.gates import check_date
from fazhi.core.registers.forms import OnDateForm
from fazhi.core.roles import OFFICE

from . import rules
from .events import Event
from .forms import CloseOutForm, EscalateForm, ProgressForm, ReturnForm
from .models import RESPONSIBLE_ROLES, ProgressReport, Rectification

S = Rectification.Status


@steps.step(Event.PROGRESS, on=Rectification, form=ProgressForm, name='progress', basis=rules.BASIS,
            roles=RESPONSIBLE_ROLES, available=lambda r: r.status == "open")
def report_progress(item: Rectification, *, acting_user, on: dt.date, progress: int, text: str, evidence=None,
                    kind: str = "进展报告") -> Rectification:
    if item.status != S.OPEN:
        raise ValidationError(f"当前状态为“{item.get_status_display()}”，不能报告进展。")
    check_date(on, "on", "报告日期", not_before=[(item.finding.found_on, "问题反馈日期")])
    if not 0 <= progress <= 100:
        raise ValidationError({"progress": "完成进度应在0至100之间。"})
    if progress < item.progress:
        raise ValidationError({"progress": f"完成进度不能低于上次报告的{item.progress}%。"})
    if not text.strip():
        raise ValidationError({"text": "请填写整改进展。"})
    if evidence is not None:
        attachments.attach(item, evidence, acting_user, f"{on} 整改佐证材料")
    ProgressReport.objects.create(rectification=item, on=on, progress=progress, text=text.strip(), kind=kind)
    item.progress = progress
    item.save()
    steps.record({"on": on, "progress": progress, "text": text})
    return item


@steps.step(Event.SUBMIT, on=Rectification, form=OnDateForm, basis=rules.BASIS, roles=RESPONSIBLE_ROLES,
            available=lambda r: r.status == "open")
def submit(item: Rectification, *, acting_user, on: dt.date) -> Rectification:
    """申请销号: complete and evidenced."""
    if item.status != S.OPEN:
        raise ValidationError(f"当前状态为“{item.get_status_display()}”，不能申请销号。")
    check_date(on, "on", "申请日期", not_before=[(item.finding.found_on, "问题反馈日期")])
    reason = rules.may_submit(item.progress, attachments.attachments_of(item).count())
    if reason:
        raise ValidationError(reason)
    item.status, item.submitted_on = S.SUBMITTED, on
    item.save()
    steps.record({"on": on, "on_time": on <= item.due_on})
    return item


@steps.step(Event.CLOSE_OUT, on=Rectification, form=CloseOutForm, name='close_out', basis=rules.BASIS,
            roles=OFFICE, style="success", available=lambda r: r.status == "submitted")
def close_out(item: Rectification, *, acting_user, on: dt.date, opinion: str) -> Rectification:
    """销号 by the rule-of-law office, on a request with evidence."""
    if item.status != S.SUBMITTED:
        raise ValidationError("责任单位尚未申请销号，不能销号。")
    check_date(on, "on", "销号日期", not_before=[(item.submitted_on, "申请销号日期")])
    item.status, item.closed_on = S.CLOSED, on
    item.save()
    ProgressReport.objects.create(rectification=item, on=on, progress=100, text=opinion.strip() or "同意销号",
                                  kind="销号")
    steps.record({"on": on, "opinion": opinion, "on_time": item.submitted_on <= item.due_on})
    return item


@steps.step(Event.RETURN, on=Rectification, form=ReturnForm, name='return', basis=rules.BASIS, roles=OFFICE,
            style="warning", available=lambda r: r.status == "submitted")
def return_item(item: Rectification, *, acting_user, on: dt.date, reason: str) -> Rectification:
    if item.status != S.SUBMITTED:
        raise ValidationError("只有已申请销号的事项可以退回。")
    if not reason.strip():
        raise ValidationError({"reason": "退回重新整改须说明理由。"})
    check_date(on, "on", "退回日期", not_before=[(item.submitted_on, "申请销号日期")])
    item.status, item.submitted_on = S.OPEN, None
    item.save()
    ProgressReport.objects.create(rectification=item, on=on, progress=item.progress, text=reason.strip(),
                                  kind="退回重新整改")
    steps.record({"on": on, "reason": reason})
    return item


@steps.step(Event.ESCALATE, on=Rectification, form=EscalateForm, basis=rules.BASIS, roles=OFFICE,
            style="danger", available=lambda r: r.status != "closed")
def escalate(item: Rectification, *, acting_user, on: dt.date, note: str) -> Rectification:
    """督办: a notice to the responsible unit on an item past its due date."""
    if item.status == S.CLOSED:
        raise ValidationError("已销号的事项无需督办。")
    check_date(on, "on", "督办日期")
    if on <= item.due_on:
        raise ValidationError({"on": f"整改期限（{item.due_on}）尚未届满，无需督办。"})
    item.escalations += 1
    item.last_escalated_on = on
    item.save()
    ProgressReport.objects.create(rectification=item, on=on, progress=item.progress,
                                  text=note.strip() or "逾期未完成整改，予以督办", kind=f"第{item.escalations}次督办")
    steps.record({"on": on, "note": note, "count": item.escalations})
    return item
