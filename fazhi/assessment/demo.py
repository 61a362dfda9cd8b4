"""Demo: last year's rubric of the county (the shipped 2021 structure), every township assessed; most have
self-assessed and been scored, a few are still with the unit or the reviewer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.core.demo import DemoContext, demo_step
from fazhi.core.steps import system_user

from . import actions, rubric
from .models import Assessment, Rubric

NOTES = [
    "已制定工作方案并落实，见佐证材料",
    "按要求完成，相关文件已公开",
    "基本完成，个别环节有待加强",
    "已建立台账，按季度更新",
    "制度已出台，执行情况良好",
]


@demo_step
def assessment(ctx: DemoContext) -> str:
    year = dt.date.today().year - 1
    county = ctx.county
    if Rubric.objects.filter(unit=county, year=year).exists():
        return f"法治政府建设考核：已存在 {Assessment.objects.filter(rubric__unit=county).count()} 个考核"
    rub = rubric.load_default(county, year)
    rub.note = f"示范县{year}年度法治政府建设考核办法（演示）"
    rub.save()
    rng, office = ctx.rng, ctx.users.get("demo")
    made = 0
    for i, town in enumerate(ctx.townships):
        a = actions.open_assessment(rub, town, acting_user=office)
        made += 1
        if i == 0:  # the demo township clerk (xiangzhen) still has work to do
            continue
        entries = {}
        for s in a.scores.select_related("item"):
            if s.item.auto and s.auto_score is not None:
                continue
            share = Decimal(rng.choice([100, 100, 100, 90, 80, 60, 50, 0])) / 100
            entries[s.pk] = {
                "score": str((s.item.weight * share).quantize(Decimal("0.01"))),
                "note": rng.choice(NOTES),
            }
        actions.save_self(a, entries, acting_user=system_user())
        submitted = dt.date(year + 1, 1, 20) + dt.timedelta(days=rng.randint(0, 20))
        actions.submit(a, on=submitted, acting_user=system_user())
        if i % 4 == 3:  # waiting for the reviewer
            continue
        reviews = {}
        for s in a.scores.select_related("item"):
            if s.self_score is not None and rng.random() < 0.1:
                reviews[s.pk] = {
                    "score": str((s.self_score * Decimal("0.5")).quantize(Decimal("0.01"))),
                    "comment": "佐证材料不足以证明全面完成，酌情扣分",
                }
        actions.save_review(a, reviews, acting_user=office)
        actions.finalise(a, on=submitted + dt.timedelta(days=30), summary="经评审，予以评定。", acting_user=office)
    return f"法治政府建设考核：{year}年度指标体系（{rub.items.filter(level=3).count()}项三级指标），{made}个乡镇考核"
