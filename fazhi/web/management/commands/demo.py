"""`fazhi demo [--seed N] [--scale province]`: load or refresh the demo county and print the demo logins, or
build the province-scale benchmark dataset."""

from django.core.management.base import BaseCommand
from django.db import transaction

from fazhi.core import demo


class Command(BaseCommand):
    help = "生成演示数据（示范县），可重复运行，不会重复生成"

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2025, help="随机种子（默认 2025）")
        parser.add_argument("--scale", choices=["county", "province"], default="county",
                            help="county：示范县演示数据（默认）；province：约100个县、百万级执法案件的基准省数据（用于 make bench）")
        parser.add_argument("--counties", type=int, default=100, help="基准省的县数（--scale province）")

    def handle(self, *args, **opts):
        if opts["scale"] == "province":
            from fazhi.web import scale

            self.stdout.write(scale.build_province(counties=opts["counties"], log=self.stdout.write))
            return
        users, summaries = demo.run(seed=opts["seed"])
        for line in summaries:
            self.stdout.write(f"  {line}")
        from fazhi.core import jobs
        from fazhi.core.notify import send_digests
        from fazhi.core.steps import system_user

        self.stdout.write(f"  今日期限提醒 {send_digests()} 份（站内通知）")
        # after the demo's writes are committed (a test that loads the demo inside its transaction skips it)
        transaction.on_commit(lambda: jobs.start("analytics-refresh", system_user(), "指标预计算（演示数据）", full=True))
        self.stdout.write("  指标预计算已交后台任务执行（驾驶舱在完成前实时计算）")
        self.stdout.write(f"演示账号（密码均为 {demo.DEMO_PASSWORD}）：")
        for username, full_name, unit in users:
            self.stdout.write(f"  {username:<10} {full_name} — {unit}")
