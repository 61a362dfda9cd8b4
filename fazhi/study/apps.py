from django.apps import AppConfig


class StudyConfig(AppConfig):
    name = "fazhi.study"
    label = "study"
    verbose_name = "学法述法"

    def ready(self) -> None:
        from . import demo, indicators, registers  # noqa: F401
