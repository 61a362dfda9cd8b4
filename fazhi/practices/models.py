"""工作举措与制度建设: what a unit did during the year that its annual report tells — rule-of-law documents made or
revised, mechanisms and practices, typical cases, honours — recorded when they happen, not recalled in March."""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.report_parts import HEADINGS
from fazhi.core.roles import Role

RECORDERS = {Role.UNIT_CLERK, Role.DRAFTING_UNIT, Role.ENFORCEMENT_STAFF, Role.RECONSIDERATION_OFFICER,
             Role.RULE_OF_LAW_OFFICE}


class Practice(ScopedModel):
    """One measure: a document, a mechanism, a typical case or an honour, filed under the report heading it belongs
    to. Units record them; the rule-of-law office decides which go into the annual report."""

    class Kind(models.TextChoices):
        DOCUMENT = "document", "制度文件（制定或修订）"
        MECHANISM = "mechanism", "工作机制与做法"
        CASE = "case", "典型案例"
        HONOUR = "honour", "荣誉表彰"

    class Level(models.TextChoices):
        NATIONAL = "national", "国家级"
        PROVINCIAL = "provincial", "省级"
        MUNICIPAL = "municipal", "市级"
        COUNTY = "county", "县级"

    HEADING_CHOICES = [(h.key, h.title) for h in HEADINGS] + [("duty", "履行推进法治建设第一责任人职责")]

    unit = models.ForeignKey(OrgUnit, verbose_name="单位", on_delete=models.PROTECT, related_name="practices")
    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    heading = models.CharField("所属工作", max_length=20, choices=HEADING_CHOICES,
                               help_text="《法治政府建设实施纲要（2021—2025年）》的任务，决定写入年度报告的位置")
    title = models.CharField("名称", max_length=200, help_text="文件名称（不含书名号）、机制名称、案例标题或荣誉称号")
    on = models.DateField("日期", help_text="印发、建立、办结或表彰的日期")
    document_number = models.CharField("文号", max_length=60, blank=True)
    summary = models.TextField("简要内容", max_length=2000, blank=True)
    awarded_by = models.CharField("授予机关", max_length=100, blank=True)
    level = models.CharField("级别", max_length=12, choices=Level.choices, blank=True)
    link = models.CharField("相关台账记录", max_length=200, blank=True,
                            help_text="典型案例在平台中的记录地址，如 /r/cases/12/")
    in_report = models.BooleanField("写入年度报告", default=False, editable=False)

    org_field = "unit"
    scope_roles = {"view": RECORDERS, "add": RECORDERS, "change": RECORDERS, "delete": RECORDERS}

    class Meta:
        verbose_name = "工作举措"
        verbose_name_plural = "工作举措与制度建设"
        indexes = [models.Index(fields=["unit", "on"]), models.Index(fields=["on", "in_report"])]
        constraints = [models.UniqueConstraint(fields=["unit", "kind", "title", "on"], name="one_practice_per_day")]

    def __str__(self) -> str:
        return f"《{self.title}》" if self.kind == self.Kind.DOCUMENT else self.title

    def clean(self) -> None:
        errors = {}
        self.title = self.title.strip()
        for left, right in (("《", "》"), ("“", "”"), ('"', '"')):  # the report adds its own marks around a name
            if self.title.startswith(left) and self.title.endswith(right) and len(self.title) > 2:
                self.title = self.title[1:-1].strip()
        if self.kind == self.Kind.HONOUR and not self.awarded_by.strip():
            errors["awarded_by"] = "荣誉表彰请填写授予机关。"
        if self.kind == self.Kind.HONOUR and not self.level:
            errors["level"] = "荣誉表彰请选择级别。"
        if self.kind != self.Kind.HONOUR and (self.awarded_by or self.level):
            errors["awarded_by"] = "只有荣誉表彰填写授予机关和级别。"
        if self.link and not (self.link.startswith("/r/") or self.link.startswith("https://")):
            errors["link"] = "请填写平台内的记录地址（以 /r/ 开头）或 https:// 网址。"
        if errors:
            raise ValidationError(errors)
