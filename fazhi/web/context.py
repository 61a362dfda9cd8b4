"""Navigation: registers grouped by area of work, only those the user's roles may open."""

from fazhi.core import scoping
from fazhi.core.registers import registry

AREA_ORDER = ["行政复议", "行政应诉", "行政执法", "重大行政决策", "行政规范性文件", "法律顾问", "矛盾纠纷化解",
              "公共法律服务", "普法", "学法述法", "政务公开", "法治督察", "系统管理"]


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    groups: dict[str, list] = {}
    for reg in registry.values():
        if reg.user_can(user, "view") and (reg.area != "系统管理" or reg.user_can(user, "change")):
            groups.setdefault(reg.area, []).append(reg)
    ordered = sorted(groups.items(), key=lambda kv: AREA_ORDER.index(kv[0]) if kv[0] in AREA_ORDER else 99)
    roles = scoping.roles_of(user)
    return {"nav_groups": ordered, "is_admin": user.is_superuser or "admin" in roles}
