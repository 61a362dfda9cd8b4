from django.apps import AppConfig


class MediationConfig(AppConfig):
    name = "fazhi.mediation"
    label = "mediation"
    verbose_name = "矛盾纠纷化解"

    def ready(self) -> None:
        from . import demo, indicators, registers  # noqa: F401
