"""Navigation: registers grouped by area of work, areas grouped into menus, only what the user's roles may open.

Each area app places itself (`menu = (name, position)` on its AppConfig, core.areas); nothing here lists them.
"""

from fazhi.core import scoping
from fazhi.core.areas import menu_of
from fazhi.core.registers import registry


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    places: dict[str, tuple[str, int]] = {}
    groups: dict[str, list] = {}
    for reg in registry.values():
        if reg.user_can(user, "view") and (reg.area != "系统管理" or reg.user_can(user, "change")):
            groups.setdefault(reg.area, []).append(reg)
            menu, position = menu_of(reg.model)
            places[reg.area] = min(places.get(reg.area, (menu, position)), (menu or reg.area, position),
                                   key=lambda p: p[1])
    menus: dict[str, list] = {}
    for area in sorted(groups, key=lambda a: places[a][1]):
        menus.setdefault(places[area][0], []).append((area, groups[area]))
    roles = scoping.roles_of(user)
    from fazhi.intake.web.models import ReceivedReport

    return {"nav_menus": list(menus.items()), "is_admin": user.is_superuser or "admin" in roles,
            "can_intake": scoping.is_superuser(user) or bool(scoping.scope_paths(user, ReceivedReport, "add"))}
