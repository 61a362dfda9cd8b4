"""Forms of litigation: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field

from .models import CourtSitting, LitigationCase


class ScheduleForm(forms.Form):
    hearing_on = date_field("开庭日期")
    notice_received_on = date_field("收到出庭通知书日期（法院通知负责人出庭时）", required=False)
    must_appear = forms.ChoiceField(label="负责人应当出庭情形", choices=LitigationCase.MustAppear.choices, required=False)


class SittingForm(forms.Form):
    held_on = date_field("开庭日期")
    head_appeared = forms.BooleanField(label="负责人出庭", required=False)
    head_name = forms.CharField(label="出庭负责人", max_length=50, required=False)
    head_post = forms.CharField(label="职务", max_length=50, required=False)
    head_role = forms.ChoiceField(label="负责人类别", choices=[("", "—")] + CourtSitting.HeadRole.choices, required=False)
    staff = forms.CharField(label="出庭工作人员（本机关具体行使职权的人员）", max_length=100, required=False)
    lawyer = forms.CharField(label="委托律师", max_length=100, required=False)
    absence_reason = forms.ChoiceField(label="负责人未出庭理由", choices=CourtSitting.AbsenceReason.choices, required=False)


class ReminderForm(forms.Form):
    on = date_field("发送日期")
    to = forms.CharField(label="送达负责人（姓名、职务）", max_length=50)


class ConcludeForm(forms.Form):
    on = date_field("裁判日期")
    outcome = forms.ChoiceField(label="裁判结果", choices=LitigationCase.Outcome.choices)
    judgment_served_on = date_field("判决书、裁定书送达日期（上诉期限自此计算）", required=False)
    appealed = forms.BooleanField(label="已上诉", required=False)


class AppealDecisionForm(forms.Form):
    on = date_field("决定日期")
    decision = forms.ChoiceField(label="是否上诉", choices=LitigationCase.AppealDecision.choices)


class PerformForm(forms.Form):
    on = date_field("履行日期")
    performance = forms.CharField(label="履行情况", max_length=300, widget=forms.Textarea(attrs={"rows": 3}))
