"""Forms of decisions: record forms and the forms of its legal steps."""

from django import forms

from fazhi.advisers.models import LegalAdviser
from fazhi.core.registers.forms import date_field

from . import rules
from .models import LEGALITY_OPINIONS, Comment, Step


class OpenCommentsForm(forms.Form):
    published_on = date_field("草案公布日期")
    until = date_field("征求意见截止日期")
    channel = forms.CharField(label="公布途径（政府网站、政务新媒体等）", max_length=100)
    shortened_reason = forms.CharField(label="缩短期限的说明（少于30日时必填）", max_length=300, required=False)


class CompletePublicForm(forms.Form):
    on = date_field("完成日期")
    methods = forms.CharField(label="听取意见方式（座谈会、听证会、问卷调查等）", max_length=100, required=False)
    summary = forms.CharField(label="意见归纳及采纳情况", widget=forms.Textarea(attrs={"rows": 3}))


class ExpertForm(forms.Form):
    on = date_field("论证日期")
    experts = forms.CharField(label="论证专家/专业机构", max_length=300)
    summary = forms.CharField(label="论证意见及采纳情况", widget=forms.Textarea(attrs={"rows": 3}))


class RiskForm(forms.Form):
    on = date_field("评估日期")
    assessor = forms.CharField(label="评估单位（可为第三方）", max_length=100)
    level = forms.ChoiceField(label="风险等级", choices=rules.RISK_LEVELS)
    measures = forms.CharField(label="风险点、防范措施和处置预案", widget=forms.Textarea(attrs={"rows": 3}))


class WaiveForm(forms.Form):
    kind = forms.ChoiceField(label="程序", choices=[(k, f"{Step(k).label}：{v}") for k, v in rules.WAIVABLE.items()])
    reason = forms.CharField(label="不适用的理由", max_length=300)


class SubmitLegalityForm(forms.Form):
    on = date_field("送审日期")
    reviewer = forms.CharField(label="负责合法性审查的部门", max_length=100, initial="县司法局")


class LegalityForm(forms.Form):
    on = date_field("审查意见日期")
    opinion = forms.ChoiceField(label="审查意见", choices=LEGALITY_OPINIONS)
    advisers = forms.ModelMultipleChoiceField(label="出具法律意见的法律顾问、公职律师（第二十八条）",
                                              queryset=LegalAdviser.objects.none())
    summary = forms.CharField(label="审查意见要点", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    short_reason = forms.CharField(label="审查时间少于7个工作日的理由", max_length=300, required=False)

    @classmethod
    def for_record(cls, decision):
        class Form(cls):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["advisers"].queryset = LegalAdviser.objects.filter(
                    is_active=True, unit__path__startswith=decision.body.path,
                    level__in=[LegalAdviser.Level.COUNTY, LegalAdviser.Level.TOWNSHIP])
        return Form


class DecideForm(forms.Form):
    on = date_field("会议日期")
    meeting = forms.ChoiceField(label="会议类型（第三十条）", choices=rules.MEETINGS)
    meeting_name = forms.CharField(label="会议名称", max_length=100, help_text="如“县政府第12次常务会议”")
    outcome = forms.ChoiceField(label="决定", choices=rules.OUTCOMES)
    dissent = forms.CharField(label="不同意见（如实载明）", max_length=500, required=False)
    head_reason = forms.CharField(label="行政首长决定与多数意见不一致的理由", max_length=500, required=False)


class PublishForm(forms.Form):
    on = date_field("公布日期")
    url = forms.URLField(label="公布网址", required=False, assume_scheme="https")
    executor = forms.CharField(label="决策执行单位", max_length=100, required=False)


class ExecutionForm(forms.Form):
    on = date_field("报告日期")
    by = forms.CharField(label="决策执行单位", max_length=100)
    content = forms.CharField(label="执行情况", widget=forms.Textarea(attrs={"rows": 3}))


class EvaluateForm(forms.Form):
    on = date_field("评估日期")
    trigger = forms.ChoiceField(label="评估情形（第三十六条）", choices=rules.EVALUATION_TRIGGERS)
    by = forms.CharField(label="评估单位", max_length=100)
    content = forms.CharField(label="评估发现", widget=forms.Textarea(attrs={"rows": 3}))
    conclusion = forms.ChoiceField(label="结论", choices=[(c, c) for c in ["继续执行", "调整后执行", "停止执行"]])


class WithdrawForm(forms.Form):
    on = date_field("日期")
    reason = forms.CharField(label="理由", max_length=300)


class AnswerForm(forms.Form):
    adoption = forms.ChoiceField(label="采纳情况", choices=[c for c in Comment.Adoption.choices if c[0]])
    response = forms.CharField(label="研究处理情况（未采纳的说明理由）", widget=forms.Textarea(attrs={"rows": 3}),
                               required=False)
