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
AREA_MODULES = ("rules", "events", "actions", "registers", "indicators", "report", "demo")


class AreaConfig(AppConfig):
    """Base AppConfig of an area app; set `menu` to the navbar menu the area's registers appear under."""

    menu: str = ""  # e.g. "复议应诉"; empty: a menu named after the area
    menu_order: int = 100  # position of the menu and of the area inside it

    def ready(self) -> None:
        for module in AREA_MODULES:
            name = f"{self.name}.{module}"
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name)
