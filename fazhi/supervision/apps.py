from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    name = "fazhi.supervision"
    label = "supervision"
    verbose_name = "法治督察"

    def ready(self) -> None:
        from . import demo, indicators, registers  # noqa: F401
