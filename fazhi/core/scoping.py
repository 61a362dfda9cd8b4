"""The one place that decides which rows a user may see or change.

Every model that holds org-scoped records uses `ScopedQuerySet` and declares:
- `org_field`: the path to its OrgUnit ("unit", "agency__unit"; "" for OrgUnit itself; None for
  national data such as the holiday calendar);
- `scope_roles`: {action: set of roles allowed, or None for "any role"}.
- `view_from_below` (optional): users also see the rows of the units above their own (reference data
  such as an issuing body's numbering series).

`Model.objects.visible_to(user, action)` keeps the rows in the subtrees of the user's memberships
whose role allows the action. Views, forms, exports, the API and reports all call it.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from .roles import READ_ALL_ROLES

ACTIONS = ("view", "add", "change", "delete")


def memberships_of(user) -> list[tuple[str, str, int]]:
    """(role, unit path, unit id) of the user's memberships, loaded once per user object."""
    cached = getattr(user, "_fazhi_memberships", None)
    if cached is None:
        from .models import Membership

        cached = list(
            Membership.objects.filter(user_id=user.pk, unit__is_active=True).values_list(
                "role", "unit__path", "unit_id"
            )
        )
        user._fazhi_memberships = cached
    return cached


def roles_of(user) -> set[str]:
    return {role for role, _, _ in memberships_of(user)}


def allowed_roles(model, action: str) -> set[str] | None:
    """Roles that may perform `action` on `model`; None means any role. Read-all roles may view."""
    spec = getattr(model, "scope_roles", {})
    roles = spec.get(action, set())
    if roles is None:
        return None
    roles = set(roles)
    if action == "view":
        roles |= READ_ALL_ROLES | set(spec.get("change") or ())
    return roles


def scope_paths(user, model, action: str = "view") -> list[str]:
    """The minimal set of subtree paths in which `user` may perform `action` on `model`."""
    roles = allowed_roles(model, action)
    paths = sorted({p for role, p, _ in memberships_of(user) if roles is None or role in roles})
    minimal: list[str] = []
    for p in paths:  # sorted, so an ancestor comes before its descendants
        if not any(p.startswith(m) for m in minimal):
            minimal.append(p)
    return minimal


def is_superuser(user) -> bool:
    return bool(user and user.is_authenticated and user.is_superuser)


def scope(queryset: models.QuerySet, user, action: str = "view") -> models.QuerySet:
    """Filter `queryset` to the rows `user` may `action` (see module docstring)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    if is_superuser(user):
        return queryset
    model = queryset.model
    paths = scope_paths(user, model, action)
    if not paths:
        return queryset.none()
    org_field = model.org_field
    if org_field is None:
        return queryset
    if any(p in whole_tree_paths() for p in paths) and _always_in_a_unit(model):
        return queryset  # the subtree is every unit: the filter (and its joins) would keep every row
    prefix = f"{org_field}__path" if org_field else "path"
    condition = Q()
    for p in paths:
        condition |= Q(**{f"{prefix}__startswith": p})
    if action == "view" and getattr(model, "view_from_below", False):
        # Reference rows of the units above (e.g. the county's numbering series for a department drafting
        # in its name): every ancestor path of the user's units.
        ancestors = {p[: i + 1] for p in paths for i, ch in enumerate(p) if ch == "/" and i}
        condition |= Q(**{f"{prefix}__in": sorted(ancestors)})
    return queryset.filter(condition)


def whole_tree_paths() -> frozenset[str]:
    """The path of the tree's only root (a province instance), whose subtree is every unit; empty when the
    instance holds several trees. Asked once per request."""
    from . import audit
    from .models import OrgUnit

    def only_root() -> frozenset[str]:
        roots = list(OrgUnit.objects.filter(parent__isnull=True).values_list("path", flat=True)[:2])
        return frozenset(roots) if len(roots) == 1 else frozenset()

    return audit.per_request("whole_tree", only_root)


_REQUIRED: dict[type, bool] = {}


def _always_in_a_unit(model) -> bool:
    """Every row reaches a unit through non-null links (a row with no unit would be dropped by the filter)."""
    if model not in _REQUIRED:
        required, current = True, model
        for name in (model.org_field.split("__") if model.org_field else []):
            field = current._meta.get_field(name)
            required = required and not field.null
            current = field.related_model
        _REQUIRED[model] = required
    return _REQUIRED[model]


def can(user, action: str, obj) -> bool:
    """Whether `user` may `action` this record (one indexed query)."""
    return scope(type(obj).objects.filter(pk=obj.pk), user, action).exists()


def unit_path_of(obj) -> str | None:
    """The OrgUnit path a record belongs to, following its `org_field`."""
    org_field = type(obj).org_field
    if org_field is None:
        return None
    target = obj
    for part in org_field.split("__") if org_field else []:
        target = getattr(target, part, None)
        if target is None:
            return None
    return target.path


def has_role_over(user, roles: set[str], obj) -> bool:
    """Whether the user holds one of `roles` on a unit covering the record (no query once memberships are loaded)."""
    if is_superuser(user):
        return True
    path = unit_path_of(obj)
    for role, p, _ in memberships_of(user):
        if role in roles and (path is None or path.startswith(p)):
            return True
    return False


class ScopedQuerySet(models.QuerySet):
    def visible_to(self, user, action: str = "view") -> ScopedQuerySet:
        return scope(self, user, action)

    def public(self) -> ScopedQuerySet:
        """Rows a model declares public (`public_filter`, e.g. published agencies), for pages without login."""
        condition = getattr(self.model, "public_filter", None)
        return self.filter(**condition) if condition else self.none()
