"""Demo: the county's reports — earlier years published (on time, one late), last year's drafted from the data;
the shortcomings and plans are the strongest the data shows (reports.findings), as a drafter would start."""

from __future__ import annotations

import datetime as dt

from fazhi.core.demo import DemoContext, demo_step
from fazhi.core.steps import system_user

from . import actions, generate
from .models import AnnualReport


@demo_step
def report_checklist(ctx: DemoContext) -> str:
    """The city's office keeps the list of what the reports of its counties must cover (here: the default list)."""
    from . import checklist
    from .models import ChecklistItem

    city = ctx.county.parent or ctx.county
    if not ChecklistItem.objects.filter(unit=city).exists():
        ChecklistItem.objects.bulk_create([
            ChecklistItem(unit=city, code=i.code, part=i.part, title=i.title, keywords="、".join(i.keywords),
                          keys="|".join(i.keys), source=i.source) for i in checklist.default_items()])
    return f"年度报告应报告事项清单：{city.name} {ChecklistItem.objects.filter(unit=city).count()} 项"


@demo_step
def reports(ctx: DemoContext) -> str:
    county, today = ctx.county, dt.date.today()
    last = today.year - 1
    if AnnualReport.objects.filter(unit=county).exists():
        return f"法治政府建设情况报告：已存在 {AnnualReport.objects.filter(unit=county).count()} 份"
    for year in range(last - 2, last + 1):
        report = generate.draft(county, year=year, acting_user=system_user())
        report.cc, report.addressee = "市委依法治市办，县人大常委会办公室", "中共示范市委、示范市人民政府"
        report.issuer = "中共示范县委 示范县人民政府"
        report.title = f"中共示范县委 示范县人民政府关于{year}年度法治政府建设情况的报告"
        report.doc_number = f"示政报〔{year + 1}〕{3 + year % 5}号"
        report.signers = "王建国"  # 上行文: the county's principal signs it (GB/T 9704-2012 7.2.4)
        if year == last and today < dt.date(last + 1, 3, 20):
            report.save()
            continue  # this year's report is still being written
        report.signed_on = dt.date(year + 1, 3, 20)
        report.printed_on = dt.date(year + 1, 3, 22)
        report.full_clean()
        report.save()
        published = dt.date(year + 1, 3, 28) if year != last - 2 else dt.date(year + 1, 4, 8)  # one late
        if year != last:
            actions.publish(report, on=published, channel="示范县人民政府门户网站“法治政府建设”专栏",
                            secrecy_reviewed=True, acting_user=system_user())
    return f"法治政府建设情况报告：{last - 2}—{last}年度，{last}年度为待发布稿"
