"""Forms of the oversight steps."""

from django import forms

from fazhi.core.registers.forms import OnDateForm, date_field

from .models import Suggestion


class ReplyForm(forms.Form):
    on = date_field("书面答复日期")
    result = forms.ChoiceField(label="办理结果", choices=Suggestion.Result.choices)


class FeedbackForm(forms.Form):
    satisfaction = forms.ChoiceField(label="代表（委员）对办理结果的意见", choices=Suggestion.Satisfaction.choices)


class RespondForm(forms.Form):
    on = date_field("书面回复日期")
    adopted = forms.BooleanField(label="采纳建议", required=False)
    corrected = forms.CharField(label="整改（纠正）情况", max_length=500, widget=forms.Textarea(attrs={"rows": 3}))


MeetForm = RedoForm = OnDateForm
