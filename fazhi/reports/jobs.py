"""The annual report's PDF is rendered by LibreOffice, which takes seconds: it runs as a job (core.jobs)."""

from django.core.exceptions import ValidationError

from fazhi.core.jobs import JobResult, job

from . import docx_writer, pdf
from . import render as rendering
from .models import AnnualReport


def filename(report: AnnualReport, fmt: str) -> str:
    return f"{report.unit.name}{report.year}年法治政府建设情况报告.{fmt}"


@job("report-pdf")
def build_pdf(progress, user, *, report_id: int, appendix: bool = False) -> JobResult:
    report = AnnualReport.objects.visible_to(user).select_related("unit").filter(pk=report_id).first()
    if report is None:
        raise ValidationError("没有找到该报告，或您无权查看。")
    progress(0, 3, "生成DOCX")
    data = docx_writer.build(rendering.bind(report), appendix=appendix)
    progress(1, 3, "转换为PDF")
    try:
        data = pdf.docx_to_pdf(data)
    except RuntimeError as exc:
        raise ValidationError(str(exc)) from None
    progress(3, 3, "完成")
    return JobResult(f"已生成《{report.title}》PDF。", content=data, filename=filename(report, "pdf"),
                     url=f"/reports/{report.pk}/")
