"""`fazhi backup --output 备份.tar.gz`: database and attachments in one checksummed archive."""

from pathlib import Path

from django.core.management.base import BaseCommand

from fazhi.core.backup import backup


class Command(BaseCommand):
    help = "备份：数据库全部数据和附件打包为一个带校验值的归档文件"

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="归档文件路径（.tar.gz）")

    def handle(self, *args, output, **opts):
        result = backup(Path(output))
        self.stdout.write(f"已备份 {result['records']} 条记录、{result['files']} 个文件到 {output}"
                          f"（SHA-256 {result['sha256']}）")
