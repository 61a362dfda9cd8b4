from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "fazhi.intake.web"
    label = "intake"
    verbose_name = "报告汇集与比较"

    def ready(self) -> None:
        from . import actions  # noqa: F401  -- its steps and the job that reads an uploaded report
