"""Register declaration for 政府信息公开申请."""

from django import forms
from django.db.models import Q

from fazhi.core.registers import ActionSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import date_field

from . import actions
from .models import DisclosureRequest


class ExtendForm(forms.Form):
    on = date_field("延长日期（告知申请人之日）")
    approver = forms.CharField(label="同意延长的政府信息公开工作机构负责人", max_length=50)


class ReplyForm(forms.Form):
    on = date_field("答复日期")
    outcome = forms.ChoiceField(label="答复结果", choices=DisclosureRequest.Outcome.choices)


@register
class DisclosureRequestRegister(Register):
    model = DisclosureRequest
    slug = "disclosure-requests"
    area = "政务公开"
    fields = ["unit", "received_on", "channel", "applicant_type", "applicant_name", "applicant_id_number",
              "applicant_uscc", "applicant_phone", "content"]
    detail_fields = fields + ["reply_due", "extended_on", "extension_approver", "replied_on", "outcome"]
    list_columns = ["received_on", "unit", "applicant_name", "content", "reply_due", "replied_on", "outcome"]
    filters = ["channel", "outcome", "unit"]
    search_fields = ["applicant_name", "content"]
    ordering = ["-received_on"]
    masked = {"applicant_id_number": "id", "applicant_phone": "phone"}
    deadlines = [DeadlineSpec("reply_due", "replied_on", "opengov.reply")]
    actions = [
        ActionSpec("extend", "延长答复期限", ExtendForm, actions.extend,
                   available=lambda r: not r.replied_on and not r.extended_on),
        ActionSpec("reply", "答复", ReplyForm, actions.reply, available=lambda r: not r.replied_on),
    ]
    todos = [TodoSpec("待答复的政府信息公开申请", lambda today: Q(replied_on=None))]

    def write(self, user, form):
        return actions.register_request(user, form.save(commit=False))

    def deletable(self, obj) -> bool:
        return obj.replied_on is None
