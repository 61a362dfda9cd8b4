"""Forms of supervision: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field


class ProgressForm(forms.Form):
    on = date_field("报告日期")
    progress = forms.IntegerField(label="完成进度（%）", min_value=0, max_value=100)
    text = forms.CharField(label="整改进展", max_length=500, widget=forms.Textarea(attrs={"rows": 3}))
    evidence = forms.FileField(label="佐证材料（可选）", required=False)


class CloseOutForm(forms.Form):
    on = date_field("销号日期")
    opinion = forms.CharField(label="审核意见", max_length=500, required=False)


class ReturnForm(forms.Form):
    on = date_field("退回日期")
    reason = forms.CharField(label="退回理由", max_length=500)


class EscalateForm(forms.Form):
    on = date_field("督办日期")
    note = forms.CharField(label="督办意见", max_length=500, required=False)
