"""The 示范指标体系 assessment: a rubric (first-, second- and third-level items with weights and scoring methods,
versioned per assessment year), and assessments of units against it (auto, self and reviewer scores)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role
from fazhi.indicators import catalogue

from . import rules

OFFICE = {Role.RULE_OF_LAW_OFFICE}
ASSESSED = {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE}


class Rubric(ScopedModel):
    """One assessment year's rubric of an assessing body: its items, weights, scoring methods and grade bands."""

    unit = models.ForeignKey(
        OrgUnit, verbose_name="考核单位", on_delete=models.PROTECT, related_name="rubrics"
    )
    year = models.PositiveSmallIntegerField("考核年度")
    name = models.CharField("名称", max_length=100, default="市县法治政府建设示范指标体系（2021年版）")
    grade_bands = models.CharField(
        "等次划分",
        max_length=100,
        default=rules.DEFAULT_GRADE_BANDS,
        help_text="“分数线:等次”，从高到低，用逗号分隔，如 90:优秀,80:良好,60:合格,0:不合格",
    )
    note = models.CharField(
        "说明",
        max_length=300,
        blank=True,
        help_text="如本年度考核办法的文号；分值、权重和评测方式由考核单位确定",
    )

    org_field = "unit"
    scope_roles = {"view": {Role.UNIT_CLERK}, "add": OFFICE, "change": OFFICE, "delete": OFFICE}
    view_from_below = True  # the units being assessed read the rubric of the body above

    class Meta:
        verbose_name = verbose_name_plural = "考核指标体系"
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="one_rubric_per_unit_year")]
        indexes = [models.Index(fields=["year", "id"], name="assessment_rubric_list")]

    def __str__(self) -> str:
        return f"{self.year}年度 {self.name}"

    def clean(self) -> None:
        try:
            rules.parse_grade_bands(self.grade_bands)
        except ValueError as exc:
            raise ValidationError({"grade_bands": str(exc)}) from None

    @property
    def bands(self) -> list[tuple[Decimal, str]]:
        return rules.parse_grade_bands(self.grade_bands)

    @property
    def locked(self) -> bool:
        """Weights may not change once an assessment against the rubric is final."""
        return self.assessments.filter(status=Assessment.Status.FINAL).exists()

    @property
    def total_weight(self) -> Decimal:
        return self.items.filter(level=3).aggregate(t=Coalesce(models.Sum("weight"), Decimal(0)))["t"]


class RubricItem(models.Model):
    """An item of the rubric: level 1 (一级指标), 2 (二级指标) or 3 (三级指标, the scored items)."""

    class Method(models.TextChoices):
        MANUAL = "manual", "自评＋评审"
        AT_LEAST = "at_least", "指标达到目标值得满分，不足按比例"
        AT_MOST = "at_most", "指标不超过目标值得满分，超出按比例扣减"

    rubric = models.ForeignKey(
        Rubric, verbose_name="指标体系", on_delete=models.CASCADE, related_name="items"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="上级指标",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    code = models.CharField("编号", max_length=12)
    level = models.PositiveSmallIntegerField("层级")
    section = models.CharField("一级指标编号", max_length=4, editable=False)
    name = models.CharField("名称", max_length=120)
    weight = models.DecimalField("分值", max_digits=6, decimal_places=2, default=0)
    method = models.CharField("评分方式", max_length=10, choices=Method.choices, default=Method.MANUAL)
    key = models.CharField("对应指标", max_length=60, blank=True)
    target = models.DecimalField("目标值", max_digits=12, decimal_places=2, null=True, blank=True)
    evidence = models.CharField("佐证材料要求", max_length=200, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "考核指标"
        ordering = ["rubric", "pk"]
        constraints = [models.UniqueConstraint(fields=["rubric", "code"], name="unique_rubric_item_code")]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def auto(self) -> bool:
        return self.method != self.Method.MANUAL

    def clean(self) -> None:
        errors = {}
        if self.level == 3 and self.weight <= 0:
            errors["weight"] = "三级指标的分值应大于0。"
        if self.auto:
            if self.key not in catalogue.catalogue():
                errors["key"] = f"“{self.key}”不是指标目录中的指标。"
            if self.target is None or self.target <= 0:
                errors["target"] = "按指标自动评分的项目需要大于0的目标值。"
        if errors:
            raise ValidationError(errors)


class Assessment(ScopedModel):
    """A unit's assessment for the rubric's year: one ItemScore per third-level item."""

    class Status(models.TextChoices):
        SELF = "self", "自评中"
        SUBMITTED = "submitted", "自评已报送，待评审"
        RETURNED = "returned", "退回补充"
        FINAL = "final", "已评定"

    rubric = models.ForeignKey(
        Rubric, verbose_name="指标体系", on_delete=models.PROTECT, related_name="assessments"
    )
    unit = models.ForeignKey(
        OrgUnit, verbose_name="被考核单位", on_delete=models.PROTECT, related_name="assessments"
    )
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.SELF)
    submitted_on = models.DateField("自评报送日期", null=True, blank=True)
    finalised_on = models.DateField("评定日期", null=True, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="评审人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    total = models.DecimalField("总分", max_digits=7, decimal_places=2, null=True, blank=True)
    grade = models.CharField("等次", max_length=20, blank=True)
    summary = models.TextField("评定意见", blank=True)

    org_field = "unit"
    scope_roles = {"view": ASSESSED, "add": OFFICE, "change": ASSESSED, "delete": OFFICE}

    class Meta:
        verbose_name = verbose_name_plural = "法治政府建设考核"
        constraints = [models.UniqueConstraint(fields=["rubric", "unit"], name="one_assessment_per_unit")]

    def __str__(self) -> str:
        return f"{self.unit} {self.rubric.year}年度考核"

    @property
    def year(self) -> int:
        return self.rubric.year


def final_score_expression(prefix: str = ""):
    """The score an item counts with: the reviewer's, else the self-assessed, else the automatic one."""
    return Coalesce(
        f"{prefix}review_score",
        f"{prefix}self_score",
        f"{prefix}auto_score",
        output_field=models.DecimalField(max_digits=7, decimal_places=2),
    )


class ItemScore(models.Model):
    """The score of one third-level item in one assessment."""

    assessment = models.ForeignKey(
        Assessment, verbose_name="考核", on_delete=models.CASCADE, related_name="scores"
    )
    item = models.ForeignKey(RubricItem, verbose_name="指标", on_delete=models.PROTECT, related_name="scores")
    auto_value = models.DecimalField("指标值", max_digits=18, decimal_places=2, null=True, blank=True)
    auto_source = models.CharField("指标来源", max_length=10, blank=True)
    auto_score = models.DecimalField("自动得分", max_digits=7, decimal_places=2, null=True, blank=True)
    self_score = models.DecimalField("自评得分", max_digits=7, decimal_places=2, null=True, blank=True)
    self_note = models.CharField("自评说明与佐证", max_length=500, blank=True)
    review_score = models.DecimalField("评审得分", max_digits=7, decimal_places=2, null=True, blank=True)
    review_comment = models.CharField("评审意见", max_length=500, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "考核得分"
        ordering = ["item_id"]
        constraints = [models.UniqueConstraint(fields=["assessment", "item"], name="one_score_per_item")]

    def __str__(self) -> str:
        return f"{self.item.code} {self.final}"

    @property
    def final(self) -> Decimal | None:
        for score in (self.review_score, self.self_score, self.auto_score):
            if score is not None:
                return score
        return None
