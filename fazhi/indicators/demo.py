"""Demo 政务服务 (services.*) figures: they live in the provincial service platform, so each year the platform's
statistical export is imported (as a clerk uploads it) and the rule-of-law office approves the figures; this year's
wait for review."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.core.demo import DemoContext, demo_step

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
    "services.commitment_compression_rate": (Decimal("52.0"), Decimal("56.3"), Decimal("58.1")),
    "services.cross_region_cases": (860, 1243, 1410),
    "services.proof_items_retained": (23, 18, 16),
    "services.power_list_adjusted": (96, 112, 54),
}
TITLES = {  # the columns as the provincial platform's export names them (data/service-platform.tsv maps them)
    "services.items": "政务服务事项总数", "services.online_rate": "全程网办率（%）", "services.instant_rate": "即办率（%）",
    "services.cert_free_items": "免证办事项数", "services.one_thing_once": "“一件事一次办”集成服务",
    "services.power_list_items": "权责清单事项数", "services.commitment_items": "证明事项告知承诺制事项数",
    "services.commitment_compression_rate": "承诺办理时限压缩比率（%）", "services.cross_region_cases": "跨域通办办件量",
    "services.proof_items_retained": "保留证明事项数", "services.power_list_adjusted": "权责清单动态调整事项",
}


def platform_export(unit_name: str, year: int, values: dict) -> bytes:
    """The platform's yearly statistics sheet for the county: a title block, the header, one row."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([f"{unit_name}政务服务事项统计表（{year}年度）"])
    ws.append([f"统计时间：{year}-01-01至{year}-12-31", "数据来源：省一体化政务服务平台"])
    ws.append(["序号", "单位名称", *(TITLES[k] for k in values)])
    ws.append([1, unit_name, *(float(v) if isinstance(v, Decimal) else v for v in values.values())])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@demo_step
def reported_values(ctx: DemoContext) -> str:
    """The county's 政务服务中心 imports the platform's export each year; the office approves the figures (this
    year's wait for review)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from . import platform

    if DataValue.objects.filter(key__startswith="services.").exists():
        return "填报数据：政务服务指标已存在"
    office = ctx.users.get("demo")
    made = 0
    for i, year in enumerate((2024, 2025, 2026)):
        data = platform_export(ctx.county.name, year, {key: values[i] for key, values in FIGURES.items()})
        stats, errors = platform.import_export(SimpleUploadedFile(f"政务服务平台统计{year}.xlsx", data), office, year)
        if errors:
            raise RuntimeError("；".join(e.message for e in errors))
        made += stats["created"]
        if year < 2026:
            for dv in DataValue.objects.filter(key__startswith="services.", period=str(year), status="submitted"):
                actions.approve(dv, on=dt.date(year + 1, 1, 20), comment="与平台统计一致", acting_user=office)
    return f"政务服务平台统计导入：{made} 项（{len(FIGURES)} 项待审核）"
