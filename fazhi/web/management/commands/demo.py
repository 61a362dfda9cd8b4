"""`fazhi demo [--seed N]`: load or refresh the demo county and print the demo logins."""

from django.core.management.base import BaseCommand

from fazhi.core import demo


class Command(BaseCommand):
    help = "生成演示数据（示范县），可重复运行，不会重复生成"

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2025, help="随机种子（默认 2025）")

    def handle(self, *args, **opts):
        users, summaries = demo.run(seed=opts["seed"])
        for line in summaries:
            self.stdout.write(f"  {line}")
        self.stdout.write(f"演示账号（密码均为 {demo.DEMO_PASSWORD}）：")
        for username, full_name, unit in users:
            self.stdout.write(f"  {username:<10} {full_name} — {unit}")
