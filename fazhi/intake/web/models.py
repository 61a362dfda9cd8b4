"""Reports received from other bodies, read by the intake library, and the figures extracted from them awaiting
confirmation; a confirmed figure becomes an `extracted` DataValue of that body and year."""

from django.conf import settings
from django.db import models

from fazhi.core.models import OrgUnit, ScopedModel
from fazhi.core.roles import Role

READERS = {Role.RULE_OF_LAW_OFFICE}


class ReceivedReport(ScopedModel):
    """One report file received by an office (the `unit`), with what intake read from it."""

    unit = models.ForeignKey(OrgUnit, verbose_name="接收单位", on_delete=models.PROTECT, related_name="received_reports")
    body = models.ForeignKey(OrgUnit, verbose_name="报告单位（平台内）", null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    source = models.CharField("文件名", max_length=200)
    sha256 = models.CharField("文件摘要", max_length=64, db_index=True)
    error = models.CharField("读取错误", max_length=300, blank=True)
    title = models.CharField("标题", max_length=300, blank=True)
    issuer = models.CharField("发文机关", max_length=200, blank=True)
    year = models.PositiveSmallIntegerField("报告年度", null=True, blank=True)
    published_on = models.DateField("成文日期", null=True, blank=True)
    posted_on = models.DateField("公开发布日期", null=True, blank=True,
                                 help_text="网页载明的发布日期；没有的，由上传人填写或确认，按此判断是否按时公开")
    fingerprint = models.CharField("内容指纹", max_length=64, blank=True, db_index=True)
    document_number = models.CharField("发文字号", max_length=60, blank=True)
    on_time = models.BooleanField("按时公开", null=True)
    missing_sections = models.JSONField("缺少的法定部分", default=list)
    sections = models.JSONField("章节", default=list)
    text = models.TextField("规范化全文", blank=True)
    received_at = models.DateTimeField("上传时间", auto_now_add=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="上传人", null=True, on_delete=models.SET_NULL,
                                    related_name="+")

    org_field = "unit"
    scope_roles = {"view": READERS, "add": READERS, "change": READERS, "delete": READERS}

    class Meta:
        verbose_name = verbose_name_plural = "收到的法治政府建设报告"
        ordering = ["-year", "issuer"]

    def __str__(self) -> str:
        return self.title or self.source


class ExtractedFigure(models.Model):
    """A figure intake found, with its evidence; confirmed or rejected by a person."""

    class Status(models.TextChoices):
        PENDING = "pending", "待确认"
        CONFIRMED = "confirmed", "已确认"
        REJECTED = "rejected", "已排除"

    report = models.ForeignKey(ReceivedReport, verbose_name="报告", on_delete=models.CASCADE, related_name="figures")
    key = models.CharField("指标", max_length=60)
    value = models.DecimalField("数值", max_digits=18, decimal_places=2)
    unit_label = models.CharField("单位", max_length=10)
    approx = models.BooleanField("约数", default=False)
    evidence = models.CharField("原文", max_length=300)
    start = models.PositiveIntegerField("起始位置")
    end = models.PositiveIntegerField("结束位置")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.PENDING)
    # what decided the key, and the report's other statements of it with what chose among them: the reviewer's
    # evidence for trusting or correcting the figure (the same as `fazhi intake extract --explain` prints)
    basis = models.CharField("判定依据", max_length=300, blank=True, default="")
    others = models.CharField("其他表述", max_length=300, blank=True, default="")

    class Meta:
        verbose_name = verbose_name_plural = "提取的数据"
        ordering = ["start"]

    def __str__(self) -> str:
        return f"{self.key} {self.value}"


class LexiconSuggestion(models.Model):
    """A reviewer's correction of the key intake gave a figure: the words of its clause and the key it should have
    had, offered to the office as a line for the lexicon (lexicon.tsv / cues.tsv) — the reader is never changed
    from the platform by itself."""

    report = models.ForeignKey(ReceivedReport, verbose_name="报告", on_delete=models.CASCADE,
                               related_name="suggestions")
    evidence = models.CharField("原文", max_length=300)
    term = models.CharField("建议增加的说法", max_length=60)
    read_as = models.CharField("读取为", max_length=60)
    key = models.CharField("更正为", max_length=60)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="更正人", null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField("更正时间", auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "识别词表建议"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.term} → {self.key}"
