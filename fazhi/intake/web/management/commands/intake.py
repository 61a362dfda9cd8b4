"""`fazhi intake extract PATH... [--json]`: the intake library's CLI (pure Python, see fazhi/intake/__main__.py);
`fazhi intake lexicon [--write]`: the key lexicon generated from the indicator catalogue (fazhi/intake/lexicon.tsv)."""

import sys

from django.core.management.base import BaseCommand

from fazhi.intake.__main__ import main


class Command(BaseCommand):
    help = "读取法治政府建设情况报告（.txt .docx .pdf .html），输出标题、机关、年度、章节、缺项、是否按时和数据"

    def run_from_argv(self, argv):
        if argv[2:3] == ["lexicon"]:  # the one subcommand that needs the platform: the catalogue's labels
            import django

            django.setup()
            from fazhi.intake.web import lexicon_build

            if "--write" in argv:
                self.stdout.write(f"已按指标目录写入识别词表：{lexicon_build.write()} 项指标。")
            else:
                self.stdout.write(lexicon_build.text())
            sys.exit(0)
        sys.exit(main(argv[2:], out=self.stdout._out))

    def handle(self, *args, **options):  # called by call_command
        return None
