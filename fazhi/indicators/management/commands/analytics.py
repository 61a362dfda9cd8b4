"""`fazhi analytics refresh [--stale]` / `fazhi analytics status`: the precomputed figures (analytics table)."""

from django.core.management.base import BaseCommand

from fazhi.core import jobs
from fazhi.core.steps import system_user
from fazhi.indicators import analytics
from fazhi.indicators.models import AnalyticsPeriod


class Command(BaseCommand):
    help = "指标预计算：refresh 重新计算（默认全部，--stale 只算有变动的），status 查看状态"

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["refresh", "status"])
        parser.add_argument("--stale", action="store_true", help="只重新计算台账有变动的指标")

    def handle(self, *args, action, stale, **opts):
        if action == "status":
            for period in analytics.window():
                st = analytics.state(period)
                when = f"{st['as_of']:%Y-%m-%d %H:%M}" if st["as_of"] else "未计算"
                self.stdout.write(f"{period.label if period.start.month == 1 and period.end.month == 12 else period.code:<24}"
                                  f" 截至 {when}  共 {st['n']} 项，待更新 {st['stale']} 项")
            return
        echo = self.stdout.write if self.stdout.isatty() else None
        job = jobs.run_now("analytics-refresh", system_user(), "指标预计算（命令行）", echo=echo, full=not stale)
        self.stdout.write("")
        self.stdout.write(job.message)
        left = AnalyticsPeriod.objects.filter(analytics._stale_q()).count()
        if left:
            self.stdout.write(f"仍有 {left} 项待更新（计算期间台账又有变动）。")
