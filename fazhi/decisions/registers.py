"""Register declarations for 重大行政决策."""

from django import forms
from django.db.models import Q
from django.urls import reverse

from fazhi.advisers.models import LegalAdviser
from fazhi.core.registers import ActionSpec, ChildSpec, DeadlineSpec, Register, TodoSpec, register
from fazhi.core.registers.forms import OnDateForm, PublishedForm, date_field

from . import actions, rules
from .models import LEGALITY_OPINIONS, Catalogue, Comment, MajorDecision, Step

AREA = "重大行政决策"
S = MajorDecision.Status


@register
class CatalogueRegister(Register):
    model = Catalogue
    slug = "decision-catalogues"
    area = AREA
    fields = ["unit", "year", "note"]
    detail_fields = fields + ["status", "approved_on", "published_on", "publish_url"]
    list_columns = ["year", "unit", "status", "approved_on", "published_on"]
    filters = ["status", "year"]
    ordering = ["-year"]
    children = [ChildSpec("decisions", "目录事项", ("title", "unit", "category", "in_catalogue", "status"))]
    actions = [
        ActionSpec("approve", "登记党委同意", OnDateForm, actions.approve_catalogue,
                   available=lambda c: c.status == Catalogue.Status.DRAFT),
        ActionSpec("publish", "向社会公布", PublishedForm, actions.publish_catalogue,
                   available=lambda c: c.status == Catalogue.Status.APPROVED),
    ]

    def deletable(self, obj) -> bool:
        return obj.status == Catalogue.Status.DRAFT and not obj.decisions.exists()


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


def _step_open(kind):
    return lambda d: d.status == S.STARTED and any(p.kind == kind and p.state in ("pending", "active")
                                                    for p in d.procedures.all())


@register
class MajorDecisionRegister(Register):
    model = MajorDecision
    slug = "decisions"
    area = AREA
    fields = ["body", "unit", "year", "title", "category", "summary", "catalogue", "outside_catalogue_reason",
              "npc_report_required"]
    detail_sections = [
        ("决策事项", fields + ["in_catalogue", "status", "started_on"]),
        ("公众参与与合法性审查", ["draft_published_on", "comment_until", "comment_minimum", "shortened_reason",
                         "legality_submitted_on", "legality_minimum", "legality_opinion"]),
        ("决定、公布与执行", ["decided_on", "npc_reported_on", "published_on", "publish_url", "executor", "evaluated_on"]),
    ]
    list_columns = ["title", "unit", "year", "category", "in_catalogue", "status", "decided_on"]
    filters = ["status", "year", "category", "in_catalogue", "unit"]
    search_fields = ["title", "summary"]
    ordering = ["-year", "-pk"]
    select_related = ["unit", "body"]
    attachment_stages = rules.ARCHIVE_STAGES
    deadlines = [
        DeadlineSpec("comment_minimum", "", rule_key="decision.comment_period", applies={"status": S.STARTED}),
        DeadlineSpec("legality_minimum", "", rule_key="decision.legality_review", applies={"status": S.REVIEWING}),
    ]
    children = [
        ChildSpec("procedures", "五项法定程序", ("kind", "state", "started_on", "completed_on", "participants", "result",
                                          "reason")),
        ChildSpec("comments", "意见及采纳情况", ("source", "received_on", "author", "content", "adoption", "response")),
        ChildSpec("adviser_opinions", "法律顾问意见", ("adviser", "on", "subject")),
        ChildSpec("follow_ups", "执行与后评估", ("kind", "on", "by", "content", "conclusion")),
    ]
    todos = [
        TodoSpec("征求意见期已满、待完成公众参与的重大决策",
                 lambda today: Q(status=S.STARTED, comment_until__lt=today, procedures__kind=Step.PUBLIC,
                                 procedures__state="active")),
        TodoSpec("已送合法性审查、待出具审查意见的重大决策", lambda today: Q(status=S.REVIEWING, legality_opinion="")),
        TodoSpec("已决定待公布的重大决策", lambda today: Q(status=S.DECIDED)),
    ]
    actions = [
        ActionSpec("start", "决定启动", OnDateForm, actions.start, available=lambda d: d.status == S.PROPOSED),
        ActionSpec("open-comments", "公开征求意见", OpenCommentsForm, actions.open_comments,
                   available=lambda d: d.status == S.STARTED and d.draft_published_on is None
                   and _step_open(Step.PUBLIC)(d)),
        ActionSpec("complete-public", "公众参与完成", CompletePublicForm, actions.complete_public,
                   available=lambda d: d.draft_published_on is not None and _step_open(Step.PUBLIC)(d)),
        ActionSpec("expert", "专家论证", ExpertForm, actions.expert_review, available=_step_open(Step.EXPERT)),
        ActionSpec("risk", "风险评估", RiskForm, actions.risk_assessment, available=_step_open(Step.RISK)),
        ActionSpec("waive", "程序不适用", WaiveForm, actions.waive, available=lambda d: d.status == S.STARTED,
                   style="secondary"),
        ActionSpec("submit-legality", "送请合法性审查", SubmitLegalityForm, actions.submit_legality,
                   available=lambda d: d.status == S.STARTED),
        ActionSpec("legality", "登记合法性审查意见", LegalityForm, actions.record_legality,
                   available=lambda d: d.status == S.REVIEWING and not d.legality_opinion),
        ActionSpec("decide", "集体讨论决定", DecideForm, actions.decide,
                   available=lambda d: d.status in (S.STARTED, S.REVIEWING)),
        ActionSpec("report-npc", "向人大常委会报告", OnDateForm, actions.report_npc,
                   available=lambda d: d.status == S.DECIDED and d.npc_report_required and not d.npc_reported_on),
        ActionSpec("publish", "公布决策", PublishForm, actions.publish, available=lambda d: d.status == S.DECIDED),
        ActionSpec("execution", "执行情况", ExecutionForm, actions.report_execution,
                   available=lambda d: d.status in (S.PUBLISHED, S.EVALUATED)),
        ActionSpec("evaluate", "决策后评估", EvaluateForm, actions.evaluate,
                   available=lambda d: d.status in (S.PUBLISHED, S.EVALUATED)),
        ActionSpec("withdraw", "不予启动/撤回", WithdrawForm, actions.withdraw,
                   available=lambda d: d.status in (S.PROPOSED, S.STARTED, S.REVIEWING), style="danger"),
    ]

    def write(self, user, form):
        return actions.save_proposal(user, form.save(commit=False))

    def deletable(self, obj) -> bool:
        return obj.status == S.PROPOSED

    def links(self, obj):
        return [("下载决策档案（zip）", reverse("decision-archive", args=[obj.pk]))]

    def warnings(self, obj) -> list[str]:
        out = []
        if obj.status in (S.STARTED, S.REVIEWING):
            open_steps = [p.get_kind_display() for p in obj.procedures.all() if p.state in ("pending", "active")
                          and p.kind != Step.COLLECTIVE]
            if open_steps:
                out.append(f"尚未完成：{'、'.join(open_steps)}。上述程序完成（或说明不适用理由）并经合法性审查合法后，方可提交集体"
                           f"讨论决定（{rules.BASIS[Step.COLLECTIVE]}）。")
        if obj.status == S.DECIDED and obj.npc_report_required and not obj.npc_reported_on:
            out.append(f"出台前应当向本级人大常委会报告（{rules.BASIS['npc']}）。")
        return out


class AnswerForm(forms.Form):
    adoption = forms.ChoiceField(label="采纳情况", choices=[c for c in Comment.Adoption.choices if c[0]])
    response = forms.CharField(label="研究处理情况（未采纳的说明理由）", widget=forms.Textarea(attrs={"rows": 3}),
                               required=False)


@register
class CommentRegister(Register):
    model = Comment
    slug = "decision-comments"
    area = AREA
    fields = ["decision", "source", "received_on", "author", "content"]
    detail_fields = fields + ["adoption", "response"]
    list_columns = ["decision", "source", "received_on", "author", "content", "adoption"]
    filters = ["source", "adoption"]
    search_fields = ["content", "author", "decision__title"]
    ordering = ["-received_on", "-pk"]
    select_related = ["decision"]
    actions = [ActionSpec("answer", "研究处理", AnswerForm, actions.answer_comment)]
