"""Helpers shared by the `fazhi` management commands."""

from django.core.management.base import CommandError
from django.db.models import Q

from .models import OrgUnit


def unit_from_option(org: str) -> OrgUnit:
    """The unit named by --org: a division code, a USCC or the full name; a clear Chinese error otherwise."""
    units = list(OrgUnit.objects.filter(Q(division_code=org) | Q(uscc=org) | Q(name=org))[:2])
    if not units:
        raise CommandError(f"找不到单位“{org}”（可用行政区划代码、统一社会信用代码或单位全称）。")
    if len(units) > 1:
        raise CommandError(f"“{org}”对应多个单位，请改用行政区划代码或统一社会信用代码。")
    return units[0]


def add_actor_option(parser) -> None:
    parser.add_argument("--as", dest="actor", metavar="用户名",
                        help="以该用户的身份办理（记入办理事件和审计日志）；缺省为“系统”账号")


def actor_from_option(username: str | None):
    """The user a command acts as (--as); the system account when none is named."""
    from django.contrib.auth import get_user_model

    from .steps import system_user

    if not username:
        return system_user()
    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(f"找不到启用的用户“{username}”。")
    return user
