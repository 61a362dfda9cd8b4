"""Forms of advisers: record forms and the forms of its legal steps."""

from django import forms


class RenewForm(forms.Form):
    new_end = forms.DateField(label="续聘至", widget=forms.DateInput)
    note = forms.CharField(label="说明（合同编号等）", max_length=200, required=False)


class DismissForm(forms.Form):
    on = forms.DateField(label="解聘日期", widget=forms.DateInput)
    reason = forms.CharField(label="解聘原因", max_length=200)
