"""The annual report (法治政府建设情况报告) of a unit for a year: the official-document frame (issuer, number, title,
addressee, signature, 版记) and the mandated sections, whose text binds figures as {{ indicator.key }}."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.report_parts import PLACEHOLDER  # {{ key }} in a report text
from fazhi.core.roles import Role

from . import rules

DOC_NUMBER = re.compile(r"^\S+〔\d{4}〕\d+号$")
WRITERS = {Role.RULE_OF_LAW_OFFICE, Role.UNIT_CLERK}


class AnnualReport(ScopedModel):
    """One unit's report on one year; drafted from live data, edited by people, laid out per GB/T 9704-2012."""

    class Status(models.TextChoices):
        DRAFT = "draft", "起草中"
        PUBLISHED = "published", "已公开发布"

    unit = models.ForeignKey(OrgUnit, verbose_name="报告单位", on_delete=models.PROTECT, related_name="reports")
    year = models.PositiveSmallIntegerField("报告年度")
    issuer = models.CharField("发文机关", max_length=100, blank=True, help_text="如“中共示范县委 示范县人民政府”，用于版头和署名")
    doc_number = models.CharField("发文字号", max_length=40, blank=True, help_text="如“示政报〔2026〕3号”，用六角括号")
    title = models.CharField("标题", max_length=150, blank=True, help_text="留空则按“××关于××年度法治政府建设情况的报告”生成")
    addressee = models.CharField("主送机关", max_length=100, blank=True, help_text="如“示范市人民政府”")
    intro = models.TextField("开头段落", blank=True)
    signed_on = models.DateField("成文日期", null=True, blank=True)
    cc = models.CharField("抄送", max_length=200, blank=True, help_text="如“市委依法治市办，县人大常委会办公室”")
    printer = models.CharField("印发机关", max_length=100, blank=True, help_text="如“示范县人民政府办公室”")
    printed_on = models.DateField("印发日期", null=True, blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_on = models.DateField("公开发布日期", null=True, blank=True)
    publish_channel = models.CharField("发布渠道", max_length=200, blank=True)
    publish_due = models.DateField("公开发布期限", null=True, editable=False)
    signers = models.CharField("签发人", max_length=60, blank=True,
                               help_text="上行文须标注签发人（GB/T 9704-2012 7.2.4）；多人用顿号分隔，如“张三、李四”")
    findings = models.JSONField("采纳的不足", default=list, blank=True, editable=False,
                                help_text="起草人从数据提示中采纳的不足（及其对应的安排）")

    org_field = "unit"
    scope_roles = {"view": WRITERS, "add": WRITERS, "change": WRITERS, "delete": WRITERS}
    public_filter = {"status": "published"}

    date_order = (("signed_on", "printed_on"),)

    class Meta:
        verbose_name = verbose_name_plural = "法治政府建设情况报告"
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="one_report_per_unit_year")]
        indexes = [
            models.Index(fields=["year", "id"], name="reports_annualreport_list"),
            models.Index(fields=["publish_due", "published_on"], name="annualreport_publish_due_ix"),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        from .generate import default_frame

        errors = {}
        if self.unit_id and self.year:
            for name, value in default_frame(self.unit, self.year).items():
                if not getattr(self, name):
                    setattr(self, name, value)
            self.publish_due = rules.publication_deadline(self.year, self.unit.kind)
        if self.year and not 2000 <= self.year <= 2100:
            errors["year"] = "报告年度应为四位年份。"
        number = (self.doc_number or "").replace("[", "〔").replace("]", "〕")
        if number and not DOC_NUMBER.match(number):
            errors["doc_number"] = "发文字号应形如“示政报〔2026〕3号”（机关代字、六角括号年份、序号加“号”）。"
        self.doc_number = number
        if self.signed_on and self.signed_on.year <= self.year - 1:
            errors["signed_on"] = f"成文日期应在报告年度（{self.year}年）之后。"
        if errors:
            raise ValidationError(errors)

    @property
    def deadline(self):
        return rules.publication_deadline(self.year, self.unit.kind)

    def ordered_sections(self) -> list[ReportSection]:
        order = rules.section_order() + ["other"]
        return sorted(self.sections.all(), key=lambda s: (order.index(s.kind) if s.kind in order else 99, s.pk))


class ReportSection(models.Model):
    """A section of the report: its kind (mandated section) and its text with bound figures."""

    class Kind(models.TextChoices):
        MEASURES = "measures", "主要举措和成效"
        SHORTCOMINGS = "shortcomings", "存在的不足和原因"
        DUTY = "duty", "第一责任人履职情况"
        PLANS = "plans", "下一年度主要安排"
        OTHER = "other", "其他需要报告的情况"

    report = models.ForeignKey(AnnualReport, verbose_name="报告", on_delete=models.CASCADE, related_name="sections")
    kind = models.CharField("部分", max_length=15, choices=Kind.choices)
    body = models.TextField("正文", blank=True, help_text="每段一行；“（一）”“1.”开头的段落为层次标题；"
                                                       "用 {{ reconsideration.accepted }} 引用指标数值")

    class Meta:
        verbose_name = verbose_name_plural = "报告章节"
        constraints = [models.UniqueConstraint(fields=["report", "kind"], name="one_section_per_kind")]

    def __str__(self) -> str:
        return self.get_kind_display()

    def heading(self) -> str:
        return rules.section_title(self.kind, self.report.year)

    def keys(self) -> list[str]:
        return PLACEHOLDER.findall(self.body)


class ChecklistItem(ScopedModel):
    """An item of what a report must cover: by default the 督察工作规定's four parts and the 纲要's tasks
    (reports/data/checklist.tsv); an office imports its province's own list (e.g. a guide of 8/36/135 items). An item
    has content when the report binds one of its keys with data, or its part's text names one of its keywords."""

    unit = models.ForeignKey(OrgUnit, verbose_name="制定单位", on_delete=models.PROTECT, related_name="report_checklist")
    code = models.CharField("编号", max_length=12)
    part = models.CharField("所属部分", max_length=15, choices=ReportSection.Kind.choices)
    title = models.CharField("应报告事项", max_length=200)
    keywords = models.CharField("关键词", max_length=300, blank=True, help_text="用顿号分隔，正文出现任一关键词即视为已报告")
    keys = models.CharField("对应指标", max_length=300, blank=True, help_text="指标键，用“|”分隔")
    source = models.CharField("依据", max_length=200, blank=True)

    org_field = "unit"
    scope_roles = {"view": WRITERS, "add": {Role.RULE_OF_LAW_OFFICE}, "change": {Role.RULE_OF_LAW_OFFICE},
                   "delete": {Role.RULE_OF_LAW_OFFICE}}
    view_from_below = True  # the units below read the list of the office above

    class Meta:
        verbose_name = verbose_name_plural = "年度报告应报告事项清单"
        constraints = [models.UniqueConstraint(fields=["unit", "code"], name="one_checklist_code_per_unit")]
        indexes = [models.Index(fields=["unit", "code"], name="reports_checklist_list")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    def clean(self) -> None:
        from fazhi.indicators import catalogue

        unknown = [k.strip() for k in self.keys.split("|") if k.strip() and k.strip() not in catalogue.catalogue()]
        if unknown:
            raise ValidationError({"keys": f"指标目录中没有这些指标：{'、'.join(unknown)}。"})
