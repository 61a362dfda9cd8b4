"""`fazhi platform_import FILE --year YYYY --as USER [--json]`: import the provincial service platform's statistical
export exactly as the page does (the same job and checks, scoped to that user). Exit status 1 when nothing was
imported."""

import shutil
import uuid
from importlib import import_module

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from fazhi.core import jobs
from fazhi.core.commands import actor_from_option
from fazhi.core.registers import excel, registry

ImportCommand = import_module("fazhi.core.management.commands.import").Command
_Named = import_module("fazhi.core.management.commands.import")._Named


class Command(BaseCommand):
    help = "导入省一体化政务服务平台统计导出表（services.* 指标；全部成功或全部不导入，导入后待办公室审核采用）"

    def add_arguments(self, parser):
        parser.add_argument("file", help="平台导出的 .xlsx 文件")
        parser.add_argument("--year", type=int, required=True, help="统计年度，如 2025")
        parser.add_argument("--as", dest="actor", required=True, metavar="用户名", help="以该用户的身份和授权范围导入")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出结果")

    def handle(self, *args, file, year, actor, json=False, **opts):
        user = actor_from_option(actor)
        if not registry["reported-values"].user_can(user, "add"):
            raise CommandError(f"用户“{actor}”无权填报指标数据。")
        if not 2000 <= year <= 2100:
            raise CommandError("统计年度应为四位年份，如 2025。")
        try:
            fh = open(file, "rb")  # noqa: SIM115 -- handed to the storage below
        except OSError as exc:
            raise CommandError(f"无法读取文件：{exc}") from None
        finish = ImportCommand(stdout=self.stdout, stderr=self.stderr)._finish
        with fh:
            fh.size = shutil.os.fstat(fh.fileno()).st_size
            errors = excel.check_upload(_Named(fh, file))
            if errors:
                return finish(None, [e.message for e in errors], json)
            path = default_storage.save(f"jobs/in/{uuid.uuid4().hex}.xlsx", fh)
        echo = None if json else (lambda text: self.stderr.write(text, ending=""))
        job = jobs.run_now("platform-import", user, f"导入政务服务平台统计：{file}"[:200], echo=echo, path=path,
                           name=str(file)[-200:], year=year)
        finish(job, job.errors, json)
