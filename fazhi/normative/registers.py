"""Register declarations for 行政规范性文件."""

import datetime as dt

from django.db.models import Q

from fazhi.core.registers import ChildSpec, DeadlineSpec, Register, TodoSpec, register

from . import actions, rules
from .models import CleanupCampaign, CleanupItem, Issuer, LegalityReview, NormativeDocument

AREA = "行政规范性文件"
S = NormativeDocument.Status


@register
class IssuerRegister(Register):
    model = Issuer
    slug = "normative-issuers"
    area = AREA
    fields = ["unit", "prefix", "filing_body", "npc_filing"]
    list_columns = fields
    ordering = ["unit__path"]
    select_related = ["unit"]

    def deletable(self, obj) -> bool:
        return not obj.documents.exists()


@register
class NormativeDocumentRegister(Register):
    model = NormativeDocument
    slug = "normative"
    area = AREA
    fields = ["issuer", "unit", "title", "kind", "summary"]
    detail_sections = [
        ("文件", fields + ["status", "number"]),
        ("合法性审核与集体审议", ["submitted_on", "reviewer", "review_minimum", "review_due", "reviewed_on",
                          "review_opinion", "review_note", "deliberated_on", "meeting"]),
        ("登记、公布与备案", ["registered_on", "issued_on", "published_on", "publish_url", "effective_on", "valid_until",
                       "filing_due", "filed_on", "npc_required", "filed_npc_on", "ended_on", "end_reason"]),
    ]
    list_columns = ["number", "title", "issuer", "status", "published_on", "valid_until", "filed_on"]
    filters = ["status", "kind", "review_opinion", "issuer", "npc_required"]
    search_fields = ["title", "number", "summary"]
    ordering = ["-published_on", "-pk"]
    sortable = ["number", "title", "published_on", "valid_until", "filed_on"]
    select_related = ["issuer__unit", "unit"]
    deadlines = [
        DeadlineSpec("review_minimum", "", rule_key="normative.legality_review_minimum", applies={"status": S.REVIEWING}),
        DeadlineSpec("review_due", "reviewed_on", rule_key="normative.legality_review", start_field="submitted_on"),
        DeadlineSpec("filing_due", "filed_on", rule_key="normative.filing", always_open=True,
                     start_field="published_on"),
        DeadlineSpec("filing_due", "filed_npc_on", label="报送人大常委会备案", basis=rules.BASIS["filing"],
                     applies={"npc_required": True}, always_open=True),
        DeadlineSpec("valid_until", "", label="规范性文件有效期届满（届满前评估）", basis=rules.BASIS["validity"],
                     applies={"status": S.EFFECTIVE}, soon_days=183),
    ]
    todos = [
        TodoSpec("已集体审议、待统一登记编号的规范性文件", lambda today: Q(status=S.DELIBERATED)),
        TodoSpec("已登记编号、待印发公布的规范性文件", lambda today: Q(status=S.REGISTERED)),
    ]
    children = [
        ChildSpec("adviser_opinions", "法律顾问意见", ("adviser", "on", "subject")),
        ChildSpec("cleanup_items", "清理记录", ("campaign", "result", "reason")),
    ]

    def write(self, user, form):
        return actions.save_draft(user, form.save(commit=False))

    def deletable(self, obj) -> bool:
        return obj.status == S.DRAFT and not obj.submitted_on and not obj.number

    def warnings(self, obj) -> list[str]:
        out = []
        today = dt.date.today()
        if obj.status in (S.EFFECTIVE, S.AMENDING) and obj.valid_until and obj.valid_until < today:
            out.append(f"有效期已于{obj.valid_until}届满，文件自动失效（{rules.BASIS['validity']}）。")
        if obj.status == S.REVIEWED and obj.review_opinion == NormativeDocument.Opinion.AMEND:
            out.append("审核意见为“修改后同意”：起草单位未完全采纳审核意见的，应当在提请集体审议时说明理由（国办发〔2018〕115号）。")
        return out


@register
class CleanupCampaignRegister(Register):
    model = CleanupCampaign
    slug = "normative-cleanups"
    area = AREA
    fields = ["unit", "year", "name", "basis", "issued_before"]
    detail_fields = fields + ["status", "published_on", "publish_url"]
    list_columns = ["name", "unit", "year", "issued_before", "status", "published_on"]
    filters = ["status", "year"]
    ordering = ["-year", "-pk"]
    children = [ChildSpec("items", "清理文件", ("document", "result", "reason"))]

    def deletable(self, obj) -> bool:
        return obj.status == CleanupCampaign.Status.OPEN and not obj.items.exists()


@register
class CleanupItemRegister(Register):
    model = CleanupItem
    slug = "normative-cleanup-items"
    area = AREA
    fields = ["campaign", "document"]
    detail_fields = fields + ["result", "reason"]
    list_columns = ["campaign", "document", "result", "reason"]
    filters = ["result", "campaign"]
    search_fields = ["document__title", "document__number"]
    ordering = ["campaign", "document__published_on"]
    select_related = ["campaign", "document"]


@register
class LegalityReviewRegister(Register):
    model = LegalityReview
    slug = "legality-reviews"
    area = "行政规范性文件"
    fields = ["unit", "kind", "title", "submitted_by", "received_on", "reviewed_on", "opinion"]
    list_columns = ["received_on", "kind", "title", "submitted_by", "reviewed_on", "opinion"]
    filters = ["kind", "opinion"]
    search_fields = ["title", "submitted_by"]
    ordering = ["-received_on", "-id"]
    select_related = ["unit"]
    todos = [TodoSpec("尚未出具审查意见的文件、合同", lambda today: Q(reviewed_on=None))]
    import_aliases = {"文件（合同）名称": "title", "送审时间": "received_on", "审查时间": "reviewed_on"}
