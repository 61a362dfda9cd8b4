"""Forms of legalservices: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field

from .models import LegalAidCase


class DecideForm(forms.Form):
    on = date_field("决定日期")
    decision = forms.ChoiceField(label="审查决定", choices=LegalAidCase.Decision.choices)
    reason = forms.CharField(label="不予法律援助的理由", max_length=300, required=False)


class AssignForm(forms.Form):
    on = date_field("指派日期")
    lawyer = forms.CharField(label="承办律师（法律援助人员）", max_length=50)
    law_firm = forms.CharField(label="所在律师事务所（机构）", max_length=100, required=False)


class ObjectionResultForm(forms.Form):
    on = date_field("异议审查决定日期")
    result = forms.ChoiceField(label="审查结果", choices=[("uphold", "维持不予法律援助决定"),
                                                     ("correct", "责令法律援助机构改正（给予法律援助）")])


class CloseForm(forms.Form):
    on = date_field("结案日期")
    closing = forms.ChoiceField(label="结案方式", choices=LegalAidCase.Closing.choices)
    amount_recovered = forms.DecimalField(label="为受援人挽回经济损失（元）", required=False, min_value=0,
                                          max_digits=14, decimal_places=2)
