"""`fazhi assessment rubric|open|ranking`: load a year's rubric, open the assessments of the units below, print
the ranking (the same figures as the ranking page)."""

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from fazhi.assessment import actions, analysis, rubric
from fazhi.assessment.models import Assessment, Rubric
from fazhi.core.audit import audit_context
from fazhi.core.commands import actor_from_option, add_actor_option, unit_from_option
from fazhi.core.models import OrgUnit


class Command(BaseCommand):
    help = "法治政府建设考核：导入指标体系（rubric）、为下级单位建立考核（open）、输出排名（ranking）"

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["rubric", "open", "ranking"])
        parser.add_argument("--org", required=True, help="考核单位：行政区划代码、统一社会信用代码或全称")
        parser.add_argument("--year", type=int, required=True, help="考核年度")
        parser.add_argument("--file", help="rubric：指标文件（.xlsx/.tsv/.csv），缺省为内置的2021年版示范指标体系")
        parser.add_argument("--replace", action="store_true", help="rubric：覆盖已有指标（尚未考核时）")
        parser.add_argument("--kind", default="township", help="open：被考核单位类型（township、department）")
        parser.add_argument("--json", action="store_true")
        add_actor_option(parser)

    def handle(self, *args, what, org, year, file=None, replace=False, kind="township", json=False, **opts):
        unit = unit_from_option(org)
        self.actor = actor_from_option(opts.get("actor"))
        try:
            with audit_context(source="cli"):
                getattr(self, f"_{what}")(unit, year, file=file, replace=replace, kind=kind, as_json=json)
        except ValidationError as exc:
            raise CommandError("；".join(exc.messages)) from None

    def _rubric(self, unit, year, *, file, replace, **_):
        if file:
            try:
                with open(file, "rb") as fh:
                    rows = rubric.read_rows(file, fh.read())
            except OSError as exc:
                raise CommandError(f"无法读取文件：{exc}") from None
            r = rubric.load(unit, year, rows, replace=replace)
        else:
            r = rubric.load_default(unit, year, replace=replace)
        self.stdout.write(f"已导入 {r}：{r.items.filter(level=3).count()} 项三级指标，合计 {r.total_weight} 分")

    def _rubric_of(self, unit, year) -> Rubric:
        r = Rubric.objects.filter(unit=unit, year=year).first()
        if r is None:
            raise CommandError(f"{unit}没有{year}年度的指标体系，请先运行 fazhi assessment rubric。")
        return r

    def _open(self, unit, year, *, kind, **_):
        r = self._rubric_of(unit, year)
        made = 0
        for child in OrgUnit.objects.filter(parent=unit, kind=kind, is_active=True):
            if not Assessment.objects.filter(rubric=r, unit=child).exists():
                actions.open_assessment(r, child, acting_user=self.actor)
                made += 1
        self.stdout.write(f"新建考核 {made} 个")

    def _ranking(self, unit, year, *, as_json, **_):
        r = self._rubric_of(unit, year)
        rows = analysis.ranking(r, Assessment.objects.all())
        if as_json:
            self.stdout.write(json.dumps([{"place": x["place"], "unit": x["unit"].name, "total": float(x["total"]),
                                           "grade": x["grade"], "final": x["final"]} for x in rows],
                                         ensure_ascii=False, indent=2))
            return
        for x in rows:
            self.stdout.write(f"{x['place']:>3}  {x['unit'].name:12} {x['total']:>7}  {x['grade']}"
                              f"{'' if x['final'] else '（暂计）'}")
