"""`fazhi import SLUG FILE --as USER [--update] [--json]`: import a ledger exactly as the page does — the same job, the same
checks, scoped to that user — with a progress bar on the terminal. Exit status 1 when nothing was imported."""

import json
import shutil
import uuid

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from fazhi.core import jobs
from fazhi.core.commands import actor_from_option
from fazhi.core.models import Job
from fazhi.core.registers import excel, registry


class Command(BaseCommand):
    help = "导入台账（与网页导入相同的校验和法定程序，全部成功或全部不导入）"

    def add_arguments(self, parser):
        parser.add_argument("slug", help="台账代码，如 reconsideration、disputes（见 /r/ 网址）")
        parser.add_argument("file", help=".xlsx 文件")
        parser.add_argument("--as", dest="actor", required=True, metavar="用户名", help="以该用户的身份和授权范围导入")
        parser.add_argument("--update", action="store_true",
                            help="更新已有记录（按“平台编号”或自然键找到记录；未改动的行不作处理）；默认只新增")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出结果")

    def handle(self, *args, slug, file, actor, json=False, update=False, **opts):
        reg = registry.get(slug)
        if reg is None:
            raise CommandError(f"没有台账“{slug}”。")
        user = actor_from_option(actor)
        if not reg.user_can(user, "add") or not reg.import_enabled:
            raise CommandError(f"用户“{actor}”不能向“{reg.label}”导入。")
        try:
            fh = open(file, "rb")  # noqa: SIM115 -- handed to the storage below
        except OSError as exc:
            raise CommandError(f"无法读取文件：{exc}") from None
        with fh:
            fh.size = shutil.os.fstat(fh.fileno()).st_size
            errors = excel.check_upload(_Named(fh, file))
            if errors:
                return self._finish(None, [e.message for e in errors], json)
            path = default_storage.save(f"jobs/in/{uuid.uuid4().hex}.xlsx", fh)
        echo = None if json else (lambda text: self.stderr.write(text, ending=""))
        job = jobs.run_now("register-import", user, f"导入{reg.label}：{file}"[:200], echo=echo, slug=slug, path=path,
                           name=str(file)[-200:], update=update)
        self._finish(job, job.errors, json)

    def _finish(self, job, errors, as_json):
        ok = job is not None and job.status == Job.Status.DONE
        if as_json:
            self.stdout.write(json.dumps({"ok": ok, "message": job.message if job else "未导入任何数据",
                                          "errors": errors}, ensure_ascii=False))
        else:
            self.stdout.write(job.message if job else "未导入任何数据：")
            for line in errors:
                self.stdout.write(f"  {line}")
        if not ok:
            raise SystemExit(1)


class _Named:
    """A file object with the name and size the upload checks read."""

    def __init__(self, fh, name):
        self._fh, self.name, self.size = fh, str(name), fh.size

    def read(self, n=-1):
        return self._fh.read(n)

    def seek(self, pos):
        return self._fh.seek(pos)
