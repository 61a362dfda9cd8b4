"""Figures the platform does not compute itself: reported by a unit with evidence (e.g. 全程网办率 from the
government-service platform) and approved by the rule-of-law office, or extracted from a report by intake."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.indicators import Period
from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role

from . import catalogue


class DataValue(ScopedModel):
    class Source(models.TextChoices):
        REPORTED = "reported", "填报"
        PLATFORM = "platform", "政务服务平台导入"
        EXTRACTED = "extracted", "报告提取"

    class Status(models.TextChoices):
        DRAFT = "draft", "草稿"
        SUBMITTED = "submitted", "已报送，待审核"
        APPROVED = "approved", "已审核采用"
        RETURNED = "returned", "已退回"

    key = models.CharField("指标", max_length=60, choices=catalogue.choices)
    unit = models.ForeignKey(OrgUnit, verbose_name="单位", on_delete=models.PROTECT, related_name="data_values")
    period = models.CharField("统计期间", max_length=30, help_text="如 2025、2025Q3、2025-07 或 2025-01-01..2025-06-30")
    period_start = models.DateField("期间开始", editable=False)
    period_end = models.DateField("期间结束", editable=False)
    value = models.DecimalField("数值", max_digits=18, decimal_places=2)
    source = models.CharField("来源", max_length=10, choices=Source.choices, default=Source.REPORTED)
    evidence = models.CharField("数据来源与佐证", max_length=300, help_text="如“省一体化政务服务平台2025年度统计导出”")
    comment = models.CharField("说明", max_length=300, blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="审核人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+", editable=False)
    reviewed_on = models.DateField("审核日期", null=True, blank=True, editable=False)
    review_comment = models.CharField("审核意见", max_length=300, blank=True, editable=False)

    org_field = "unit"
    scope_roles = {
        "view": {Role.UNIT_CLERK, Role.DRAFTING_UNIT, Role.ENFORCEMENT_STAFF, Role.RECONSIDERATION_OFFICER, Role.ADMIN},
        "add": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE, Role.DRAFTING_UNIT, Role.ENFORCEMENT_STAFF},
        "change": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE, Role.DRAFTING_UNIT, Role.ENFORCEMENT_STAFF},
        "delete": {Role.UNIT_CLERK, Role.RULE_OF_LAW_OFFICE},
    }

    class Meta:
        verbose_name = verbose_name_plural = "填报指标"
        constraints = [
            models.UniqueConstraint(fields=["key", "unit", "period_start", "period_end", "source"],
                                    name="one_value_per_key_unit_period_source"),
        ]
        indexes = [
            models.Index(fields=["period_end", "key", "id"], name="indicators_datavalue_list"),
            models.Index(fields=["key", "period_start", "period_end", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.key_label} {self.period}：{self.value}"

    @property
    def key_label(self) -> str:
        return catalogue.catalogue()[self.key].label if self.key in catalogue.catalogue() else self.key

    def clean(self) -> None:
        errors = {}
        key = catalogue.catalogue().get(self.key)
        if key is None:
            errors["key"] = f"“{self.key}”不是指标目录中的指标。"
        try:
            period = Period.parse(self.period or "")
            self.period_start, self.period_end = period.start, period.end
            self.period = period.code
        except ValueError as exc:
            errors["period"] = str(exc)
        if key and self.value is not None:
            if self.value < 0:
                errors["value"] = "数值不能为负数。"
            elif key.kind == "rate" and self.value > 100:
                errors["value"] = f"“{key.label}”是百分比，应在0至100之间。"
            elif key.kind == "count" and self.value != self.value.to_integral_value():
                errors["value"] = f"“{key.label}”以{key.unit}计，应为整数。"
        if errors:
            raise ValidationError(errors)

    @property
    def as_number(self) -> int | Decimal:
        key = catalogue.catalogue().get(self.key)
        return int(self.value) if key and key.kind == "count" else self.value


class AnalyticsValue(models.Model):
    """A computed key's value for one unit's whole subtree in one period, materialised by the analytics refresh
    (DHIS2-style). Zero values are not stored. Pages read these rows; the engine's GROUP BYs stay the definition."""

    key = models.CharField(max_length=60)
    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+", db_constraint=False)
    period_start = models.DateField()
    period_end = models.DateField()
    value = models.DecimalField(max_digits=20, decimal_places=2)
    audited = False  # derived data: its changes are not the change log's business

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "period_start", "period_end", "unit"],
                                               name="one_analytics_value")]
        # pages read one unit's (or one parent's children's) figures for a few periods
        indexes = [models.Index(fields=["unit", "period_start", "period_end"], name="analytics_unit_period")]


class AnalyticsPeriod(models.Model):
    """Bookkeeping of one (key, period) in the analytics table. A change to a record the key counts increments
    `changes`; a refresh that read the data at `changes == n` stores `computed_changes = n`, so a change that commits
    while a refresh runs leaves the pair stale (no lost update)."""

    key = models.CharField(max_length=60)
    period_start = models.DateField()
    period_end = models.DateField()
    changes = models.PositiveBigIntegerField(default=1)
    computed_changes = models.PositiveBigIntegerField(default=0)
    computed_at = models.DateTimeField(null=True)
    audited = False

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "period_start", "period_end"],
                                               name="one_analytics_period")]
        indexes = [models.Index(fields=["period_start", "period_end"], name="analytics_period_idx")]

    @property
    def stale(self) -> bool:
        return self.changes > self.computed_changes


class AnalyticsTouch(models.Model):
    """A unit whose own records changed for a stale (key, period): the refresh recomputes that unit's own value
    and moves its subtree totals and its ancestors' by the difference, instead of regrouping a province. A touch
    without a unit (a change whose unit cannot be told) makes the refresh recompute the pair whole."""

    pair = models.ForeignKey(AnalyticsPeriod, on_delete=models.CASCADE, related_name="touches", db_constraint=False)
    unit_id = models.BigIntegerField(null=True)
    audited = False
