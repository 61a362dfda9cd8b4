"""Forms of publicity: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field


class AccountForm(forms.Form):
    on = date_field("报告日期")
    text = forms.CharField(label="年终履职情况", widget=forms.Textarea(attrs={"rows": 6}))
