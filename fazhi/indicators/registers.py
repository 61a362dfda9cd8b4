"""Register declaration for reported figures."""

from django import forms
from django.db.models import Q

from fazhi.core.registers import ActionSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import date_field
from fazhi.core.roles import Role

from . import actions
from .models import DataValue

OFFICE = frozenset({Role.RULE_OF_LAW_OFFICE})


class SubmitForm(forms.Form):
    confirm = forms.BooleanField(label="数据真实准确，佐证材料齐全", required=True)


class ApproveForm(forms.Form):
    on = date_field("审核日期")
    comment = forms.CharField(label="审核意见", max_length=300, required=False)


class ReturnForm(forms.Form):
    on = date_field("退回日期")
    comment = forms.CharField(label="退回理由", max_length=300)


@register
class DataValueRegister(Register):
    model = DataValue
    slug = "reported-values"
    area = "指标与考核"
    fields = ["key", "unit", "period", "value", "evidence", "comment"]
    detail_fields = fields + ["source", "status", "reviewed_by", "reviewed_on", "review_comment"]
    list_columns = ["key", "unit", "period", "value", "source", "status"]
    filters = ["status", "source", "key", "unit"]
    search_fields = ["key", "evidence", "comment"]
    ordering = ["-period_end", "key"]
    select_related = ["unit"]
    actions = [
        ActionSpec("submit", "报送", SubmitForm, lambda user, v, confirm: actions.submit(user, v),
                   available=lambda v: v.status in (DataValue.Status.DRAFT, DataValue.Status.RETURNED)),
        ActionSpec("approve", "审核采用", ApproveForm, actions.approve, roles=OFFICE,
                   available=lambda v: v.status == DataValue.Status.SUBMITTED),
        ActionSpec("return", "退回", ReturnForm, actions.send_back, roles=OFFICE, style="danger",
                   available=lambda v: v.status in (DataValue.Status.SUBMITTED, DataValue.Status.APPROVED)),
    ]
    todos = [
        TodoSpec("待审核的填报指标", lambda today: Q(status=DataValue.Status.SUBMITTED), roles=OFFICE),
        TodoSpec("被退回待修改的填报指标", lambda today: Q(status=DataValue.Status.RETURNED)),
    ]

    def write(self, user, form):
        return actions.save(user, form.save(commit=False))

    def deletable(self, obj) -> bool:
        return obj.status in (DataValue.Status.DRAFT, DataValue.Status.RETURNED)
