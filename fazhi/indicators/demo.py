"""Demo reported figures: the 政务服务 (services.*) figures live in the provincial service platform, so the county's
政务服务中心 reports them each year with evidence and the rule-of-law office approves them; this year's are submitted
and wait for review."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.core.demo import DemoContext, demo_step
from fazhi.core.steps import system_user

from . import actions
from .models import DataValue

FIGURES = {  # key: (2024, 2025, 2026)
    "services.items": (1268, 1302, 1315),
    "services.online_rate": (Decimal("86.5"), Decimal("91.2"), Decimal("93.0")),
    "services.instant_rate": (Decimal("42.0"), Decimal("48.6"), Decimal("51.3")),
    "services.cert_free_items": (310, 356, 372),
    "services.one_thing_once": (12, 21, 25),
    "services.power_list_items": (4120, 4086, 4079),
    "services.commitment_items": (38, 41, 41),
}
EVIDENCE = "省一体化政务服务平台{year}年度统计导出（县政务服务中心）"


@demo_step
def reported_values(ctx: DemoContext) -> str:
    if DataValue.objects.filter(key__startswith="services.").exists():
        return "填报数据：政务服务指标已存在"
    office = ctx.users.get("demo")
    made = 0
    for i, year in enumerate((2024, 2025, 2026)):
        for key, values in FIGURES.items():
            dv = actions.save(None, DataValue(key=key, unit=ctx.county, period=str(year), value=values[i],
                                              evidence=EVIDENCE.format(year=year)))
            actions.submit(dv, acting_user=system_user())
            if year < 2026:
                actions.approve(dv, on=dt.date(year + 1, 1, 20), comment="与平台统计一致", acting_user=office)
            made += 1
    return f"填报数据：政务服务指标 {made} 条（{len(FIGURES)} 条待审核）"
