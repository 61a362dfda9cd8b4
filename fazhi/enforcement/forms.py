"""Forms of enforcement: record forms and the forms of its legal steps."""

from django import forms

from fazhi.core.registers.forms import date_field

from . import rules
from .models import (
    Case,
    Officer,
    Preservation,
)


class RevokeForm(forms.Form):
    on = date_field("注销日期")
    reason = forms.CharField(label="注销原因（调离、退休、违法违纪等）", max_length=200)


class NotifyForm(forms.Form):
    on = date_field("告知日期")
    hearing_right_notified = forms.BooleanField(label="已告知当事人有要求听证的权利", required=False)
    hearing_requested = forms.BooleanField(label="当事人在告知后五日内要求听证", required=False)


class SubmitReviewForm(forms.Form):
    major_reason = forms.ChoiceField(label="需法制审核的情形（第五十八条）",
                                     choices=[c for c in Case.MajorReason.choices if c[0]])


class ReviewForm(forms.Form):
    on = date_field("审核日期")
    reviewer = forms.ModelChoiceField(label="法制审核人员", queryset=Officer.objects.none())
    opinion = forms.ChoiceField(label="审核意见", choices=[c for c in Case.ReviewOpinion.choices if c[0]])
    note = forms.CharField(label="审核意见说明", max_length=300, required=False)

    @classmethod
    def for_record(cls, case):
        class Form(cls):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["reviewer"].queryset = Officer.objects.filter(agency=case.agency, is_legal_reviewer=True,
                                                                          is_active=True)
        return Form


class ExtendForm(forms.Form):
    on = date_field("批准日期")
    days = forms.IntegerField(label="延长天数", min_value=1, max_value=90)
    approval = forms.CharField(label="批准人", max_length=100)
    legal_basis = forms.CharField(label="允许延长的法律、法规、规章及条款", max_length=200,
                                  help_text="行政处罚法第六十条本身不设延长，如“《市场监督管理行政处罚程序规定》第六十四条”")


class HearingForm(forms.Form):
    noticed_on = date_field("通知当事人听证时间、地点的日期")
    on = date_field("听证日期")


class PayForm(forms.Form):
    on = date_field("缴纳罚款日期")
    suspended_days = forms.IntegerField(label="申请行政复议或提起行政诉讼期间（天，不计加处罚款）", min_value=0,
                                        max_value=3650, required=False)


class DecideForm(forms.Form):
    on = date_field("决定日期")
    decision_type = forms.ChoiceField(label="决定类型", choices=Case.DecisionType.choices)
    fine = forms.DecimalField(label="罚款金额（元）", required=False, min_value=0, max_digits=14, decimal_places=2)
    confiscation = forms.DecimalField(label="没收金额（元）", required=False, min_value=0, max_digits=14,
                                      decimal_places=2)
    number = forms.CharField(label="决定书文号", max_length=60, required=False)


class PublishForm(forms.Form):
    on = date_field("公示日期")
    url = forms.URLField(label="公示网址", required=False, assume_scheme="https")


class SampleForm(forms.Form):
    seed = forms.IntegerField(label="随机种子（留空则按活动编号，结果可复现）", required=False)


class ScoreForm(forms.Form):
    on = date_field("评查日期")
    reviewer = forms.CharField(label="评查人", max_length=50)
    veto = forms.MultipleChoiceField(label="否决项（任一项即为不合格）", required=False,
                                     widget=forms.CheckboxSelectMultiple)
    deductions = forms.MultipleChoiceField(label="扣分项", required=False, widget=forms.CheckboxSelectMultiple)
    findings = forms.CharField(label="其他问题", max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3}))

    @classmethod
    def for_record(cls, review):
        rubric = review.campaign.rubric or rules.DEFAULT_RUBRIC

        class Form(cls):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["veto"].choices = [(i["code"], i["text"]) for i in rubric if i["kind"] == "veto"]
                self.fields["deductions"].choices = [
                    (i["code"], f"{i['text']}（{'形式' if i['part'] == 'form' else '实体'}扣{i['points']}分）")
                    for i in rubric if i["kind"] == "deduction"]
        return Form


class RespondForm(forms.Form):
    on = date_field("反馈日期")
    response = forms.CharField(label="整改情况", max_length=1000, widget=forms.Textarea(attrs={"rows": 4}))


class ChangeForm(forms.Form):
    on = date_field("变更、撤销或确认违法、无效的日期")
    kind = forms.ChoiceField(label="情形", choices=Case.Change.choices)
    reason = forms.CharField(label="作出变更、撤销的机关与理由（如：某行政复议决定书撤销）", max_length=300)


class WithdrawForm(forms.Form):
    on = date_field("撤回公开信息日期")
    statement = forms.CharField(label="公开说明的理由", max_length=300)


class PreservationDecideForm(forms.Form):
    on = date_field("作出处理决定日期")
    outcome = forms.ChoiceField(label="处理决定", choices=Preservation.Outcome.choices)
