"""Demo 法治督察与整改 for 示范县: a yearly comprehensive inspection and a special one, the findings in the units
inspected, and rectification items — closed, in progress, and a few overdue and escalated, as in real ledgers."""

from __future__ import annotations

import datetime as dt

from django.core.files.base import ContentFile

from fazhi.core.demo import DemoContext, NotYet, by_today, demo_step
from fazhi.core.steps import system_user

from . import actions
from .models import Finding, Inspection, Rectification

PROBLEMS = [
    ("duty", "党政主要负责人年终述法未覆盖全部班子成员", "制定述法工作方案，年底前完成全覆盖述法"),
    ("normative", "个别行政规范性文件未经合法性审核即印发", "建立规范性文件合法性审核台账，逐件补审"),
    ("normative", "规范性文件未按期报送备案", "落实报备制度，明确专人负责报备"),
    ("enforcement", "行政执法公示信息更新不及时", "每月更新执法公示信息，纳入绩效考核"),
    ("enforcement", "部分执法案卷法律文书制作不规范", "开展案卷评查整改，组织法律文书培训"),
    ("decisions", "重大行政决策未公开征求意见", "完善决策程序清单，补充公开征求意见环节"),
    ("opengov", "依申请公开答复超过法定期限", "建立依申请公开办理台账和期限提醒"),
    ("study", "常务会议会前学法未形成常态", "制定年度学法计划，每次常务会议会前学法"),
]


def _evidence(item, ctx, on):
    body = f"%PDF-1.4\n% {item.responsible_unit} 整改佐证材料 {on}\n%%EOF\n"
    return ContentFile(body.encode(), name="整改佐证材料.pdf")


@demo_step
def supervision(ctx: DemoContext) -> str:
    if Inspection.objects.exists():
        return f"法治督察：已有 {Inspection.objects.count()} 次督察"
    rng, today, county = ctx.rng, dt.date.today(), ctx.county
    inspected = ctx.townships[:6] + [ctx.departments[n] for n in ("县市场监督管理局", "县自然资源局", "县交通运输局",
                                                                  "县卫生健康委员会", "县人民政府办公室")]
    made = 0
    for year in (2024, 2025, 2026):
        for kind, title, month in (("comprehensive", f"{year}年度法治政府建设综合督察", 5),
                                   ("special", f"{year}年度行政执法领域专项督察", 9)):
            start = dt.date(year, month, 10)
            if start > today:
                continue
            insp = Inspection.objects.create(unit=county, title=title, kind=kind, started_on=start,
                                             ended_on=start + dt.timedelta(days=14), summary="听取汇报、查阅台账、实地检查")
            units = rng.sample(inspected, 5)
            insp.covered_units.set(units)
            for unit in units:
                area, problem, measure = rng.choice(PROBLEMS)
                found = start + dt.timedelta(days=20)
                if found > today:
                    continue
                f = Finding.objects.create(inspection=insp, unit=unit, area=area, description=problem, found_on=found)
                item = Rectification.objects.create(finding=f, responsible_unit=unit, measure=measure,
                                                    due_on=found + dt.timedelta(days=rng.choice([30, 60, 90])))
                made += 1
                try:
                    on = by_today(found + dt.timedelta(days=15))
                    actions.report_progress(item, on=on, progress=50, text="已制定整改方案，正在推进", acting_user=system_user())
                    if rng.random() < 0.15 and item.due_on < today:  # overdue, escalated, still open
                        actions.escalate(item, on=by_today(item.due_on + dt.timedelta(days=7)),
                                         note="逾期未完成整改，予以督办", acting_user=system_user())
                        continue
                    done = by_today(item.due_on - dt.timedelta(days=rng.randint(-5, 10)))
                    actions.report_progress(item, on=done, progress=100, text="整改完成",
                                            evidence=_evidence(item, ctx, done), acting_user=system_user())
                    actions.submit(item, on=done, acting_user=system_user())
                    actions.close_out(item, on=by_today(done + dt.timedelta(days=5)), opinion="整改到位，同意销号", acting_user=system_user())
                except NotYet:
                    pass
    return f"法治督察：{Inspection.objects.count()} 次督察，{made} 项整改事项"
