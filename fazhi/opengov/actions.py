"""Steps of a disclosure request: registration (the reply period starts), extension with approval, reply."""

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import audit
from fazhi.core.gates import check_date

from . import rules
from .models import DisclosureRequest


def register_request(user, req: DisclosureRequest) -> DisclosureRequest:
    check_date(req.received_on, "received_on", "收到申请日期")
    if req.pk and req.replied_on and req.received_on > req.replied_on:
        raise ValidationError({"received_on": "收到申请日期不能晚于答复日期。"})
    req.full_clean()
    req.reply_due = rules.reply_due(req.received_on, extended=bool(req.extended_on))
    req.save()
    audit.record_event(req, "register", "登记申请", {"received_on": req.received_on, "reply_due": req.reply_due},
                       rules.BASIS)
    return req


def extend(user, req: DisclosureRequest, *, on: dt.date, approver: str) -> DisclosureRequest:
    """延长答复期限: once, before the 20 working days run out, with the head's consent (第三十三条第二款)."""
    if req.replied_on:
        raise ValidationError("已经答复，不能再延长答复期限。")
    if req.extended_on:
        raise ValidationError("答复期限只能延长一次，且最长不超过20个工作日。")
    check_date(on, "on", "延长日期", not_before=[(req.received_on, "收到申请日期")], not_after=[(req.reply_due, "答复期限")])
    if not approver.strip():
        raise ValidationError({"approver": "延长答复期限须经政府信息公开工作机构负责人同意。"})
    req.extended_on, req.extension_approver = on, approver.strip()
    req.reply_due = rules.reply_due(req.received_on, extended=True)
    req.save()
    audit.record_event(req, "extend", "延长答复期限", {"on": on, "approver": approver, "reply_due": req.reply_due},
                       rules.BASIS)
    return req


def reply(user, req: DisclosureRequest, *, on: dt.date, outcome: str) -> DisclosureRequest:
    if req.replied_on:
        raise ValidationError("该申请已经答复。")
    check_date(on, "on", "答复日期", not_before=[(req.received_on, "收到申请日期")])
    if outcome not in DisclosureRequest.Outcome.values:
        raise ValidationError({"outcome": "请选择答复结果。"})
    req.replied_on, req.outcome = on, outcome
    req.save()
    audit.record_event(req, "reply", "答复", {"on": on, "outcome": outcome, "late": on > req.reply_due}, rules.BASIS)
    return req
