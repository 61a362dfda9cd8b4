"""Navigation: registers grouped by area of work, areas grouped into menus, only what the user's roles may open.

Each area app places itself (`menu = (name, position)` on its AppConfig, core.areas); nothing here lists them.
"""

from django.template.loader import render_to_string

from fazhi.core import scoping
from fazhi.core.areas import menu_of
from fazhi.core.registers import registry
from fazhi.core.registers.union import scope_key


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    from fazhi.intake.web.models import ReceivedReport

    roles = scoping.roles_of(user)
    is_admin = user.is_superuser or "admin" in roles
    can_intake = scoping.is_superuser(user) or bool(scoping.scope_paths(user, ReceivedReport, "add"))
    return {"nav_menus_html": _menus_html(user, is_admin, can_intake), "is_admin": is_admin, "can_intake": can_intake}


_MENUS: dict[tuple, str] = {}


def _menus_html(user, is_admin: bool, can_intake: bool) -> str:
    """The menus depend on the user's memberships only: rendered once per scope, not on every page (forty register
    links through the template engine were a fifth of a list page's CPU)."""
    key = (scope_key(user), is_admin, can_intake, len(registry))
    html = _MENUS.get(key)
    if html is None:
        if len(_MENUS) >= 256:
            _MENUS.clear()
        html = _MENUS[key] = render_to_string("web/_nav_menus.html", {
            "nav_menus": _menus(user), "is_admin": is_admin, "can_intake": can_intake})
    return html


def _menus(user) -> list:
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
    return list(menus.items())
