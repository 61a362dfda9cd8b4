"""行政规范性文件: legality review, 三统一 registration and numbering, publication, filing, validity and cleanup
campaigns (国办发〔2018〕37号、115号 and local rules)."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role

WRITE_ROLES = {Role.DRAFTING_UNIT, Role.RULE_OF_LAW_OFFICE}
SCOPE_ROLES = {
    "view": WRITE_ROLES | {Role.LEGAL_ADVISER, Role.UNIT_CLERK, Role.ADMIN},
    "add": WRITE_ROLES,
    "change": WRITE_ROLES,
    "delete": WRITE_ROLES,
}


class Issuer(ScopedModel):
    """An issuing body's numbering series: documents are numbered `<prefix>规〔YYYY〕N号`."""

    unit = models.OneToOneField(OrgUnit, verbose_name="制定机关", on_delete=models.PROTECT, related_name="normative_issuer")
    prefix = models.CharField("发文机关代字", max_length=20, help_text="如“示县政”，编号为“示县政规〔2025〕1号”")
    filing_body = models.CharField("报送备案机关", max_length=100, help_text="如“示范市人民政府”或“示范县人民政府”")
    npc_filing = models.BooleanField("同时报本级人大常委会备案", default=False,
                                     help_text="县级以上人民政府制定的规范性文件报本级人大常委会备案")

    org_field = "unit"
    scope_roles = {**SCOPE_ROLES, "add": {Role.RULE_OF_LAW_OFFICE}, "change": {Role.RULE_OF_LAW_OFFICE},
                   "delete": {Role.RULE_OF_LAW_OFFICE}}
    view_from_below = True  # a department drafts documents the county government issues

    class Meta:
        verbose_name = verbose_name_plural = "制定机关（统一编号）"
        constraints = [models.UniqueConstraint(fields=["prefix"], name="unique_normative_prefix")]

    def __str__(self) -> str:
        return f"{self.unit}（{self.prefix}规）"


class NumberCounter(models.Model):
    """The last number given per issuer and year; locked row by row so numbers are never skipped or reused."""

    issuer = models.ForeignKey(Issuer, on_delete=models.PROTECT, related_name="counters")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issuer", "year"], name="one_counter_per_issuer_year")]


class NormativeDocument(ScopedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "起草中"
        REVIEWING = "reviewing", "合法性审核中"
        REVIEWED = "reviewed", "审核完毕"
        DELIBERATED = "deliberated", "已集体审议"
        REGISTERED = "registered", "已统一登记编号"
        EFFECTIVE = "effective", "有效"
        AMENDING = "amending", "有效（待修改）"
        EXPIRED = "expired", "有效期届满失效"
        REPEALED = "repealed", "已废止"
        INVALIDATED = "invalidated", "已宣布失效"
        ABANDONED = "abandoned", "停止制定"

    class Kind(models.TextChoices):
        REGULAR = "regular", "一般"
        PROVISIONAL = "provisional", "暂行"
        TRIAL = "trial", "试行"

    class Opinion(models.TextChoices):
        AGREE = "agree", "同意（合法）"
        AMEND = "amend", "修改后同意"
        DISAGREE = "disagree", "不同意（不合法）"

    issuer = models.ForeignKey(Issuer, verbose_name="制定机关", on_delete=models.PROTECT, related_name="documents")
    unit = models.ForeignKey(OrgUnit, verbose_name="起草单位", on_delete=models.PROTECT, related_name="normative_documents")
    title = models.CharField("文件名称", max_length=200)
    kind = models.CharField("类别", max_length=12, choices=Kind.choices, default=Kind.REGULAR)
    summary = models.TextField("主要内容", blank=True)
    status = models.CharField("状态", max_length=12, choices=Status.choices, default=Status.DRAFT)
    # 合法性审核 (115号)
    submitted_on = models.DateField("送审日期", null=True, blank=True)
    review_minimum = models.DateField("审核时间最早届满日", null=True, blank=True, editable=False)
    review_due = models.DateField("审核期限届满日", null=True, blank=True, editable=False)
    reviewer = models.CharField("审核机构及人员", max_length=100, blank=True)
    reviewed_on = models.DateField("审核意见日期", null=True, blank=True)
    review_opinion = models.CharField("审核意见", max_length=10, choices=Opinion.choices, blank=True)
    review_note = models.TextField("审核意见说明", blank=True)
    # 集体审议
    deliberated_on = models.DateField("集体审议日期", null=True, blank=True)
    meeting = models.CharField("审议会议", max_length=100, blank=True)
    # 三统一
    number = models.CharField("文号", max_length=40, blank=True, editable=False)
    number_year = models.PositiveSmallIntegerField("编号年度", null=True, blank=True, editable=False)
    number_seq = models.PositiveIntegerField("序号", null=True, blank=True, editable=False)
    registered_on = models.DateField("登记日期", null=True, blank=True)
    issued_on = models.DateField("印发日期", null=True, blank=True)
    published_on = models.DateField("公布日期", null=True, blank=True)
    publish_url = models.URLField("公布网址", blank=True)
    effective_on = models.DateField("施行日期", null=True, blank=True)
    valid_until = models.DateField("有效期至", null=True, blank=True)
    # 备案
    npc_required = models.BooleanField("须报人大常委会备案", default=False, editable=False)
    filing_due = models.DateField("报送备案期限", null=True, blank=True, editable=False)
    filed_on = models.DateField("报送政府备案日期", null=True, blank=True)
    filed_npc_on = models.DateField("报送人大常委会备案日期", null=True, blank=True)
    ended_on = models.DateField("失效/废止日期", null=True, blank=True)
    end_reason = models.CharField("失效/废止原因", max_length=300, blank=True)

    org_field = "unit"  # the drafting unit sees its drafts; the issuer's office covers them through the tree
    scope_roles = SCOPE_ROLES
    public_filter = {"status__in": ["effective", "amending"]}  # the published catalogue of valid documents

    class Meta:
        verbose_name = verbose_name_plural = "行政规范性文件"
        constraints = [
            models.UniqueConstraint(fields=["issuer", "number_year", "number_seq"], name="unique_normative_number",
                                    condition=models.Q(number_seq__isnull=False)),
        ]
        indexes = [
            models.Index(fields=["published_on"]), models.Index(fields=["status", "valid_until"]),
            models.Index(fields=["filing_due", "filed_on"], name="normativedoc_filing_due_ix"),
            models.Index(fields=["review_due", "reviewed_on"], name="normativedoc_review_due_ix"),
            models.Index(fields=["valid_until"], name="normativedoc_valid_until_ix"),
        ]

    def __str__(self) -> str:
        return f"{self.title}（{self.number}）" if self.number else self.title


class CleanupCampaign(ScopedModel):
    """A 清理 campaign: the documents in scope and a result for each, published when done."""

    class Status(models.TextChoices):
        OPEN = "open", "清理中"
        PUBLISHED = "published", "结果已公布"

    unit = models.ForeignKey(OrgUnit, verbose_name="组织清理单位", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField("年度")
    name = models.CharField("清理名称", max_length=200)
    basis = models.CharField("清理依据/缘由", max_length=300, blank=True)
    issued_before = models.DateField("清理范围：公布日期截至")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.OPEN)
    published_on = models.DateField("结果公布日期", null=True, blank=True)
    publish_url = models.URLField("公布网址", blank=True)

    org_field = "unit"
    scope_roles = {**SCOPE_ROLES, "add": {Role.RULE_OF_LAW_OFFICE}, "delete": {Role.RULE_OF_LAW_OFFICE}}

    class Meta:
        verbose_name = verbose_name_plural = "规范性文件清理"
        indexes = [models.Index(fields=["year", "id"], name="normative_cleanupcampaig_list")]

    def __str__(self) -> str:
        return self.name


class CleanupItem(ScopedModel):
    class Result(models.TextChoices):
        RETAINED = "retained", "保留（继续有效）"
        AMENDED = "amended", "修改"
        REPEALED = "repealed", "废止"
        INVALIDATED = "invalidated", "宣布失效"

    campaign = models.ForeignKey(CleanupCampaign, verbose_name="清理", on_delete=models.CASCADE, related_name="items")
    document = models.ForeignKey(NormativeDocument, verbose_name="文件", on_delete=models.PROTECT,
                                 related_name="cleanup_items")
    result = models.CharField("清理结果", max_length=12, choices=Result.choices, blank=True)
    reason = models.CharField("理由", max_length=300, blank=True)

    org_field = "campaign__unit"
    scope_roles = SCOPE_ROLES

    class Meta:
        verbose_name = verbose_name_plural = "清理结果"
        constraints = [models.UniqueConstraint(fields=["campaign", "document"], name="document_once_per_cleanup")]

    def __str__(self) -> str:
        return f"{self.document.title}：{self.get_result_display() or '待定'}"


class LegalityReview(ScopedModel):
    """合法性审查 of a government's other documents and contracts — 其他政府文件 (非规范性文件)、行政协议和政府合同、
    重大事项 — by its 司法行政 organ or legal office: what was submitted, by whom, when reviewed, the opinion."""

    class Kind(models.TextChoices):
        DOCUMENT = "document", "其他政府文件"
        CONTRACT = "contract", "行政协议、政府合同"
        MATTER = "matter", "重大事项（招商引资、国有资产处置等）"

    class Opinion(models.TextChoices):
        LAWFUL = "lawful", "合法"
        AMEND = "amend", "修改后合法"
        UNLAWFUL = "unlawful", "不合法，建议不予出台（签订）"

    unit = models.ForeignKey(OrgUnit, verbose_name="审查机构", on_delete=models.PROTECT, related_name="legality_reviews")
    kind = models.CharField("类别", max_length=10, choices=Kind.choices)
    title = models.CharField("名称", max_length=200)
    submitted_by = models.CharField("送审单位", max_length=100)
    received_on = models.DateField("收到送审日期")
    reviewed_on = models.DateField("出具审查意见日期", null=True, blank=True)
    opinion = models.CharField("审查意见", max_length=10, choices=Opinion.choices, blank=True)

    org_field = "unit"
    scope_roles = SCOPE_ROLES

    date_order = (("received_on", "reviewed_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "其他文件和合同合法性审查"
        indexes = [models.Index(fields=["received_on", "id"], name="normative_legalityreview_list")]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if bool(self.reviewed_on) != bool(self.opinion):
            raise ValidationError({"opinion": "出具审查意见的，请同时填写审查意见和日期。"})
