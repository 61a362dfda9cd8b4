from django.apps import AppConfig


class AdvisersConfig(AppConfig):
    name = "fazhi.advisers"
    label = "advisers"
    verbose_name = "法律顾问"

    def ready(self) -> None:
        from . import demo, indicators, registers  # noqa: F401
