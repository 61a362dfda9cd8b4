from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "fazhi.core"
    label = "core"
    verbose_name = "平台内核"
    menu = ("系统管理", 90)  # the kernel's own registers: org tree, memberships, calendar

    def ready(self) -> None:
        from . import audit, calendar

        audit.connect_signals()
        calendar.connect_signals()
        from . import actions, admin_registers, recompute, tasks  # noqa: F401
        from .models import ScopedModel
        from .registers import jobs  # noqa: F401  -- import and export run as jobs

        for model in self.apps.get_models():  # a scoped model that forgets its declaration fails here, at startup
            if issubclass(model, ScopedModel):
                model.check_scoping()
