"""An area of the law is one Django app with the same shape (DESIGN §2). Its AppConfig subclasses `AreaConfig`,
which loads the area's modules by convention when the app is ready, so each registers itself — deadline rules,
legal steps, registers, indicators, report paragraphs, menu entry, demo data — and nothing central lists them.
"""

from __future__ import annotations

import importlib
import importlib.util

from django.apps import AppConfig

# Loaded in this order, each only if the app has it: rules before the steps that cite them, steps before the
# registers that offer them, indicators before the report paragraphs that bind them.
AREA_MODULES = ("rules", "events", "actions", "registers", "indicators", "report", "jobs", "tasks", "demo")


class AreaConfig(AppConfig):
    """Base AppConfig of an area app; `menu` places the area's registers in the navbar: (menu name, position)."""

    menu: tuple[str, int] = ("", 100)  # e.g. ("复议应诉", 10); an empty name gives the area a menu of its own

    def ready(self) -> None:
        for module in AREA_MODULES:
            name = f"{self.name}.{module}"
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name)


def menu_of(model) -> tuple[str, int]:
    """(menu, position) of the app that owns `model`; apps that are not areas (the kernel) may set `menu` too."""
    from django.apps import apps

    return getattr(apps.get_app_config(model._meta.app_label), "menu", ("", 100))
