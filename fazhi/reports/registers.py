"""Register declaration of the annual report."""

from django.urls import reverse

from fazhi.core.registers import DeadlineSpec, Register, register

from . import generate, rules
from .models import AnnualReport, ChecklistItem

S = AnnualReport.Status


@register
class AnnualReportRegister(Register):
    model = AnnualReport
    slug = "annual-reports"
    area = "指标与考核"
    fields = ["unit", "year", "issuer", "doc_number", "signers", "title", "addressee", "signed_on", "cc", "printer",
              "printed_on"]
    detail_fields = fields + ["status", "published_on", "publish_channel", "publish_due"]
    list_columns = ["year", "unit", "title", "status", "published_on"]
    filters = ["status", "year"]
    ordering = ["-year", "unit__path"]
    import_enabled = False
    deadlines = [DeadlineSpec("publish_due", "published_on", label="年度报告公开发布", basis=rules.BASIS,
                              soon_days=31)]

    def write(self, user, form):
        if form.instance.pk:
            return form.save()
        report = generate.draft(form.cleaned_data["unit"], year=form.cleaned_data["year"], acting_user=user)
        for name in self.fields[2:]:
            value = form.cleaned_data.get(name)
            if value:
                setattr(report, name, value)
        report.full_clean()
        report.save()
        return report

    def links(self, obj):
        out = [("预览（数据可追溯）", reverse("report-preview", args=[obj.pk]))]
        if obj.status == S.DRAFT:
            out.append(("编辑正文", reverse("report-edit", args=[obj.pk])))
        base = reverse("report-preview", args=[obj.pk])
        out += [("下载DOCX", f"{base}report.docx"), ("DOCX（附数据来源表）", f"{base}report.docx?appendix=1"),
                ("下载PDF", f"{base}report.pdf"), ("Markdown", f"{base}report.md")]
        if obj.status == S.PUBLISHED:
            out.append(("公开页面", reverse("public-report", args=[obj.pk])))
        return out

    def warnings(self, obj) -> list[str]:
        import datetime as dt

        due = obj.publish_due or rules.publication_deadline(obj.year, obj.unit.kind)
        if obj.status == S.DRAFT and dt.date.today() > due:
            return [f"已超过公开发布期限（{due}）。依据：{rules.BASIS}"]
        if obj.published_on and obj.published_on > due:
            return [f"本报告于{obj.published_on}公开发布，晚于期限（{due}）。依据：{rules.BASIS}"]
        return []

    def deletable(self, obj) -> bool:
        return obj.status == S.DRAFT


@register
class ChecklistRegister(Register):
    """The province's (or county's) list of what an annual report must cover; importable from its Excel guide."""

    model = ChecklistItem
    slug = "report-checklist"
    area = "指标与考核"
    fields = ["unit", "code", "part", "title", "keywords", "keys", "source"]
    list_columns = ["code", "part", "title", "keywords", "unit"]
    filters = ["part"]
    search_fields = ["title", "keywords"]
    ordering = ["unit__path", "code"]
    select_related = ["unit"]
    natural_key = ("unit", "code")
    import_aliases = {"序号": "code", "事项": "title", "应报告事项": "title", "部分": "part", "关键词": "keywords"}
