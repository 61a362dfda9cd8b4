"""`fazhi restore 备份.tar.gz --yes`: check every checksum, then replace the database content and the attachments."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from fazhi.core.backup import restore


class Command(BaseCommand):
    help = "恢复：校验备份文件后，用其中的数据和附件替换当前数据库内容和附件（先 fazhi migrate）"

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--yes", action="store_true", help="确认替换当前全部数据")

    def handle(self, *args, archive, yes=False, **opts):
        if not yes:
            raise CommandError("恢复会替换当前全部数据和附件；确认请加 --yes。")
        if not Path(archive).is_file():
            raise CommandError(f"找不到备份文件：{archive}")
        try:
            result = restore(Path(archive))
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"已恢复 {result['records']} 条记录、{result['files']} 个文件。")
