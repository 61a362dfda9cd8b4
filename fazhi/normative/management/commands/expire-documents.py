"""`fazhi expire-documents`: mark normative documents whose validity period has ended (run daily from cron)."""

import datetime as dt

from django.core.management.base import BaseCommand

from fazhi.core import audit
from fazhi.core.steps import system_user
from fazhi.normative.actions import expire_due


class Command(BaseCommand):
    help = "将有效期已届满的行政规范性文件标记为失效（建议每日定时运行）"

    def handle(self, *args, **opts):
        with audit.audit_context(user=None, source="cli"):
            n = expire_due(dt.date.today(), acting_user=system_user())
        self.stdout.write(f"有效期届满失效：{n} 件")
