"""Forms of normative: record forms and the forms of its legal steps."""

import datetime as dt

from django import forms

from fazhi.advisers.models import LegalAdviser
from fazhi.core.registers.forms import date_field

from .models import CleanupItem, NormativeDocument


class SubmitForm(forms.Form):
    on = date_field("送审日期")
    reviewer = forms.CharField(label="审核机构及人员", max_length=100, initial="县司法局")


class ReviewForm(forms.Form):
    on = date_field("审核意见日期")
    opinion = forms.ChoiceField(label="审核意见", choices=NormativeDocument.Opinion.choices)
    note = forms.CharField(label="审核意见说明（修改意见或不合法的理由）", widget=forms.Textarea(attrs={"rows": 3}),
                           required=False)
    urgent_reason = forms.CharField(label="审核时间少于5个工作日的理由（紧急情况）", max_length=300, required=False)
    advisers = forms.ModelMultipleChoiceField(label="参与审核的法律顾问", queryset=LegalAdviser.objects.none(),
                                              required=False)

    @classmethod
    def for_record(cls, doc):
        class Form(cls):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["advisers"].queryset = LegalAdviser.objects.filter(
                    is_active=True, unit__path__startswith=doc.issuer.unit.path)
        return Form


class DeliberateForm(forms.Form):
    on = date_field("审议日期")
    meeting = forms.CharField(label="审议会议", max_length=100, help_text="如“县政府第15次常务会议”或“局务会议”")


class PublishForm(forms.Form):
    issued_on = date_field("印发日期")
    published_on = date_field("公布日期")
    effective_on = date_field("施行日期")
    url = forms.URLField(label="公布网址", required=False, assume_scheme="https")

    def clean(self):
        data = super().clean()
        if data.get("effective_on") and data["effective_on"] > dt.date.today() + dt.timedelta(days=366):
            self.add_error("effective_on", "施行日期距今超过一年，请核对。")
        return data


class FileForm(forms.Form):
    filed_on = forms.DateField(label="报送政府备案日期", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    filed_npc_on = forms.DateField(label="报送人大常委会备案日期", required=False,
                                   widget=forms.DateInput(attrs={"type": "date"}))


class AbandonForm(forms.Form):
    on = date_field("日期")
    reason = forms.CharField(label="停止制定的理由", max_length=300)


class CollectForm(forms.Form):
    confirm = forms.BooleanField(label="将清理范围内的有效文件全部列入本次清理", required=True)


class DecideItemForm(forms.Form):
    result = forms.ChoiceField(label="清理结果", choices=CleanupItem.Result.choices)
    reason = forms.CharField(label="理由", max_length=300, required=False)
