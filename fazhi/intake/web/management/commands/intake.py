"""`fazhi intake extract PATH... [--json]`: the intake library's CLI (pure Python, see fazhi/intake/__main__.py)."""

import sys

from django.core.management.base import BaseCommand

from fazhi.intake.__main__ import main


class Command(BaseCommand):
    help = "读取法治政府建设情况报告（.txt .docx .pdf .html），输出标题、机关、年度、章节、缺项、是否按时和数据"

    def run_from_argv(self, argv):
        sys.exit(main(argv[2:], out=self.stdout._out))

    def handle(self, *args, **options):  # called by call_command
        return None
