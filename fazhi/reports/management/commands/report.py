"""`fazhi report build --org CODE --year YYYY --format docx|html|md|pdf --output PATH [--appendix]`.

Builds the unit's saved report for the year; where none is saved, a first draft generated from the data (not saved).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.template.loader import render_to_string

from fazhi.core.commands import actor_from_option, add_actor_option, unit_from_option
from fazhi.reports import docx_writer, generate, pdf, render
from fazhi.reports.models import AnnualReport

CSS = Path(__file__).resolve().parents[2] / "static" / "reports" / "document.css"


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "生成法治政府建设情况报告（DOCX/HTML/Markdown/PDF）"

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["build"])
        parser.add_argument("--org", required=True, help="行政区划代码、统一社会信用代码或单位全称")
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--format", choices=["docx", "html", "md", "pdf"], default="docx")
        parser.add_argument("--output", required=True, help="输出文件路径（- 表示标准输出，仅 html/md）")
        parser.add_argument("--appendix", action="store_true", help="DOCX 附“报告所引数据及来源”表")
        add_actor_option(parser)

    def handle(self, *args, org, year, format, output, appendix=False, **opts):
        unit = unit_from_option(org)
        report = AnnualReport.objects.filter(unit=unit, year=year).first()
        if report is not None:
            data = self._build(report, format, appendix)
        else:  # a draft from the data, rolled back: the CLI does not create records
            data = None
            try:
                with transaction.atomic():
                    data = self._build(generate.draft(unit, year=year, acting_user=actor_from_option(opts.get("actor"))), format, appendix)
                    raise _Rollback
            except _Rollback:
                pass
            self.stderr.write(f"{unit.name}尚无{year}年度报告，已按数据生成初稿（未保存）。")
        if output == "-":
            if format in ("docx", "pdf"):
                raise CommandError("DOCX/PDF 请用 --output 指定文件。")
            self.stdout.write(data.decode())
            return
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise CommandError(f"无法写入 {output}：{exc}") from None
        self.stdout.write(f"已生成 {output}（{len(data)} 字节）")

    def _build(self, report, fmt: str, appendix: bool) -> bytes:
        bound = render.bind(report)
        if fmt == "md":
            return render.to_markdown(bound).encode()
        if fmt == "html":
            return render_to_string("reports/standalone.html", {"report": report, "bound": bound, "links": False,
                                                                "css": CSS.read_text(encoding="utf-8")}).encode()
        data = docx_writer.build(bound, appendix=appendix)
        if fmt == "pdf":
            try:
                data = pdf.docx_to_pdf(data)
            except RuntimeError as exc:
                raise CommandError(str(exc)) from None
        return data
