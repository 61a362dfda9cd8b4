"""Register declarations and the registry."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import Q
from django.urls import reverse

from .. import calendar as workcal
from .. import deadlines, scoping, steps
from ..roles import Role
from ..validators import mask_id, mask_phone

registry: dict[str, Register] = {}


def register(cls: type[Register]) -> type[Register]:
    """Class decorator: make a register declaration live (URLs, API, navigation)."""
    instance = cls()
    if instance.slug in registry:
        raise ValueError(f"duplicate register slug {instance.slug}")
    registry[instance.slug] = instance
    return cls


def get_register(slug: str) -> Register:
    return registry[slug]


@dataclass(frozen=True)
class DeadlineSpec:
    """A deadline stored on the record: the due-date field, the field that records it was met, the rule."""

    due_field: str
    met_field: str
    rule_key: str = ""  # a key of core.rules; or label/basis for non-statutory reminders
    label: str = ""
    basis: str = ""
    applies: dict | None = None  # only records with these field values are tracked, e.g. {"is_active": True}
    soon_days: int | None = None  # warn this many natural days ahead instead of the workbench default
    always_open: bool = False  # list on the workbench from the start until met, not only when due soon
    start_field: str = ""  # the field of the event the period counts from, so the due date can be recomputed
    recompute: Callable | None = None  # or how to recompute it (periods with extensions, suspensions, restarts)

    def tracks(self, obj) -> bool:
        """Python twin of filter(**applies), for the exact and __in lookups it supports."""
        for key, expected in (self.applies or {}).items():
            if key.endswith("__in"):
                if getattr(obj, key[:-4]) not in expected:
                    return False
            elif getattr(obj, key) != expected:
                return False
        return True

    def rule(self):
        from .. import rules

        return rules.get(self.rule_key) if self.rule_key else None

    def recomputed(self, obj):
        """The due date as the calendar now counts it (None when it cannot be recomputed)."""
        from .. import rules

        if self.recompute is not None:
            return self.recompute(obj)
        start = getattr(obj, self.start_field) if self.start_field else None
        return rules.due(self.rule_key, start) if start and self.rule_key else None

    @property
    def follows_calendar(self) -> bool:
        """Whether a change of the working-day calendar can move this due date."""
        if self.recompute is not None:
            return True
        rule = self.rule()
        return bool(rule and self.start_field and (rule.unit == deadlines.Unit.WORKING_DAYS or rule.holiday_roll))

    @property
    def is_minimum(self) -> bool:
        """A minimum period (e.g. a comment period): the date before which the step may not end, never "overdue"."""
        rule = self.rule()
        return bool(rule and rule.kind == deadlines.Kind.MINIMUM)

    def title(self) -> str:
        rule = self.rule()
        return self.label or (rule.label if rule else self.due_field)

    def legal_basis(self) -> str:
        rule = self.rule()
        return self.basis or (rule.basis if rule else "")


@dataclass(frozen=True)
class TodoSpec:
    """A to-do shown on the workbench: records matching `condition(today)` need someone's action."""

    label: str
    condition: Callable[[dt.date], Q]
    roles: frozenset[str] = frozenset()  # who is asked to act; empty = whoever may change the record


@dataclass(frozen=True)
class ImportStep:
    """Ledger columns that record a legal step already taken (a dispute's 调结, an application's 决定): on import,
    a row with any of these columns filled runs the action `action` with them, so history arrives through the same
    rules as live work. `columns` maps a column title to a field of the action's form."""

    action: str
    columns: dict[str, str]


@dataclass(frozen=True)
class ChildSpec:
    """Rows of a related model shown as a table on the detail page (hearings, suspensions …)."""

    related_name: str
    label: str
    columns: tuple[str, ...]


MASKERS: dict[str, Callable[[str], str]] = {"phone": mask_phone, "id": mask_id}


def _formfield(field, **kwargs):
    """Form fields as the registers want them: a URL typed without a scheme is https (Django 6's default)."""
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)


class Register:
    """Declare a record type. Subclass, set the attributes, decorate with @register."""

    model: type[models.Model]
    slug: str
    area: str = "其他"  # navigation group (DESIGN §2 app list)
    label: str = ""  # defaults to the model's verbose_name_plural
    fields: list[str] = []  # editable fields, in form order
    detail_fields: list[str] | None = None  # shown on the detail page; defaults to `fields`
    detail_sections: list[tuple[str, list[str]]] = []  # optional grouping of detail_fields under headings
    extra_labels: dict[str, str] = {}  # labels of list columns that are properties, not fields
    list_columns: list[str] = []
    filters: list[str] = []  # choice, boolean or foreign-key fields
    search_fields: list[str] = []
    ordering: list[str] = ["-pk"]
    sortable: list[str] | None = None  # defaults to list_columns
    select_related: list[str] = []
    masked: dict[str, str] = {}  # field -> masker name ("phone", "id")
    unmask_roles: frozenset[str] = frozenset({Role.RULE_OF_LAW_OFFICE, Role.ADMIN})
    deadlines: list[DeadlineSpec] = []
    todos: list[TodoSpec] = []
    children: list[ChildSpec] = []
    attachment_stages: list[str] = []  # process stages evidence is filed under (全过程记录), in order
    page_size: int = 50
    import_enabled: bool = True
    import_aliases: dict[str, str] = {}  # column titles units' own ledgers use -> field
    import_steps: list[ImportStep] = []
    form_class: type[forms.ModelForm] | None = None
    # the fields that identify a record to a clerk (复议机关 + 案号): a second record with the same values is refused
    # on every surface (form, API, import rows, within one file); a blank part means "no key yet"
    natural_key: tuple[str, ...] = ()

    def __init__(self):
        from ..models import ScopedModel

        if not (isinstance(self.model, type) and issubclass(self.model, ScopedModel)):
            raise ImproperlyConfigured(f"台账 {self.slug} 的模型须继承 core.models.ScopedModel（按单位授权）。")
        self.model.check_scoping()
        if not self.label:
            self.label = str(self.model._meta.verbose_name_plural)
        if self.sortable is None:
            self.sortable = [c for c in self.list_columns if self._is_field(c)]
        if self.detail_fields is None:
            self.detail_fields = list(self.fields)
        self.search_hint = "、".join(self._search_label(f) for f in self.search_fields)

    def _search_label(self, path: str) -> str:
        model, field = self.model, None
        for part in path.split("__"):
            field = model._meta.get_field(part)
            model = field.related_model or model
        return str(field.verbose_name)

    # -- fields ----------------------------------------------------------------------------
    def field(self, name: str) -> models.Field:
        return self.model._meta.get_field(name)

    def _is_field(self, name: str) -> bool:
        try:
            self.field(name)
            return True
        except Exception:
            return False

    def verbose(self, name: str) -> str:
        if name in self.extra_labels:
            return self.extra_labels[name]
        try:
            return str(self.field(name).verbose_name)
        except Exception:
            return name

    @property
    def org_field(self) -> str | None:
        return self.model.org_field

    def base_queryset(self):
        qs = self.model.objects.all()
        related = set(self.select_related)
        if self.org_field:
            related.add(self.org_field)
        for name in self.list_columns:
            if self._is_field(name) and self.field(name).many_to_one:
                related.add(name)
        if related:
            qs = qs.select_related(*sorted(related))
        many = [name for name in self.fields if self._is_field(name) and self.field(name).many_to_many]
        return qs.prefetch_related(*many) if many else qs  # one query per M2M for API and export

    def queryset(self, user, action: str = "view"):
        return self.base_queryset().visible_to(user, action)

    # -- permissions -------------------------------------------------------------------------
    def roles_for(self, action: str) -> set[str] | None:
        return scoping.allowed_roles(self.model, action)

    def user_can(self, user, action: str) -> bool:
        """Whether the user may perform `action` somewhere (no row check)."""
        if scoping.is_superuser(user):
            return True
        return bool(scoping.scope_paths(user, self.model, action))

    @property
    def actions(self) -> list[steps.StepSpec]:
        """The legal steps declared on this register's model that have a form (core.steps)."""
        return [spec for spec in steps.steps_for(self.model) if spec.form_class is not None]

    def actions_for(self, user, obj) -> list[steps.StepSpec]:
        """Actions the user may take on this record now (no query once memberships are loaded)."""
        allowed = []
        for spec in self.actions:
            roles = spec.roles if spec.roles is not None else self.roles_for("change")
            if roles is not None and not scoping.has_role_over(user, set(roles), obj):
                continue
            if spec.available(obj):
                allowed.append(spec)
        return allowed

    @staticmethod
    def form_for(spec: steps.StepSpec, obj) -> type[forms.Form]:
        factory = getattr(spec.form_class, "for_record", None)
        return factory(obj) if factory else spec.form_class

    def action(self, name: str) -> steps.StepSpec | None:
        return next((a for a in self.actions if a.name == name), None)

    def maskers(self) -> dict[str, Callable[[str], str]]:
        return {name: MASKERS[kind] for name, kind in self.masked.items()}

    def may_unmask(self, user, obj) -> bool:
        return scoping.has_role_over(user, set(self.unmask_roles), obj)

    # -- display ---------------------------------------------------------------------------
    def display(self, obj, name: str, user, unmask: bool | None = None) -> str:
        value = getattr(obj, name)
        if not self._is_field(name):
            return "" if value is None else str(value)
        f = self.field(name)
        if f.many_to_many:
            return "、".join(str(o) for o in value.all())
        if f.choices:
            value = getattr(obj, f"get_{name}_display")()
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, dt.date):
            return value.isoformat()
        if name in self.masked:
            if unmask is None:
                unmask = self.may_unmask(user, obj)
            if not unmask:
                return MASKERS[self.masked[name]](str(value))
        return str(value)

    def indent(self, obj) -> int:
        """Indentation (in em) of a row in the list, for tree-shaped registers."""
        return 0

    def deadline_rows(self, obj, today: dt.date | None = None) -> list[dict]:
        rows = []
        for spec in self.deadlines:
            due = getattr(obj, spec.due_field)
            if due is None or not spec.tracks(obj):
                continue
            met = getattr(obj, spec.met_field) if spec.met_field else None
            if spec.is_minimum:
                passed = due <= (today or dt.date.today())
                rows.append({"title": spec.title(), "due": due, "met": None, "status": "minimum",
                             "status_label": "最短期限已满" if passed else "最短期限未满，不得早于此日结束",
                             "badge": "success" if passed else "info", "basis": spec.legal_basis()})
                continue
            state = deadlines.status(due, met, today, soon_days=spec.soon_days)
            rows.append({
                "title": spec.title(), "due": due, "met": met, "status": state,
                "status_label": deadlines.Status.LABELS[state], "badge": deadlines.Status.BADGES[state],
                "basis": spec.legal_basis(), "provisional": met is None and spec.follows_calendar
                and due.year in workcal.load().provisional_years,
            })
        return rows

    # -- forms -----------------------------------------------------------------------------
    def build_form_class(self) -> type[forms.ModelForm]:
        if self.form_class:
            return self.form_class
        built = self.__dict__.get("_built_form")  # one class per register and field list (an import makes many)
        if built is None or built[0] != tuple(self.fields):
            self._built_form = (tuple(self.fields), self._form_class())
        return self._built_form[1]

    def _form_class(self) -> type[forms.ModelForm]:
        reg = self

        class RegisterForm(forms.ModelForm):
            def clean(self):
                data = super().clean()
                existing = reg.existing_with_key(reg.key_of(data), self.instance.pk)
                if existing is not None:
                    self.add_error(reg.natural_key[-1], reg.duplicate_message(existing))
                return data

            class Meta:
                model = reg.model
                fields = reg.fields
                formfield_callback = _formfield
                widgets = {
                    f.name: forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
                    for f in reg.model._meta.fields
                    if isinstance(f, models.DateField) and not isinstance(f, models.DateTimeField)
                    and f.name in reg.fields
                }

        return RegisterForm

    @property
    def shown_fields(self) -> list[str]:
        """Every field the detail page shows (registration fields first): the export's and the API's columns."""
        sections = [name for _, names in self.detail_sections for name in names]
        return list(dict.fromkeys([*self.fields, *self.detail_fields, *sections]))

    def key_of(self, data: dict) -> tuple | None:
        """The natural key of cleaned form data (related records by id), or None while a part of it is blank."""
        values = tuple(data.get(name) for name in self.natural_key)
        if not self.natural_key or any(v in (None, "") for v in values):
            return None
        return tuple(getattr(v, "pk", v) for v in values)

    def existing_with_key(self, key: tuple | None, exclude_pk=None):
        if key is None:
            return None
        lookup = {(f"{n}_id" if self.field(n).many_to_one else n): v for n, v in zip(self.natural_key, key, strict=True)}
        return self.model._base_manager.filter(**lookup).exclude(pk=exclude_pk).first()

    @property
    def natural_key_labels(self) -> list[str]:
        return [self.verbose(n) for n in self.natural_key]

    def duplicate_message(self, existing) -> str:
        labels = "、".join(self.verbose(n) for n in self.natural_key)
        return f"{labels}与已有记录“{existing}”相同，未保存；如需修改，请打开该记录（{self.url('detail', existing.pk)}）。"

    def make_form(self, user, data=None, instance=None, files=None, memo: dict | None = None) -> forms.ModelForm:
        """A form whose dropdowns offer only what the user may use (scoped choices); `memo` keeps the scoped
        querysets for the next form of the same user (an import makes one form per row)."""
        form = self.build_form_class()(data=data, files=files, instance=instance)
        action = "change" if instance is not None and instance.pk else "add"
        memo = {} if memo is None else memo
        for name, field in form.fields.items():
            if isinstance(field, forms.ModelChoiceField):
                related = field.queryset.model
                if _scoped(related):
                    if (name, action) not in memo:
                        field_action = action if name == self.org_field else "view"
                        memo[name, action] = (
                            related.objects.visible_to(user, field_action)
                            if name != self.org_field
                            else units_for(user, self.model, action)
                        )
                    field.queryset = memo[name, action].all()
            if getattr(field, "max_length", None):
                field.error_messages["max_length"] = "不能超过%(limit_value)d个字（现为%(show_value)d个字），请精简。"
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            if isinstance(field.widget, forms.CheckboxInput):
                css = "form-check-input"
            field.widget.attrs.setdefault("class", css)
        form.masked_values = []
        if instance is not None and instance.pk and self.masked and not self.may_unmask(user, instance):
            # a role that may not see the value cannot see it in the form either; its edit keeps the stored value
            for name in self.masked:
                if name in form.fields:
                    label = form.fields.pop(name).label
                    form.masked_values.append((label, self.display(instance, name, user, unmask=False)))
        return form

    def write(self, user, form: forms.ModelForm) -> models.Model:
        """Override to route creation and edits through the app's action functions."""
        return form.save()

    def write_many(self, user, rows: list[tuple[models.Model, dict]]) -> list[models.Model]:
        """Create many records at once, for an import of a large ledger: override with the bulk form of the
        register's creating step (core.steps `many`). `rows` are (validated unsaved instance, its many-to-many
        values by field name); raises core.steps.ManyErrors naming the failing rows by position."""
        raise NotImplementedError

    @property
    def writes_in_bulk(self) -> bool:
        return type(self).write_many is not Register.write_many

    def child_tables(self, obj) -> list[dict]:
        """The child records under a record, each opening its own page when the child has a register, with the
        link that adds one to this record (the parent prefilled)."""
        tables = []
        for spec in self.children:
            rows = list(getattr(obj, spec.related_name).all())
            relation = getattr(type(obj), spec.related_name)
            model = relation.rel.related_model
            child = next((r for r in registry.values() if r.model is model), None)
            headers = [str(model._meta.get_field(c).verbose_name) for c in spec.columns]
            cells = [[_plain(row, c) for c in spec.columns] for row in rows]
            urls = [child.url("detail", row.pk) if child else "" for row in rows]
            fk = relation.field.name
            add_url = f"{child.url('create')}?{fk}={obj.pk}" if child and fk in child.fields else ""
            tables.append({"label": spec.label, "headers": headers, "rows": cells, "pairs": list(zip(cells, urls, strict=True)),
                           "add_url": add_url, "register": child})
        return tables

    def list_links(self, user) -> list[tuple[str, str]]:
        """Extra (label, url) buttons on the list page, e.g. an import from another system's export."""
        return []

    def links(self, obj) -> list[tuple[str, str]]:
        """Extra (label, url) buttons on the detail page, e.g. a download of the record's archive."""
        return []

    def warnings(self, obj) -> list[str]:
        """Warnings shown at the top of the detail page (each should cite its legal basis)."""
        return []

    def deletable(self, obj) -> bool:
        """Whether the record may still be deleted (e.g. not once a legal step has been taken)."""
        return True

    def delete(self, user, obj) -> None:
        from django.core.exceptions import ValidationError

        if not self.deletable(obj):
            raise ValidationError("该记录已办理法定程序，不能删除；如有错误请通过编辑更正（修改会记入审计日志）。")
        obj.delete()

    def sections(self, obj, user, unmask: bool) -> list[tuple[str, list[tuple[str, str]]]]:
        groups = self.detail_sections or [("", self.detail_fields)]
        return [(title, [(self.verbose(f), self.display(obj, f, user, unmask)) for f in names])
                for title, names in groups]

    # -- urls ------------------------------------------------------------------------------
    def url(self, name: str = "list", pk=None) -> str:
        if pk is None:
            return reverse(f"register-{name}", kwargs={"slug": self.slug})
        head, tail = _record_url(f"register-{name}", self.slug)
        return f"{head}{int(pk)}{tail}"


@functools.lru_cache(maxsize=1024)
def _record_url(name: str, slug: str) -> tuple[str, str]:
    """A record's URL around its id, resolved once per register and page kind: a list of 50 rows with their links
    otherwise resolves ~150 URLs per request."""
    head, _, tail = reverse(name, kwargs={"slug": slug, "pk": _MARK}).rpartition(str(_MARK))
    return head, tail


_MARK = 918273645


def _scoped(model) -> bool:
    from ..models import ScopedModel

    return issubclass(model, ScopedModel)


def _plain(obj, name: str) -> str:
    f = obj._meta.get_field(name)
    value = getattr(obj, f"get_{name}_display")() if f.choices else getattr(obj, name)
    if isinstance(value, bool):
        return "是" if value else "否"
    return "" if value is None else str(value)


def error_dict(exc) -> dict[str, list[str]]:
    """A ValidationError as {field or "__all__": [messages]}."""
    if hasattr(exc, "error_dict"):
        return {k: list(v) for k, v in exc.message_dict.items()}
    return {"__all__": list(exc.messages)}


def units_for(user, model, action: str):
    """Org units in which the user may create/change records of `model`."""
    from ..models import OrgUnit

    if scoping.is_superuser(user):
        return OrgUnit.objects.filter(is_active=True)
    paths = scoping.scope_paths(user, model, action)
    if not paths:
        return OrgUnit.objects.none()
    cond = Q()
    for p in paths:
        cond |= Q(path__startswith=p)
    return OrgUnit.objects.filter(cond, is_active=True)
