"""重大行政决策: the annual catalogue, each decision with its five procedures, publication, execution and
post-evaluation (《重大行政决策程序暂行条例》, 国务院令第713号)."""

from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role

VIEW_ROLES = {Role.DRAFTING_UNIT, Role.LEGAL_ADVISER, Role.UNIT_CLERK, Role.ADMIN}
WRITE_ROLES = {Role.DRAFTING_UNIT, Role.RULE_OF_LAW_OFFICE}


class Catalogue(ScopedModel):
    """决策事项目录: the decision body's list for a year, published after the same-level party committee agrees
    (第三条第三款)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "编制中"
        APPROVED = "approved", "同级党委已同意"
        PUBLISHED = "published", "已向社会公布"

    unit = models.ForeignKey(OrgUnit, verbose_name="决策机关", on_delete=models.PROTECT, related_name="decision_catalogues")
    year = models.PositiveSmallIntegerField("年度")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT)
    approved_on = models.DateField("党委同意日期", null=True, blank=True)
    published_on = models.DateField("公布日期", null=True, blank=True)
    publish_url = models.URLField("公布网址", blank=True)
    note = models.CharField("备注", max_length=200, blank=True)

    org_field = "unit"
    scope_roles = {"view": VIEW_ROLES | WRITE_ROLES, "add": {Role.RULE_OF_LAW_OFFICE}, "change": {Role.RULE_OF_LAW_OFFICE},
                   "delete": {Role.RULE_OF_LAW_OFFICE}}

    class Meta:
        verbose_name = verbose_name_plural = "决策事项目录"
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="one_catalogue_per_body_year")]
        indexes = [models.Index(fields=["year", "id"], name="decisions_catalogue_list")]

    def __str__(self) -> str:
        return f"{self.unit}{self.year}年度重大行政决策事项目录"


class Step(models.TextChoices):
    """The five statutory procedures, in the order the 条例 lays them out."""

    PUBLIC = "public", "公众参与"
    EXPERT = "expert", "专家论证"
    RISK = "risk", "风险评估"
    LEGALITY = "legality", "合法性审查"
    COLLECTIVE = "collective", "集体讨论决定"


LEGALITY_OPINIONS = [("lawful", "合法"), ("amend", "修改后合法"), ("unlawful", "不合法")]


class MajorDecision(ScopedModel):
    class Status(models.TextChoices):
        PROPOSED = "proposed", "决策建议"
        STARTED = "started", "已启动（草案拟订中）"
        REVIEWING = "reviewing", "合法性审查中"
        DECIDED = "decided", "已集体讨论决定"
        PUBLISHED = "published", "已公布（执行中）"
        EVALUATED = "evaluated", "已后评估"
        NOT_ADOPTED = "not_adopted", "未予通过"
        WITHDRAWN = "withdrawn", "不予启动/撤回"

    class Category(models.TextChoices):
        POLICY = "policy", "重大公共政策和措施"
        PLAN = "plan", "经济社会发展重要规划"
        RESOURCES = "resources", "自然资源和文化资源开发利用保护"
        PROJECT = "project", "重大公共建设项目"
        OTHER = "other", "其他重大事项"

    body = models.ForeignKey(OrgUnit, verbose_name="决策机关", on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey(OrgUnit, verbose_name="决策承办单位", on_delete=models.PROTECT,
                             related_name="major_decisions")
    year = models.PositiveSmallIntegerField("年度")
    title = models.CharField("决策事项名称", max_length=200)
    category = models.CharField("事项类别（第三条）", max_length=12, choices=Category.choices)
    summary = models.TextField("拟解决的主要问题及初步方案", blank=True)
    catalogue = models.ForeignKey(Catalogue, verbose_name="所属目录", null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="decisions")
    in_catalogue = models.BooleanField("列入目录", default=False, editable=False)
    outside_catalogue_reason = models.CharField("目录外事项的理由", max_length=300, blank=True)
    npc_report_required = models.BooleanField("出台前须向本级人大常委会报告", default=False)
    status = models.CharField("状态", max_length=12, choices=Status.choices, default=Status.PROPOSED)
    started_on = models.DateField("启动日期", null=True, blank=True)
    # 公众参与 (第十四条至第十八条)
    draft_published_on = models.DateField("草案公布日期", null=True, blank=True)
    comment_until = models.DateField("征求意见截止日期", null=True, blank=True)
    comment_minimum = models.DateField("征求意见期最早可结束日", null=True, blank=True, editable=False)
    shortened_reason = models.CharField("缩短征求意见期限的说明", max_length=300, blank=True)
    # 合法性审查 (第二十五条至第二十八条)
    legality_submitted_on = models.DateField("送请合法性审查日期", null=True, blank=True)
    legality_minimum = models.DateField("审查时间最早届满日", null=True, blank=True, editable=False)
    legality_opinion = models.CharField("合法性审查意见", max_length=12, blank=True,
                                        choices=LEGALITY_OPINIONS)
    # 集体讨论决定、公布 (第三十条至第三十二条) and 人大 (第八条)
    decided_on = models.DateField("集体讨论决定日期", null=True, blank=True)
    npc_reported_on = models.DateField("向人大常委会报告日期", null=True, blank=True)
    published_on = models.DateField("决策公布日期", null=True, blank=True)
    publish_url = models.URLField("公布网址", blank=True)
    executor = models.CharField("决策执行单位", max_length=100, blank=True)
    evaluated_on = models.DateField("后评估日期", null=True, blank=True)

    org_field = "unit"
    scope_roles = {"view": VIEW_ROLES | WRITE_ROLES, "add": WRITE_ROLES, "change": WRITE_ROLES,
                   "delete": WRITE_ROLES}

    class Meta:
        verbose_name = verbose_name_plural = "重大行政决策"
        indexes = [
            models.Index(fields=["year", "id"], name="decisions_majordecision_list"),
            models.Index(fields=["decided_on"]),
            models.Index(fields=["status"]),
        ]

    def __str__(self) -> str:
        return self.title


class Procedure(ScopedModel):
    """One of the five procedures of a decision: done, not applicable (with the reason) or pending."""

    class State(models.TextChoices):
        PENDING = "pending", "未办理"
        ACTIVE = "active", "办理中"
        DONE = "done", "已完成"
        NOT_APPLICABLE = "na", "不适用（已说明理由）"

    decision = models.ForeignKey(MajorDecision, on_delete=models.CASCADE, related_name="procedures")
    kind = models.CharField("程序", max_length=12, choices=Step.choices)
    state = models.CharField("办理情况", max_length=8, choices=State.choices, default=State.PENDING)
    started_on = models.DateField("开始日期", null=True, blank=True)
    completed_on = models.DateField("完成日期", null=True, blank=True)
    participants = models.CharField("参与人员/机构", max_length=300, blank=True)
    result = models.CharField("结论", max_length=50, blank=True)
    summary = models.TextField("意见及采纳情况", blank=True)
    reason = models.CharField("不适用理由", max_length=300, blank=True)

    org_field = "decision__unit"
    scope_roles = MajorDecision.scope_roles

    class Meta:
        verbose_name = verbose_name_plural = "决策程序"
        ordering = ["decision", "id"]
        constraints = [models.UniqueConstraint(fields=["decision", "kind"], name="one_procedure_of_each_kind")]

    def __str__(self) -> str:
        return f"{self.decision} · {self.get_kind_display()}"


class Comment(ScopedModel):
    """An opinion received in public participation or expert review, and how it was answered (第十八条)."""

    class Source(models.TextChoices):
        PUBLIC = "public", "社会公众"
        EXPERT = "expert", "专家、专业机构"
        UNIT = "unit", "有关单位"

    class Adoption(models.TextChoices):
        ADOPTED = "adopted", "采纳"
        PARTLY = "partly", "部分采纳"
        NOT_ADOPTED = "not_adopted", "未采纳"
        PENDING = "", "待研究"

    decision = models.ForeignKey(MajorDecision, verbose_name="决策事项", on_delete=models.CASCADE,
                                 related_name="comments")
    source = models.CharField("意见来源", max_length=8, choices=Source.choices, default=Source.PUBLIC)
    received_on = models.DateField("收到日期")
    author = models.CharField("提出人", max_length=100, blank=True)
    content = models.TextField("意见内容")
    adoption = models.CharField("采纳情况", max_length=12, choices=Adoption.choices, blank=True, default="")
    response = models.TextField("研究处理情况（答复）", blank=True)

    org_field = "decision__unit"
    scope_roles = MajorDecision.scope_roles

    class Meta:
        verbose_name = verbose_name_plural = "决策意见及采纳情况"
        ordering = ["received_on", "pk"]
        indexes = [models.Index(fields=["received_on", "id"], name="decisions_comment_list")]

    def __str__(self) -> str:
        return f"{self.author or self.get_source_display()}：{self.content[:20]}"


class FollowUp(models.Model):
    """Execution reports (第三十四条、第三十五条) and post-evaluations (第三十六条)."""

    class Kind(models.TextChoices):
        EXECUTION = "execution", "执行情况报告"
        EVALUATION = "evaluation", "决策后评估"

    decision = models.ForeignKey(MajorDecision, on_delete=models.CASCADE, related_name="follow_ups")
    kind = models.CharField("类型", max_length=10, choices=Kind.choices)
    on = models.DateField("日期")
    by = models.CharField("报告/评估单位", max_length=100)
    content = models.TextField("情况或评估发现")
    conclusion = models.CharField("结论", max_length=20, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "决策执行与后评估"
        ordering = ["on", "pk"]
