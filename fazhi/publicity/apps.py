from django.apps import AppConfig


class PublicityConfig(AppConfig):
    name = "fazhi.publicity"
    label = "publicity"
    verbose_name = "普法"

    def ready(self) -> None:
        from . import demo, indicators, registers  # noqa: F401
