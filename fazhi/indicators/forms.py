"""Forms of indicators: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field


class SubmitForm(forms.Form):
    confirm = forms.BooleanField(label="数据真实准确，佐证材料齐全", required=True)


class ApproveForm(forms.Form):
    on = date_field("审核日期")
    comment = forms.CharField(label="审核意见", max_length=300, required=False)


class ReturnForm(forms.Form):
    on = date_field("退回日期")
    comment = forms.CharField(label="退回理由", max_length=300)
