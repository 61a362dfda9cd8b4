"""`fazhi export SLUG --as USER --output FILE [--filter key=value ...]`: the register's ledger as the page exports it,
scoped and masked for that user, with a progress bar on the terminal."""

from pathlib import Path
from urllib.parse import urlencode

from django.core.management.base import BaseCommand, CommandError

from fazhi.core import jobs
from fazhi.core.commands import actor_from_option
from fazhi.core.models import Job
from fazhi.core.registers import registry


class Command(BaseCommand):
    help = "导出台账为 Excel（与网页导出相同：按用户授权范围，个人信息按角色脱敏）"

    def add_arguments(self, parser):
        parser.add_argument("slug", help="台账代码，如 reconsideration、disputes（见 /r/ 网址）")
        parser.add_argument("--as", dest="actor", required=True, metavar="用户名")
        parser.add_argument("--output", required=True, help="输出 .xlsx 文件路径")
        parser.add_argument("--filter", action="append", default=[], metavar="字段=值", help="与列表页相同的筛选，如 q=张三")

    def handle(self, *args, slug, actor, output, filter, **opts):
        reg = registry.get(slug)
        if reg is None:
            raise CommandError(f"没有台账“{slug}”。")
        user = actor_from_option(actor)
        if not reg.user_can(user, "view"):
            raise CommandError(f"用户“{actor}”不能查看“{reg.label}”。")
        query = urlencode([tuple(f.split("=", 1)) for f in filter if "=" in f])
        job = jobs.run_now("register-export", user, f"导出{reg.label}", echo=lambda text: self.stderr.write(text, ending=""), slug=slug, query=query)
        if job.status != Job.Status.DONE:
            raise CommandError(job.message)
        with job.result_file.open("rb") as src:
            Path(output).write_bytes(src.read())
        self.stdout.write(f"{job.message}已写入 {output}")
