"""Forms of the steps of 工作举措与制度建设."""

from django import forms


class IncludeForm(forms.Form):
    """No fields: the office confirms the measure goes into the report."""


class ExcludeForm(forms.Form):
    reason = forms.CharField(label="不列入的理由", max_length=200,
                             error_messages={"required": "请写明不列入年度报告的理由。"})
