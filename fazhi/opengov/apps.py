from django.apps import AppConfig


class OpengovConfig(AppConfig):
    name = "fazhi.opengov"
    label = "opengov"
    verbose_name = "政务公开"

    def ready(self) -> None:
        from . import demo, indicators, registers  # noqa: F401
