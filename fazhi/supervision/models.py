"""法治督察与整改: inspections of the units below, the problems they find (问题清单), and each rectification item
tracked by its responsible unit to close-out (销号) by the rule-of-law office."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role

OFFICE_WRITES = {
    "view": {Role.UNIT_CLERK, Role.ENFORCEMENT_STAFF, Role.DRAFTING_UNIT, Role.ADMIN},
    "add": {Role.RULE_OF_LAW_OFFICE},
    "change": {Role.RULE_OF_LAW_OFFICE},
    "delete": {Role.RULE_OF_LAW_OFFICE},
}
RESPONSIBLE_ROLES = frozenset({Role.UNIT_CLERK, Role.ENFORCEMENT_STAFF, Role.DRAFTING_UNIT, Role.RULE_OF_LAW_OFFICE})


class Inspection(ScopedModel):
    """A 督察 organised by the rule-of-law office (or received from above), covering some units."""

    class Kind(models.TextChoices):
        COMPREHENSIVE = "comprehensive", "综合督察"
        SPECIAL = "special", "专项督察"
        ON_SITE = "on_site", "实地督察"
        DUTY = "duty", "第一责任人履职督察"
        FROM_ABOVE = "from_above", "上级督察反馈问题整改"

    unit = models.ForeignKey(OrgUnit, verbose_name="组织单位", on_delete=models.PROTECT, related_name="inspections")
    title = models.CharField("督察名称", max_length=200)
    kind = models.CharField("督察类型", max_length=15, choices=Kind.choices)
    started_on = models.DateField("开始日期")
    ended_on = models.DateField("结束日期", null=True, blank=True)
    covered_units = models.ManyToManyField(OrgUnit, verbose_name="被督察单位", related_name="inspections_covering",
                                           blank=True)
    summary = models.TextField("督察情况", blank=True)

    org_field = "unit"
    scope_roles = OFFICE_WRITES
    import_lookups = ["title"]

    date_order = (("started_on", "ended_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "法治督察"
        indexes = [models.Index(fields=["started_on"])]

    def __str__(self) -> str:
        return self.title


class Finding(ScopedModel):
    """A problem the inspection found in a unit (问题清单)."""

    class Area(models.TextChoices):
        DUTY = "duty", "第一责任人职责落实"
        DECISIONS = "decisions", "重大行政决策"
        NORMATIVE = "normative", "行政规范性文件"
        ENFORCEMENT = "enforcement", "行政执法"
        RECONSIDERATION = "reconsideration", "行政复议与应诉"
        OPENGOV = "opengov", "政务公开"
        STUDY = "study", "学法用法"
        OTHER = "other", "其他"

    inspection = models.ForeignKey(Inspection, verbose_name="督察", on_delete=models.PROTECT, related_name="findings")
    unit = models.ForeignKey(OrgUnit, verbose_name="存在问题的单位", on_delete=models.PROTECT, related_name="findings")
    area = models.CharField("问题领域", max_length=20, choices=Area.choices)
    description = models.CharField("问题描述", max_length=500)
    found_on = models.DateField("反馈日期")

    org_field = "unit"
    scope_roles = OFFICE_WRITES
    import_lookups = ["description"]

    class Meta:
        verbose_name = verbose_name_plural = "督察发现问题"
        indexes = [models.Index(fields=["found_on", "id"], name="supervisio_finding_list")]

    def __str__(self) -> str:
        return f"{self.unit}：{self.description[:30]}"

    def clean(self) -> None:
        if self.inspection_id and self.found_on and self.found_on < self.inspection.started_on:
            raise ValidationError({"found_on": "反馈日期不能早于督察开始日期。"})


class Rectification(ScopedModel):
    """A rectification item (整改事项): measure, responsible unit and due date, progress with evidence reported by the
    unit, close-out (销号) by the rule-of-law office, escalation (督办) when overdue."""

    class Status(models.TextChoices):
        OPEN = "open", "整改中"
        SUBMITTED = "submitted", "已申请销号"
        CLOSED = "closed", "已销号"

    finding = models.ForeignKey(Finding, verbose_name="问题", on_delete=models.PROTECT, related_name="rectifications")
    responsible_unit = models.ForeignKey(OrgUnit, verbose_name="责任单位", on_delete=models.PROTECT,
                                         related_name="rectifications")
    measure = models.CharField("整改措施", max_length=500)
    due_on = models.DateField("整改期限")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.OPEN, editable=False)
    progress = models.PositiveSmallIntegerField("完成进度（%）", default=0, editable=False)
    submitted_on = models.DateField("申请销号日期", null=True, blank=True, editable=False)
    closed_on = models.DateField("销号日期", null=True, blank=True, editable=False)
    escalations = models.PositiveSmallIntegerField("督办次数", default=0, editable=False)
    last_escalated_on = models.DateField("最近督办日期", null=True, blank=True, editable=False)

    org_field = "responsible_unit"
    scope_roles = OFFICE_WRITES

    class Meta:
        verbose_name = verbose_name_plural = "整改事项"
        indexes = [models.Index(fields=["due_on", "closed_on"]), models.Index(fields=["status"])]

    def __str__(self) -> str:
        return f"{self.responsible_unit}：{self.measure[:30]}"

    def clean(self) -> None:
        if self.finding_id and self.due_on and self.due_on < self.finding.found_on:
            raise ValidationError({"due_on": "整改期限不能早于问题反馈日期。"})


class ProgressReport(ScopedModel):
    """A progress report on a rectification item, by the responsible unit (evidence files are attached to the item)."""

    rectification = models.ForeignKey(Rectification, verbose_name="整改事项", on_delete=models.CASCADE,
                                      related_name="reports")
    on = models.DateField("报告日期")
    progress = models.PositiveSmallIntegerField("完成进度（%）")
    text = models.CharField("整改进展", max_length=500)
    kind = models.CharField("类型", max_length=20, default="进展报告")

    org_field = "rectification__responsible_unit"
    scope_roles = OFFICE_WRITES

    class Meta:
        verbose_name = verbose_name_plural = "整改进展"
        ordering = ["on", "pk"]
