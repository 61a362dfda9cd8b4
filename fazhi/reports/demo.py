"""Demo: the county's reports — earlier years published (on time, one late), last year's drafted from the data."""

from __future__ import annotations

import datetime as dt

from fazhi.core.demo import DemoContext, demo_step
from fazhi.core.steps import system_user

from . import actions, generate
from .models import AnnualReport

SHORTCOMINGS = ("对照法治政府建设的目标要求，仍存在一些不足：一是部分乡镇和部门对法治政府建设重视程度不够，"
                "推进措施不够有力；二是行政执法队伍专业化水平有待提高，基层执法力量相对薄弱；三是法治宣传教育的"
                "针对性和实效性有待增强。原因主要是法治意识培养需要长期过程，基层法治工作力量和经费保障不足。")
PLANS = ("（一）持续压实法治建设第一责任人职责。把法治政府建设纳入发展总体规划和年度工作计划，定期研究解决重大问题。\n"
         "（二）深入推进严格规范公正文明执法。全面落实行政执法“三项制度”，加强执法人员培训和案卷评查。\n"
         "（三）着力提升依法行政能力。抓好领导干部学法用法，落实年终述法和任前法律知识考试。")


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
        bodies = {s.kind: s.body for s in report.sections.all()}
        bodies["shortcomings"], bodies["plans"] = SHORTCOMINGS, PLANS
        actions.save_text(None, report, report.intro, bodies)
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
