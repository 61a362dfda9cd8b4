from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "fazhi.reports"
    label = "reports"
    verbose_name = "法治政府建设情况报告"

    def ready(self) -> None:
        from . import demo, registers  # noqa: F401
