"""Demo measures of 示范县: documents, mechanisms, a typical case and honours over the demo years, recorded by the
units and (for past years) included in the report by the office."""

import datetime as dt

from fazhi.core.demo import DemoContext, demo_step
from fazhi.core.steps import system_user

from . import actions
from .models import Practice

MEASURES = [  # (unit: "county" / township index / department name, kind, heading, title, month, day, number, by, level)
    ("county", "document", "decisions", "示范县重大行政决策程序实施细则", 3, 18, "示政发〔{y}〕8号", "", ""),
    ("县司法局", "document", "enforcement", "示范县行政执法公示办法", 5, 6, "示司发〔{y}〕12号", "", ""),
    ("county", "mechanism", "oversight", "府院联动", 4, 20, "", "", ""),
    ("县市场监督管理局", "mechanism", "enforcement", "首违不罚、轻微免罚", 6, 1, "", "", ""),
    (0, "mechanism", "disputes", "1+1+N矛盾纠纷多元化解", 7, 15, "", "", ""),
    (0, "case", "disputes", "城关镇调解化解一起土地承包经营权纠纷", 9, 10, "", "", ""),
    ("county", "mechanism", "publicity", "执法+普法融合", 8, 8, "", "", ""),
    ("county", "honour", "duty", "全市法治政府建设工作先进单位", 12, 20, "", "示范市委全面依法治市委员会", "municipal"),
    (1, "honour", "publicity", "省级民主法治示范村（社区）", 11, 6, "", "省委全面依法治省委员会办公室", "provincial"),
    ("county", "document", "duty", "示范县党政主要负责人履行推进法治建设第一责任人职责清单", 2, 26, "示办发〔{y}〕3号", "", ""),
]


@demo_step
def demo(ctx: DemoContext) -> str:
    office, made = system_user(), 0
    today = dt.date.today()
    for year in (*ctx.years, today.year):
        for where, kind, heading, title, month, day, number, by, level in MEASURES:
            on = dt.date(year, month, day)
            if on > today:
                continue
            unit = ctx.county if where == "county" else (
                ctx.townships[where] if isinstance(where, int) else ctx.departments[where])
            practice, created = Practice.objects.get_or_create(
                unit=unit, kind=kind, title=title, on=on,
                defaults={"heading": heading, "document_number": number.format(y=year), "awarded_by": by,
                          "level": level, "summary": f"{year}年{unit.name}{Practice.Kind(kind).label}。"})
            made += created
            if created and year < today.year:
                actions.include(practice, acting_user=office)
    return f"工作举措 {Practice.objects.filter(unit__path__startswith=ctx.county.path).count()} 项（新增 {made}）"
