"""Register declaration for 政府信息公开申请."""

from django import forms
from django.db.models import Q

from fazhi.core.registers import ActionSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import OnDateForm, date_field

from . import actions, rules
from .models import DisclosureRequest, ProactiveDisclosure


class ExtendForm(forms.Form):
    on = date_field("延长日期（告知申请人之日）")
    approver = forms.CharField(label="同意延长的政府信息公开工作机构负责人", max_length=50)


class ReplyForm(forms.Form):
    on = date_field("答复日期")
    outcome = forms.ChoiceField(label="答复结果", choices=[c for c in DisclosureRequest.Outcome.choices
                                                       if c[0] != DisclosureRequest.Outcome.ABANDONED])


class CorrectionForm(forms.Form):
    on = date_field("告知补正日期")
    items = forms.CharField(label="需要补正的事项（一次性告知）", max_length=300)
    due = date_field("合理的补正期限")


@register
class DisclosureRequestRegister(Register):
    model = DisclosureRequest
    slug = "disclosure-requests"
    area = "政务公开"
    fields = ["unit", "received_on", "channel", "applicant_type", "applicant_name", "applicant_id_number",
              "applicant_uscc", "applicant_phone", "content"]
    detail_fields = fields + ["correction_requested_on", "correction_items", "correction_due", "corrected_on",
                              "reply_due", "extended_on", "extension_approver", "replied_on", "outcome"]
    list_columns = ["received_on", "unit", "applicant_name", "content", "reply_due", "replied_on", "outcome"]
    filters = ["channel", "outcome", "unit"]
    search_fields = ["applicant_name", "content"]
    ordering = ["-received_on"]
    masked = {"applicant_id_number": "id", "applicant_phone": "phone"}
    deadlines = [DeadlineSpec("reply_due", "replied_on", "opengov.reply"),
                 DeadlineSpec("correction_due", "corrected_on", label="申请人补正期限（届满未补正的视为放弃申请）",
                              basis=rules.CORRECTION_BASIS, applies={"replied_on": None})]
    actions = [
        ActionSpec("request_correction", "告知补正", CorrectionForm, actions.request_correction,
                   available=lambda r: not r.replied_on and not r.correction_requested_on, style="secondary"),
        ActionSpec("receive_correction", "收到补正", OnDateForm, actions.receive_correction,
                   available=lambda r: bool(r.correction_requested_on) and not r.corrected_on and not r.replied_on),
        ActionSpec("abandoned", "逾期未补正，视为放弃", OnDateForm, actions.deem_abandoned, style="warning",
                   available=lambda r: bool(r.correction_requested_on) and not r.corrected_on and not r.replied_on),
        ActionSpec("extend", "延长答复期限", ExtendForm, actions.extend,
                   available=lambda r: not r.replied_on and not r.extended_on and r.reply_due is not None),
        ActionSpec("reply", "答复", ReplyForm, actions.reply,
                   available=lambda r: not r.replied_on and r.reply_due is not None),
    ]
    todos = [TodoSpec("待答复的政府信息公开申请", lambda today: Q(replied_on=None))]

    def write(self, user, form):
        return actions.register_request(user, form.save(commit=False))

    def deletable(self, obj) -> bool:
        return obj.replied_on is None


@register
class ProactiveDisclosureRegister(Register):
    model = ProactiveDisclosure
    slug = "proactive-disclosures"
    area = "政务公开"
    fields = ["unit", "month", "category", "count", "channel"]
    list_columns = ["month", "unit", "category", "count", "channel"]
    filters = ["category", "unit"]
    search_fields = ["unit__name"]
    ordering = ["-month", "unit__path"]
    import_aliases = {"单位": "unit", "数量": "count", "条数": "count"}
