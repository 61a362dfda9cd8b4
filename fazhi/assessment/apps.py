from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    name = "fazhi.assessment"
    label = "assessment"
    verbose_name = "法治政府建设考核"

    def ready(self) -> None:
        from . import demo, registers  # noqa: F401
