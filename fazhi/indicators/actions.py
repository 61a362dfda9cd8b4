"""Steps of a reported figure: the unit submits it with evidence, the rule-of-law office approves or returns it."""

import datetime as dt

from django.core.exceptions import ValidationError

from fazhi.core import attachments, audit
from fazhi.core.gates import require_status

from .models import DataValue

BASIS = "《法治政府建设与责任落实督察工作规定》；本级法治政府建设考核评价办法"
S = DataValue.Status


def save(user, value: DataValue) -> DataValue:
    if value.pk and value.status in (S.SUBMITTED, S.APPROVED):
        raise ValidationError("已报送或已采用的数据不能直接修改；如需更正，请由审核人退回后修改。")
    value.full_clean()
    value.save()
    return value


def submit(user, value: DataValue) -> DataValue:
    require_status(value, [S.DRAFT, S.RETURNED], "报送")
    if not value.evidence.strip() and not attachments.attachments_of(value).exists():
        raise ValidationError("请填写数据来源与佐证，或上传佐证材料后再报送。")
    value.status = S.SUBMITTED
    value.save()
    audit.record_event(value, "submit", "报送", {"value": value.value}, BASIS)
    return value


def approve(user, value: DataValue, *, on: dt.date, comment: str = "") -> DataValue:
    require_status(value, [S.SUBMITTED], "审核采用")
    value.status, value.reviewed_by, value.reviewed_on, value.review_comment = S.APPROVED, user, on, comment
    value.save()
    audit.record_event(value, "approve", "审核采用", {"comment": comment}, BASIS)
    return value


def send_back(user, value: DataValue, *, on: dt.date, comment: str) -> DataValue:
    require_status(value, [S.SUBMITTED, S.APPROVED], "退回")
    if not comment.strip():
        raise ValidationError({"comment": "请写明退回理由。"})
    value.status, value.reviewed_by, value.reviewed_on, value.review_comment = S.RETURNED, user, on, comment
    value.save()
    audit.record_event(value, "return", "退回", {"comment": comment}, BASIS)
    return value
