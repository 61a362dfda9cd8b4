"""Steps of a reported figure: the unit submits it with evidence, the rule-of-law office approves or returns it."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError

from fazhi.core import attachments, steps
from fazhi.core.gates import require_status
from fazhi.core.roles import OFFICE

from .events import Event
from .forms import ApproveForm, ReturnForm, SubmitForm
from .models import DataValue

BASIS = "《法治政府建设与责任落实督察工作规定》；本级法治政府建设考核评价办法"
S = DataValue.Status


def save(user, value: DataValue) -> DataValue:
    if value.pk and value.status in (S.SUBMITTED, S.APPROVED):
        raise ValidationError("已报送或已采用的数据不能直接修改；如需更正，请由审核人退回后修改。")
    value.full_clean()
    value.save()
    return value


@steps.step(Event.SUBMIT, on=DataValue, form=SubmitForm, label="报送", basis=BASIS,
            available=lambda v: v.status in (DataValue.Status.DRAFT, DataValue.Status.RETURNED))
def submit(value: DataValue, *, acting_user, confirm: bool = True) -> DataValue:
    require_status(value, [S.DRAFT, S.RETURNED], "报送")
    if not value.evidence.strip() and not attachments.attachments_of(value).exists():
        raise ValidationError("请填写数据来源与佐证，或上传佐证材料后再报送。")
    value.status = S.SUBMITTED
    value.save()
    steps.record({"value": value.value})
    return value


@steps.step(Event.APPROVE, on=DataValue, form=ApproveForm, basis=BASIS, roles=OFFICE,
            available=lambda v: v.status == DataValue.Status.SUBMITTED)
def approve(value: DataValue, *, acting_user, on: dt.date, comment: str = "") -> DataValue:
    require_status(value, [S.SUBMITTED], "审核采用")
    value.status, value.reviewed_by, value.reviewed_on, value.review_comment = S.APPROVED, acting_user, on, comment
    value.save()
    steps.record({"comment": comment})
    return value


@steps.step(Event.RETURN, on=DataValue, form=ReturnForm, name='return', basis=BASIS, roles=OFFICE,
            style="danger",
            available=lambda v: v.status in (DataValue.Status.SUBMITTED, DataValue.Status.APPROVED))
def send_back(value: DataValue, *, acting_user, on: dt.date, comment: str) -> DataValue:
    require_status(value, [S.SUBMITTED, S.APPROVED], "退回")
    if not comment.strip():
        raise ValidationError({"comment": "请写明退回理由。"})
    value.status, value.reviewed_by, value.reviewed_on, value.review_comment = S.RETURNED, acting_user, on, comment
    value.save()
    steps.record({"comment": comment})
    return value


def import_platform_value(unit, key: str, period: str, value, evidence: str, *, acting_user) -> str:
    """One figure of a platform export: new, changed (a figure not yet approved) or unchanged; an approved figure
    is changed only after the office returns it. Returns "created", "updated" or "unchanged"."""
    from fazhi.core.indicators import Period

    span = Period.parse(period)
    existing = DataValue.objects.filter(key=key, unit=unit, period_start=span.start, period_end=span.end,
                                        source=DataValue.Source.PLATFORM).first()
    value = Decimal(value)
    if existing is not None and existing.value == value:
        return "unchanged"
    if existing is not None and existing.status == S.APPROVED:
        raise ValidationError(f"该指标{period}年度的平台数据已审核采用（{existing.value}），如需更正请由办公室先退回。")
    record_platform_value(existing or DataValue(key=key, unit=unit, period=period, source=DataValue.Source.PLATFORM),
                          value=value, evidence=evidence, acting_user=acting_user)
    return "created" if existing is None else "updated"


@steps.step(Event.PLATFORM_IMPORT, on=DataValue, basis=BASIS)
def record_platform_value(dv: DataValue, *, acting_user, value, evidence: str) -> DataValue:
    """A figure the provincial service platform states, imported from its export and submitted for approval."""
    before = dv.value
    dv.value, dv.evidence, dv.status = value, evidence, S.SUBMITTED
    dv.full_clean()
    dv.save()
    steps.record({"value": value, "before": before, "evidence": evidence})
    return dv
