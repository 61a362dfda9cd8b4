"""`fazhi deadline --list` and `fazhi deadline RULE START [--json] [--extended]`."""

import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError

from fazhi.core import deadlines, rules


class Command(BaseCommand):
    help = "计算法定期限：列出规则，或按规则和起算日期计算届满日"

    def add_arguments(self, parser):
        parser.add_argument("rule", nargs="?", help="规则键，如 reconsideration.examine")
        parser.add_argument("start", nargs="?", help="起算事件发生日（YYYY-MM-DD）")
        parser.add_argument("--list", action="store_true", help="列出全部规则键")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出")
        parser.add_argument("--extended", action="store_true", help="计入经批准的延长期限")

    def handle(self, *args, **opts):
        if opts["list"]:
            if opts["json"]:
                self.stdout.write(json.dumps(
                    [{"rule": k, "label": r.label, "period": r.period_text, "basis": r.basis}
                     for k, r in rules.RULES.items()], ensure_ascii=False, indent=2))
                return
            width = max(len(k) for k in rules.RULES)
            for key, rule in rules.RULES.items():
                self.stdout.write(f"{key:<{width}}  {rule.label}（{rule.period_text}）  {rule.basis}")
            return
        if not opts["rule"] or not opts["start"]:
            raise CommandError("用法：fazhi deadline RULE START [--json]，或 fazhi deadline --list")
        if opts["rule"] not in rules.RULES:
            raise CommandError(f"未知的规则键“{opts['rule']}”。可用 fazhi deadline --list 查看全部规则键。")
        try:
            start = dt.date.fromisoformat(opts["start"])
        except ValueError:
            raise CommandError(f"起算日期“{opts['start']}”无效，请使用 YYYY-MM-DD 格式，如 2025-03-26。")
        result = deadlines.compute(rules.get(opts["rule"]), start, extended=opts["extended"])
        if opts["json"]:
            data = {"rule": result.rule, "start": result.start.isoformat(), "due": result.due.isoformat(),
                    "unit": result.unit, "basis": result.basis}
            data.update({k: v for k, v in result.as_json().items() if k not in data})
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{result.label}：{rules.get(result.rule).period_text}")
        self.stdout.write(f"起算：{result.start.isoformat()}  届满：{result.due.isoformat()}")
        self.stdout.write(f"依据：{result.basis}")
        for line in result.explanation():
            self.stdout.write(f"  - {line}")
        for w in result.warnings:
            self.stderr.write(f"注意：{w}")
