"""Forms of reconsideration: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field

from .models import Application, IncidentalReview, Suspension


class CorrectionNoticeForm(forms.Form):
    notice_on = date_field("补正通知送达日期")
    items = forms.CharField(label="需要补正的事项（一次性载明）", max_length=300)


class AcceptForm(forms.Form):
    on = date_field("受理日期")
    procedure = forms.ChoiceField(label="审理程序", choices=Application.Procedure.choices)
    simplified_ground = forms.ChoiceField(label="适用简易程序情形", required=False,
                                          choices=[("", "—（普通程序不填）")] + Application.SimplifiedGround.choices)
    case_number = forms.CharField(label="案号", max_length=50, required=False)


class RejectForm(forms.Form):
    on = date_field("不予受理决定日期")
    reason = forms.CharField(label="不予受理理由", max_length=300)
    competent_body = forms.CharField(label="告知有管辖权的复议机关（不属本机关管辖时）", max_length=100, required=False)


class ReplyForm(forms.Form):
    copy_received_on = date_field("被申请人收到副本日期")
    replied_on = date_field("被申请人提出书面答复日期（未答复留空）", required=False)


class HearingForm(forms.Form):
    noticed_on = date_field("书面通知听证时间、地点和拟听证事项的日期")
    held_on = date_field("听证日期")
    place = forms.CharField(label="地点", max_length=100)
    presiding = forms.CharField(label="主持人", max_length=50)
    officers = forms.CharField(label="听证员（两名以上，用顿号分隔）", max_length=100)
    clerk = forms.CharField(label="记录员", max_length=50)
    respondent_head_attended = forms.BooleanField(label="被申请人负责人参加", required=False)
    respondent_attendee = forms.CharField(label="被申请人参加人员（负责人未参加时填写受委托人员及理由）", max_length=100,
                                          required=False)
    note = forms.CharField(label="备注", max_length=300, required=False)


class SuspendForm(forms.Form):
    on = date_field("中止日期")
    ground = forms.ChoiceField(label="中止事由（第三十九条）", choices=Suspension.Ground.choices)


class ExtendForm(forms.Form):
    on = date_field("批准延期日期")
    approver = forms.CharField(label="批准人（行政复议机构负责人）", max_length=50)
    reason = forms.CharField(label="延期理由（情况复杂的具体情形）", max_length=300)


class SwitchForm(forms.Form):
    on = date_field("批准日期")
    approver = forms.CharField(label="批准人（行政复议机构负责人）", max_length=50)


class DecideForm(forms.Form):
    on = date_field("决定日期")
    decision = forms.ChoiceField(label="决定类型", choices=Application.Decision.choices)
    number = forms.CharField(label="决定书（调解书）文号", max_length=50, required=False)
    performance_due = date_field("责令重作或者履行的期限（撤销并责令重作、责令履行的填写）", required=False)


class PerformedForm(forms.Form):
    on = date_field("被申请人履行日期")
    note = forms.CharField(label="履行情况", max_length=300)


class OrderPerformanceForm(forms.Form):
    on = date_field("责令限期履行日期")
    due = date_field("限期履行的期限")


class LetterReportForm(forms.Form):
    on = date_field("报送纠正情况日期")
    correction = forms.CharField(label="纠正情况", max_length=500, widget=forms.Textarea(attrs={"rows": 3}))


class IncidentalNoticeForm(forms.Form):
    suspended_on = date_field("行政复议中止日期")
    on = date_field("书面通知制定机关日期")
    received_on = date_field("制定机关收到通知日期")


class IncidentalConcludeForm(forms.Form):
    on = date_field("处理日期")
    outcome = forms.ChoiceField(label="处理结果（第五十九条）", choices=IncidentalReview.Outcome.choices)


class IncidentalTransferForm(forms.Form):
    on = date_field("转送日期")
    to = forms.CharField(label="接受转送的有权处理机关", max_length=100)
    received_on = date_field("该机关收到转送日期")


class IncidentalOpinionForm(forms.Form):
    on = date_field("收到处理意见日期")
    opinion = forms.CharField(label="处理意见", max_length=300)
