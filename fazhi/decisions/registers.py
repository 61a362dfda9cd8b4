"""Register declarations for 重大行政决策."""

from django.db.models import Q
from django.urls import reverse

from fazhi.core.registers import ChildSpec, DeadlineSpec, Register, TodoSpec, register

from . import actions, rules
from .models import Catalogue, Comment, MajorDecision, Step

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

    def deletable(self, obj) -> bool:
        return obj.status == Catalogue.Status.DRAFT and not obj.decisions.exists()


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
