"""Forms of opengov: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field

from .models import DisclosureRequest


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


class ConsultForm(forms.Form):
    on = date_field("书面征求意见日期")
    party = forms.CharField(label="征求意见的第三方或其他机关", max_length=100)


class PublishItemForm(forms.Form):
    on = date_field("公开日期")
    url = forms.URLField(label="公开网址", required=False, assume_scheme="https")
