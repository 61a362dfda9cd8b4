"""Benchmark: building the annual report DOCX for the demo county (`make bench`; not part of `make test`).

Builds the demo data once in var/bench-report.sqlite3 (`fazhi demo`), then times, best of 5:
  1. fazhi:  bind the county's report to the indicator engine (every bound figure computed from the registers and
             checked by the validation rules) and lay it out per GB/T 9704 (`docx_writer.build`);
  2. plain:  python-docx writing the same paragraphs' text into a blank document, with no data binding or layout.
It prints both times and the ratio fazhi / plain.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from common import best_of

ROOT = Path(__file__).resolve().parent.parent
DB = ROOT / "var" / "bench-report.sqlite3"


def run() -> None:
    sys.path.insert(0, str(ROOT))
    DB.parent.mkdir(exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fazhi.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from docx import Document

    from fazhi.core.demo import COUNTY_CODE
    from fazhi.reports import docx_writer, render
    from fazhi.reports.models import AnnualReport

    call_command("migrate", verbosity=0)
    if not AnnualReport.objects.filter(unit__division_code=COUNTY_CODE).exists():
        call_command("demo", verbosity=0)
    report = AnnualReport.objects.filter(unit__division_code=COUNTY_CODE).order_by("-year").first()
    bound = render.bind(report)
    lines = render.to_markdown(bound).splitlines()

    def fazhi():
        return docx_writer.build(render.bind(report))

    def plain():
        doc = Document()
        for line in lines:
            doc.add_paragraph(line)
        buf = io.BytesIO()
        doc.save(buf)
        return buf.getvalue()

    fazhi(), plain()  # warm caches (templates, fonts tables, the calendar)
    t_fazhi, t_plain = best_of(fazhi), best_of(plain)
    figures = len(bound.used_keys)
    print(f"  report: {report.title}（{len(lines)} 行，{figures} 项绑定数据）")
    print(f"  fazhi (bind + GB/T 9704 layout): {t_fazhi * 1000:8.1f} ms")
    print(f"  plain python-docx, same text:    {t_plain * 1000:8.1f} ms")
    print(f"  ratio: {t_fazhi / t_plain:.2f}x")


if __name__ == "__main__":
    run()
