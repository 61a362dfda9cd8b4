"""Forms of reports: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field


class PublishForm(forms.Form):
    on = date_field("公开发布日期")
    channel = forms.CharField(label="发布渠道（如 县政府门户网站“法治政府建设”专栏）", max_length=200)
    secrecy_reviewed = forms.BooleanField(label="已经保密审查，不含涉密内容", required=False)


class WithdrawForm(forms.Form):
    reason = forms.CharField(label="撤回理由", max_length=300)
