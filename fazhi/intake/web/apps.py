from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "fazhi.intake.web"
    label = "intake"
    verbose_name = "报告汇集与比较"
