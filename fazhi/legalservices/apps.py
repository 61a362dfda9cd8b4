from django.apps import AppConfig


class LegalservicesConfig(AppConfig):
    name = "fazhi.legalservices"
    label = "legalservices"
    verbose_name = "公共法律服务"

    def ready(self) -> None:
        from . import demo, indicators, registers  # noqa: F401
