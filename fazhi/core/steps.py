"""Legal steps: every write that carries legal meaning (受理, 调结, 备案, 销号 …) is one declared function.

    @step(Event.CONCLUDE, on=Dispute, form=ConcludeForm, basis=rules.CONCLUDE_BASIS,
          available=lambda d: not d.concluded_on)
    def conclude(dispute, *, acting_user, on, result, ...):
        ...  # check the rules, write the record
        steps.record({"on": on})  # optional: detail (and label/basis/record) of the event

The declaration makes the call atomic, attributes every write inside it (change log included) to the explicit
`acting_user`, and records the typed domain event with the actor, the record, the basis, the detail and the fields
the step changed. A page, the API, an import row, a CLI command and a background job all call the same function and
get the same result. Steps with a form are offered as actions of the register of their model (`on=`).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from django import forms as django_forms
from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction

from . import audit

_current: contextvars.ContextVar[_Recording | None] = contextvars.ContextVar("fazhi_step", default=None)


@dataclass
class _Recording:
    """What the running step tells its declaration about the event (see `record`)."""

    detail: dict = field(default_factory=dict)
    label: str = ""
    basis: str = ""
    record: models.Model | None = None
    skip: bool = False


@dataclass(frozen=True)
class StepSpec:
    """The declaration of one step; the register offers it as an action when it has a form."""

    name: str  # URL name of the action (/r/<slug>/<pk>/act/<name>/)
    event: models.TextChoices
    model: type[models.Model]
    function: Callable
    form_class: type[django_forms.Form] | None = None
    label: str = ""
    basis: str = ""
    roles: frozenset[str] | None = None  # None: whoever may change the record
    available: Callable[[object], bool] = lambda obj: True
    style: str = "primary"

    def perform(self, user, obj, **data):
        return self.function(obj, acting_user=user, **data)


STEPS: dict[type[models.Model], list[StepSpec]] = {}


def steps_for(model: type[models.Model]) -> list[StepSpec]:
    """The steps declared on `model`, in declaration order."""
    return STEPS.get(model, [])


def record(detail: dict | None = None, *, label: str = "", basis: str = "", on: models.Model | None = None) -> None:
    """Inside a step: add detail to its event, or override its label, basis or record (`on`, e.g. a child row)."""
    current = _current.get()
    if current is None:
        raise RuntimeError("steps.record() is only meaningful inside a declared step")
    current.detail.update(detail or {})
    current.label = label or current.label
    current.basis = basis or current.basis
    current.record = on if on is not None else current.record


def no_event() -> None:
    """Inside a step: this call changed nothing of legal meaning (e.g. it corrected registration data), so no
    domain event is recorded; the change log still has every field it wrote."""
    current = _current.get()
    if current is None:
        raise RuntimeError("steps.no_event() is only meaningful inside a declared step")
    current.skip = True


def step(event: models.TextChoices, *, on: type[models.Model], form: type[django_forms.Form] | None = None,
         name: str = "", label: str = "", basis: str = "", available: Callable[[object], bool] | None = None,
         roles=None, style: str = "primary"):
    """Declare `function(record, *, acting_user, **data)` as the legal step that emits `event` on a `on` record."""

    def declare(function: Callable) -> Callable:
        spec_name = name or function.__name__.replace("_", "-")

        @functools.wraps(function)
        def run(record_, *args, acting_user, **kwargs):
            if not isinstance(acting_user, AbstractBaseUser):
                raise TypeError(f"step {function.__qualname__} needs acting_user=<a user>, got {acting_user!r}")
            recording = _Recording()
            token = _current.set(recording)
            try:
                with transaction.atomic(), audit.acting(acting_user):
                    before = _stored(record_)
                    if before is not None:  # the change log's "before" of the record's next save, read once
                        audit.known_before(record_, before)
                    # no one is told of a to-do a load puts a record on (notify_new_todos): not worth a query
                    todos_before = set() if audit.current_source() in QUIET_SOURCES else _todos(record_)
                    result = function(record_, *args, acting_user=acting_user, **kwargs)
                    # the event belongs to the record the step acts on; a step that creates its record from
                    # something else (a report drafted for a unit) records it on the record it returns
                    subject = recording.record or (record_ if isinstance(record_, on) or not isinstance(
                        result, models.Model) else result)
                    changed = _changed(before, subject) if subject is record_ else []
                    if not recording.skip:
                        audit.write_event(subject, event=str(event.value), label=recording.label or str(event.label),
                                          detail=recording.detail, basis=recording.basis or basis,
                                          user=acting_user, changed=changed)
                    if isinstance(subject, models.Model) and subject.pk:
                        from .registers.assignments import notify_new_todos

                        notify_new_todos(subject, todos_before if subject is record_ else set(), acting_user)
            finally:
                _current.reset(token)
                if isinstance(record_, models.Model):  # not saved by the step: a later save reads the row itself
                    record_.__dict__.pop("_audit_known_before", None)
            return result

        spec = StepSpec(spec_name, event, on, run, form, label or str(event.label), basis,
                        frozenset(roles) if roles is not None else None, available or (lambda obj: True), style)
        run.step = spec
        run.many = functools.partial(_declare_many, run, spec)
        STEPS.setdefault(on, []).append(spec)
        return run

    return declare


def _declare_many(single: Callable, spec: StepSpec, function: Callable) -> Callable:
    """Declare the bulk form of a step, for imports of a large ledger:

        @file_case.many
        def file_cases(items, *, acting_user) -> list[Done]:  # checks every item as the step does, writes in bulk

    `single.perform_many(items, acting_user=...)` runs it in one transaction attributed to the acting user, then
    writes the change log rows and the domain events of every record in bulk (one INSERT per chunk, not three
    statements per record) and tells the analytics table what changed. Same checks, same events, same log."""

    def run_many(items, *, acting_user) -> list:
        """Raises ManyErrors ({position: ValidationError}) naming every failing item; nothing is written then."""
        if not isinstance(acting_user, AbstractBaseUser):
            raise TypeError(f"step {function.__qualname__} needs acting_user=<a user>, got {acting_user!r}")
        with transaction.atomic(), audit.acting(acting_user):
            done: list[Done] = function(items, acting_user=acting_user)
            audit.created_many([d.record for d in done])
            audit.write_events([
                dict(instance=d.record, event=str(spec.event.value), label=d.label or spec.label, detail=d.detail,
                     basis=d.basis or spec.basis, user=acting_user, changed=[]) for d in done])
        return [d.record for d in done]

    single.perform_many = run_many
    return run_many


class ManyErrors(Exception):
    """The items of a bulk step that failed its checks: {position in the items (from 0): ValidationError}."""

    def __init__(self, errors: dict):
        super().__init__(f"{len(errors)} item(s) failed")
        self.errors = errors


def failures(items, check: Callable) -> dict:
    """Inside a bulk step: run `check(item)` for every item; {position: ValidationError} of those that failed."""
    from django.core.exceptions import ValidationError

    errors = {}
    for position, item in enumerate(items):
        try:
            check(item)
        except ValidationError as exc:
            errors[position] = exc
    return errors


def unique_clashes(instances: list[models.Model]) -> dict:
    """Inside a bulk step: what `validate_constraints` asks per record with one query each, asked for all of them —
    one query per unique constraint per 1,000 values, plus clashes among the items themselves.
    {position: ValidationError}."""
    from django.core.exceptions import ValidationError

    if not instances:
        return {}
    meta = instances[0]._meta
    sets = [tuple(c.fields) for c in meta.constraints
            if isinstance(c, models.UniqueConstraint) and c.fields and c.condition is None and not c.expressions]
    sets += [(f.name,) for f in meta.concrete_fields if f.unique and not f.primary_key]
    errors: dict[int, ValidationError] = {}
    for names in sets:
        attnames = [meta.get_field(n).attname for n in names]
        labels = "、".join(str(meta.get_field(n).verbose_name) for n in names)
        keys = [tuple(getattr(obj, a) for a in attnames) for obj in instances]
        wanted = {k for k in keys if None not in k}
        taken: set[tuple] = set()
        ordered = sorted(wanted, key=lambda k: tuple(map(str, k)))
        for start in range(0, len(ordered), 1000):
            # every part of the key narrowed to the values of this chunk: the constraint's own index answers
            # (agency IN (…) AND number IN (…)); the few extra pairs it returns are dropped here
            chunk = ordered[start:start + 1000]
            found = type(instances[0])._base_manager.filter(**{
                f"{a}__in": list({k[i] for k in chunk}) for i, a in enumerate(attnames)})
            taken.update(k for k in found.values_list(*attnames) if k in wanted)
        first: dict[tuple, int] = {}
        for position, key in enumerate(keys):
            if None in key:
                continue
            if key in taken:
                errors.setdefault(position, ValidationError(f"{labels}与已有记录相同，不能重复登记。"))
            elif key in first:
                errors.setdefault(position, ValidationError(f"{labels}与本次登记的另一条相同，不能重复登记。"))
            first.setdefault(key, position)
    return errors


@dataclass
class Done:
    """One record written by the bulk form of a step, with what its event says (as `record()` inside a step)."""

    record: models.Model
    detail: dict = field(default_factory=dict)
    basis: str = ""
    label: str = ""


def _todos(record_) -> set[str]:
    from .registers.assignments import todo_labels

    return todo_labels(record_) if isinstance(record_, models.Model) else set()


QUIET_SOURCES = ("import", "demo")  # writes whose new to-dos reach people through the daily digest, not one by one


def _stored(record_) -> dict | None:
    if not isinstance(record_, models.Model) or record_.pk is None:
        return None
    old = type(record_)._base_manager.filter(pk=record_.pk).first()
    return audit.snapshot(old) if old is not None else None


def _changed(before: dict | None, subject) -> list[str]:
    if not isinstance(subject, models.Model):
        return []
    after = audit.snapshot(subject)
    if before is None:
        return []
    return [name for name, value in after.items() if before.get(name) != value]


SYSTEM_USERNAME = "fazhi-system"


_system: contextvars.ContextVar = contextvars.ContextVar("fazhi_system_user", default=None)


def system_user():
    """The account scheduled jobs and data loads act as ("系统"): it cannot log in, but every event names it.
    Inside `system_user_held()` (a data load acting thousands of times) the account is read once."""
    from django.contrib.auth import get_user_model

    held = _system.get()
    if held is not None:
        return held

    user, created = get_user_model().objects.get_or_create(
        username=SYSTEM_USERNAME, defaults={"first_name": "系统", "is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


@contextlib.contextmanager
def system_user_held():
    """Within: `system_user()` returns the one account read on entry (the demo acts as it a few thousand times)."""
    token = _system.set(system_user())
    try:
        yield
    finally:
        _system.reset(token)
