"""`fazhi indicators --org CODE --year YYYY [--period P] [--json]`: every catalogue key with value, unit and source."""

import json

from django.core.management.base import BaseCommand, CommandError

from fazhi.core.commands import unit_from_option
from fazhi.core.indicators import Period
from fazhi.indicators import engine, validation


class Command(BaseCommand):
    help = "输出某单位（含下级）某年度或期间的全部指标：数值、单位、来源（computed/reported/extracted/missing）"

    def add_arguments(self, parser):
        parser.add_argument("--org", required=True, help="行政区划代码、统一社会信用代码或单位全称")
        parser.add_argument("--year", type=int, help="年度，如 2025")
        parser.add_argument("--period", help="期间：2025、2025Q3、2025-07 或 2025-01-01..2025-06-30")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出")

    def handle(self, *args, org, year, period, json: bool = False, **opts):
        if not (year or period):
            raise CommandError("请指定 --year 或 --period。")
        try:
            span = Period.parse(period) if period else Period.year(year)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        unit = unit_from_option(org)
        figures = engine.compute(None, unit, span)
        violations = validation.check(unit, span, figures)
        if json:
            self.stdout.write(_dumps({
                "org": {"name": unit.name, "code": unit.division_code or unit.uscc}, "period": span.code,
                "indicators": [f.as_json() for f in figures.values()],
                "violations": [{"message": v.message, "detail": v.detail} for v in violations],
            }))
            return
        self.stdout.write(f"{unit.name} · {span.label}")
        for f in figures.values():
            unit_label = "" if f.kind == "rate" else f.unit_label  # a rate shows its % already
            self.stdout.write(f"{f.key:44} {f.display:>14} {unit_label:4} {f.source:9} {f.label}")
        for v in violations:
            self.stdout.write(self.style.WARNING(f"校验：{v.message}（{v.detail}）"))


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
