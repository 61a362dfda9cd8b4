"""Forms of the kernel's own steps (the working-day calendar)."""

from django import forms


class NoticeForm(forms.Form):
    notice = forms.CharField(label="通知文号", max_length=100, help_text="如 国办发明电〔2026〕7号",
                             error_messages={"required": "请填写放假通知的文号。"})
    holidays = forms.CharField(label="放假日期（每行一个日期或日期段）", widget=forms.Textarea(attrs={"rows": 8}),
                               help_text="如：2027-01-01 元旦；2027-02-05至2027-02-11 春节",
                               error_messages={"required": "请填写放假日期。"})
    workdays = forms.CharField(label="调休上班的周末（每行一个日期）", widget=forms.Textarea(attrs={"rows": 4}),
                               required=False, help_text="如：2027-02-14 春节调休上班")


class PackageUpdateForm(forms.Form):
    confirm = forms.BooleanField(label="用 holidays 数据包中该年的正式放假安排替换本年度的工作日历", required=True)
