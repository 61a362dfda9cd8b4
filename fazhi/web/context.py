"""Navigation: registers grouped by area of work, areas grouped into a few menus, only what the user's roles may open."""

from fazhi.core import scoping
from fazhi.core.registers import registry

# Menus of the navbar and the areas each holds, in order; an area not listed gets a menu of its own.
MENUS = [
    ("复议应诉", ["行政复议", "行政应诉"]),
    ("行政执法", ["行政执法"]),
    ("依法决策", ["重大行政决策", "行政规范性文件", "法律顾问"]),
    ("法治社会", ["矛盾纠纷化解", "公共法律服务", "普法"]),
    ("履职与监督", ["学法述法", "政务公开", "法治督察"]),
]
AREA_ORDER = [area for _, areas in MENUS for area in areas] + ["指标与考核", "系统管理"]


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    groups: dict[str, list] = {}
    for reg in registry.values():
        if reg.user_can(user, "view") and (reg.area != "系统管理" or reg.user_can(user, "change")):
            groups.setdefault(reg.area, []).append(reg)
    menu_of = {area: menu for menu, areas in MENUS for area in areas}
    menus: dict[str, list] = {}
    for area in sorted(groups, key=lambda a: AREA_ORDER.index(a) if a in AREA_ORDER else 99):
        menus.setdefault(menu_of.get(area, area), []).append((area, groups[area]))
    roles = scoping.roles_of(user)
    return {"nav_menus": list(menus.items()), "is_admin": user.is_superuser or "admin" in roles}
