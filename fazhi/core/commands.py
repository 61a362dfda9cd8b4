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
