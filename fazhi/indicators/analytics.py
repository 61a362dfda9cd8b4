"""The analytics table: every computed key per (unit subtree, period), materialised so pages read rows instead of
running GROUP BYs over a province's records (DHIS2's analytics tables, incrementally).

- The definitions stay the indicators' GROUP BYs (`fazhi.core.indicators`); a refresh runs them over every unit and
  rolls the values up the tree (`engine.compute_live_all`), then replaces the stored rows of that (key, period).
- A change to a record (the audit layer's `record_changed`) marks the keys that count its model stale for the periods
  its dates touch, in the same transaction, and schedules a background refresh when the transaction commits.
- A refresh sweep runs every minute as a safety net and a full refresh every night repairs drift (e.g. bulk writes
  that bypass the ORM's signals).
- Readers get the stored value with its "as of" time; a stale pair is served as of its last refresh (a refresh is
  already on its way), or refreshed first when `ANALYTICS_READ_THROUGH` is set. Pairs never materialised (custom
  periods) are computed live, narrowed to the subtree in SQL.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from django.apps import apps
from django.conf import settings
from django.db import connection, models, transaction
from django.db.models import F, Q
from django.utils import timezone

from fazhi.core import audit
from fazhi.core.indicators import INDICATORS, Period, only_units
from fazhi.core.models import OrgUnit

from .models import AnalyticsPeriod, AnalyticsTouch, AnalyticsValue

log = logging.getLogger(__name__)


# -- which periods are materialised -----------------------------------------------------------------------------------
def window(today: dt.date | None = None) -> list[Period]:
    """Each year of the window with its four quarters, latest year first, the year before its quarters."""
    today = today or dt.date.today()
    periods = []
    for year in range(today.year, today.year - settings.FAZHI["ANALYTICS_YEARS"], -1):
        periods.append(Period.year(year))
        periods += [Period.quarter(year, q) for q in range(1, 5)]
    return periods


def stored_keys() -> list[str]:
    """Keys the table holds: every computed key except rates (a rate is read as a ratio of two stored sums)."""
    return sorted(k for k, ind in INDICATORS.items() if not ind.is_rate)


def base_keys(keys: Iterable[str]) -> set[str]:
    """The stored keys that `keys` need (a rate's numerator and denominator)."""
    out: set[str] = set()
    for key in keys:
        ind = INDICATORS.get(key)
        if ind is None:
            continue
        if ind.is_rate:
            out |= base_keys([ind.numerator, ind.denominator])
        else:
            out.add(key)
    return out


# -- which keys a model's change touches ------------------------------------------------------------------------------
@cache
def keys_by_model() -> dict[type[models.Model], frozenset[str]]:
    """Each model → the keys whose records query reads its table (the counted model, the models its filters join,
    and the models on the way to the org unit). Derived from the queries themselves, so a new indicator needs no
    declaration here."""
    tables = {m._meta.db_table: m for m in apps.get_models()}
    out: dict[type[models.Model], set[str]] = {}
    probe = Period.year(2000)
    for key in stored_keys():
        ind = INDICATORS[key]
        qs = (ind.records or ind.compute)(probe)
        if not hasattr(qs, "query"):
            continue
        query = qs.values(ind.unit_field or "pk").query
        query.get_compiler(using=qs.db).as_sql()  # sets up the joins
        for alias in query.alias_map.values():
            model = tables.get(alias.table_name)
            if model is not None and model is not OrgUnit:
                out.setdefault(model, set()).add(key)
    return {m: frozenset(k) for m, k in out.items()}


def _years_touched(model, before: dict | None, after: dict | None) -> tuple[int, int] | None:
    """The years a record's dates (before and after the change) reach; None: every year (no date to go by). A date
    left empty (a stock not ended, a case not decided) reaches up to the current year."""
    return _years_reached(model, [state for state in (before, after) if state])


def _years_reached(model, states: list[dict]) -> tuple[int, int] | None:
    """The years the dates of these field-value dicts reach (one record before and after, or many new records)."""
    names = [f.attname for f in model._meta.concrete_fields if isinstance(f, models.DateField)]
    first, last, open_ended = None, None, False
    for state in states:
        dated = False
        for name in names:
            value = state.get(name)
            if not value:
                open_ended = True
                continue
            dated, year = True, int(str(value)[:4])
            first = year if first is None or year < first else first
            last = year if last is None or year > last else last
        if not dated:  # a record with no date at all may count in any year
            return None
    if first is None:
        return None
    return first, dt.date.today().year if open_ended else last


@cache
def records_model(key: str):
    ind = INDICATORS[key]
    qs = (ind.records or ind.compute)(Period.year(2000))
    return getattr(qs, "model", None)


def _units_of(sender, key: str, before: dict | None, after: dict | None, memo: dict) -> set[int] | None:
    """The units whose own records of `key` the change touches (before and after), or None when the changed
    model is not the counted one (a hearing of a case) and only a whole recomputation is safe."""
    ind = INDICATORS[key]
    if records_model(key) is not sender or not ind.unit_field:
        return None
    if ind.unit_field == "pk":
        return {state["id"] for state in (before, after) if state and state.get("id")}
    first, *rest = ind.unit_field.split("__")
    field = sender._meta.get_field(first)
    units = set()
    for state in (before, after):
        value = state.get(field.attname) if state else None
        if value is None:
            continue
        if not rest:
            units.add(value)
            continue
        path = (field.related_model, value, "__".join(rest))
        if path not in memo:  # the keys of a model mostly share the way to the unit: one lookup per change
            memo[path] = field.related_model._base_manager.filter(pk=value).values_list(path[2], flat=True).first()
        if memo[path] is not None:
            units.add(memo[path])
    return units


def _record_changed(sender, instance, before, after, **kwargs) -> None:
    if sender is OrgUnit:  # a unit moved in the tree: every subtree total may change
        mark_stale(stored_keys(), None)
        return
    keys = keys_by_model().get(sender)
    if not keys:
        return
    pending = _pending()
    units, memo = {}, (pending.units if pending is not None else {})
    for key in keys:
        found = _units_of(sender, key, before, after, memo)
        units[key] = None if found is None else frozenset(found)
    mark_stale(keys, _years_touched(sender, before, after), units)


def _records_created(sender, afters: list[dict], **kwargs) -> None:
    """`_record_changed` for many new records of one model at once: the years they reach, and per key the units of
    the distinct values of the way to the unit (a ledger of 100,000 cases names a few hundred agencies)."""
    keys = keys_by_model().get(sender)
    if not keys or sender is OrgUnit:
        if sender is OrgUnit:
            mark_stale(stored_keys(), None)
        return
    years = _years_reached(sender, afters)
    pending = _pending()
    memo = pending.units if pending is not None else {}
    units: dict[str, frozenset[int] | None] = {}
    for key in keys:
        ind = INDICATORS[key]
        first = (ind.unit_field or "pk").split("__")[0]
        attname = "id" if first == "pk" else sender._meta.get_field(first).attname
        found: set[int] | None = set()
        for value in {after.get(attname) for after in afters}:
            got = _units_of(sender, key, None, {attname: value, "id": value}, memo)
            if got is None:
                found = None
                break
            found |= got
        units[key] = None if found is None else frozenset(found)
    mark_stale(keys, years, units)


class _Pending:
    """What this transaction has marked already (run when it commits: enqueue the refresh). A pair's change
    counter needs one increment per transaction and a (pair, unit) one touch: an import of 100,000 rows must not
    update the same bookkeeping rows 100,000 times in one transaction (on PostgreSQL each update of a row already
    updated in the transaction walks the chain of its earlier versions)."""

    def __init__(self):
        self.pairs: set[int] = set()
        self.touched: set[tuple[int, int | None]] = set()
        self.found: dict[tuple, list] = {}  # (keys, years) → pairs, asked once per transaction
        self.units: dict = {}  # the way from a record to its unit, looked up once per transaction

    def __call__(self) -> None:
        _enqueue()


def _pending(create: bool = True) -> _Pending | None:
    """This transaction's pending state, registered to run at its commit; None outside a transaction."""
    if not connection.in_atomic_block:
        return None
    for entry in connection.run_on_commit:
        if isinstance(entry[1], _Pending):
            return entry[1]
    if not create:
        return None
    pending = _Pending()
    transaction.on_commit(pending)
    return pending


def mark_stale(keys: Iterable[str], years: tuple[int, int] | None = None,
               units: dict[str, frozenset[int] | None] | None = None) -> int:
    """Mark the materialised (key, period) pairs stale that overlap `years` (all when None), note the units whose
    own records changed (`units` per key; none known: the pair is recomputed whole), and schedule a refresh when
    the surrounding transaction commits. At most three statements, whatever the size of the data."""
    keys = sorted(keys)
    pending = _pending()
    asked = (tuple(keys), years)
    if pending is not None and asked in pending.found:
        found = pending.found[asked]
    else:
        pairs = AnalyticsPeriod.objects.filter(key__in=keys)
        if years is not None:
            pairs = pairs.filter(period_end__gte=dt.date(years[0], 1, 1), period_start__lte=dt.date(years[1], 12, 31))
        found = list(pairs.values_list("pk", "key"))
        if pending is not None:
            pending.found[asked] = found
    if not found:
        return 0
    fresh = [pk for pk, _ in found if pending is None or pk not in pending.pairs]
    if fresh:
        AnalyticsPeriod.objects.filter(pk__in=fresh).update(changes=F("changes") + 1)
    touches = []
    for pk, key in found:
        touched = (units or {}).get(key)
        for unit in (touched if touched is not None else [None]):
            if pending is None or (pk, unit) not in pending.touched:
                touches.append(AnalyticsTouch(pair_id=pk, unit_id=unit))
                if pending is not None:
                    pending.touched.add((pk, unit))
    if touches:
        AnalyticsTouch.objects.bulk_create(touches)
    if pending is None:
        _enqueue()  # autocommit: the change is committed already
    else:
        pending.pairs.update(fresh)
    return len(found)


def _enqueue() -> None:
    from .tasks import refresh_stale_task

    try:
        refresh_stale_task()
    except Exception:  # the queue is down: the minute sweep will pick the pairs up
        log.exception("无法排入指标预计算任务")


def connect() -> None:
    audit.record_changed.connect(_record_changed, dispatch_uid="fazhi_analytics_stale")
    audit.records_created.connect(_records_created, dispatch_uid="fazhi_analytics_stale_many")


# -- refreshing -------------------------------------------------------------------------------------------------------
def _stale_q() -> Q:
    return Q(changes__gt=F("computed_changes"))


def refresh(pairs: list[AnalyticsPeriod], progress: Callable | None = None) -> int:
    """Recompute `pairs`. A pair computed before whose changes all name their units is brought up to date
    incrementally (those units' own values recomputed, the difference carried up the tree); any other is recomputed
    whole: per period, one GROUP BY per key over every unit, rolled up the tree. Each pair's rows, bookkeeping and
    consumed touches are replaced in one transaction."""
    from . import engine

    pending = _pending(create=False)
    if pending is not None:  # refreshed inside the transaction that changed them: a later change marks again
        done_ids = {p.pk for p in pairs}
        pending.pairs -= done_ids
        pending.touched = {t for t in pending.touched if t[0] not in done_ids}
    touches: dict[int, list[tuple[int, int | None]]] = {}
    for touch_id, pair_id, unit_id in AnalyticsTouch.objects.filter(pair__in=[p.pk for p in pairs]).values_list(
            "pk", "pair_id", "unit_id"):
        touches.setdefault(pair_id, []).append((touch_id, unit_id))
    seen = dict(AnalyticsPeriod.objects.filter(pk__in=[p.pk for p in pairs]).values_list("pk", "changes"))
    whole: dict[tuple[dt.date, dt.date], list[AnalyticsPeriod]] = {}
    done = 0
    for pair in pairs:
        found = touches.get(pair.pk, [])
        if pair.computed_at is not None and found and all(u is not None for _, u in found):
            _refresh_units(pair, {u for _, u in found}, seen[pair.pk], [t for t, _ in found])
            done += 1
            if progress:
                progress(done, len(pairs), pair.key)
        else:
            whole.setdefault((pair.period_start, pair.period_end), []).append(pair)
    for (start, end), group in whole.items():
        period = Period(start, end)
        values = engine.compute_live_all([p.key for p in group], period)
        now = timezone.now()
        for pair in group:
            rows = [AnalyticsValue(key=pair.key, unit_id=unit_id, period_start=start, period_end=end, value=v)
                    for unit_id, v in values[pair.key].items() if v]
            with transaction.atomic():
                AnalyticsValue.objects.filter(key=pair.key, period_start=start, period_end=end).delete()
                AnalyticsValue.objects.bulk_create(rows, batch_size=5000)
                AnalyticsPeriod.objects.filter(pk=pair.pk).update(computed_changes=seen[pair.pk], computed_at=now)
                AnalyticsTouch.objects.filter(pk__in=[t for t, _ in touches.get(pair.pk, [])]).delete()
            done += 1
            if progress:
                progress(done, len(pairs), f"{period.label} {pair.key}")
    return done


def _refresh_units(pair: AnalyticsPeriod, units: set[int], changes: int, touch_ids: list[int]) -> None:
    """Incremental refresh of one pair: each touched unit's own value (its records, not its subtree's) from one
    query narrowed to those units; its stored own value is its total less its children's; the differences are
    added to the totals of the unit and of every ancestor."""
    period = Period(pair.period_start, pair.period_end)
    with only_units(units):
        own_now = INDICATORS[pair.key].compute(period)
    tree = {pk: (parent, path) for pk, parent, path in OrgUnit.objects.filter(
        Q(pk__in=units) | Q(parent_id__in=units)).values_list("pk", "parent_id", "path")}
    ancestors = {u: [int(p) for p in tree[u][1].strip("/").split("/")] for u in units if u in tree}  # incl. itself
    involved = set(tree) | {a for chain in ancestors.values() for a in chain}
    rows = AnalyticsValue.objects.filter(key=pair.key, period_start=period.start, period_end=period.end)
    stored = dict(rows.filter(unit_id__in=involved).values_list("unit_id", "value"))
    delta: dict[int, Decimal] = {}
    for u in units:
        children = [pk for pk, (parent, _) in tree.items() if parent == u]
        own_before = stored.get(u, 0) - sum(stored.get(c, 0) for c in children)
        diff = Decimal(own_now.get(u, 0) or 0) - own_before
        if diff:
            for a in ancestors.get(u, []):
                delta[a] = delta.get(a, 0) + diff
    with transaction.atomic():
        for unit_id, diff in delta.items():
            value = stored.get(unit_id, 0) + diff
            if not value:
                rows.filter(unit_id=unit_id).delete()
            elif unit_id in stored:
                rows.filter(unit_id=unit_id).update(value=value)
            else:
                AnalyticsValue.objects.create(key=pair.key, unit_id=unit_id, period_start=period.start,
                                              period_end=period.end, value=value)
        AnalyticsPeriod.objects.filter(pk=pair.pk).update(computed_changes=changes, computed_at=timezone.now())
        AnalyticsTouch.objects.filter(pk__in=touch_ids).delete()


def stale_pairs(limit: int | None = None) -> list[AnalyticsPeriod]:
    """Stale pairs, latest periods first and years before their quarters (what the dashboard shows first)."""
    qs = AnalyticsPeriod.objects.filter(_stale_q()).order_by("-period_end", "period_start", "key")
    return list(qs[:limit] if limit else qs)


def refresh_stale(limit: int = 5000) -> int:
    """Refresh whatever is stale, until nothing is (changes made meanwhile are picked up by the next round)."""
    done = 0
    for _ in range(100):
        pairs = stale_pairs(limit)
        if not pairs:
            break
        done += refresh(pairs)
    return done


def ensure(periods: Iterable[Period], keys: Iterable[str] | None = None) -> None:
    """Bookkeeping rows for every (key, period) asked for, new ones stale (to be computed)."""
    keys = list(keys) if keys is not None else stored_keys()
    for period in periods:
        have = set(AnalyticsPeriod.objects.filter(period_start=period.start, period_end=period.end)
                   .values_list("key", flat=True))
        AnalyticsPeriod.objects.bulk_create([AnalyticsPeriod(key=k, period_start=period.start, period_end=period.end)
                                             for k in keys if k not in have], ignore_conflicts=True)


def refresh_all(progress: Callable | None = None, today: dt.date | None = None) -> int:
    """The nightly full refresh: every stored key for every period of the window, whatever its state; pairs of
    keys that no longer exist and periods that left the window are dropped."""
    periods = window(today)
    ensure(periods)
    keep = _periods_q(periods) & Q(key__in=stored_keys())
    AnalyticsValue.objects.exclude(keep).delete()
    AnalyticsPeriod.objects.exclude(keep).delete()
    AnalyticsTouch.objects.filter(unit_id__isnull=False).update(unit_id=None)  # to be recomputed whole
    AnalyticsPeriod.objects.update(changes=F("changes") + 1)
    return refresh(stale_pairs(), progress)


# -- reading ----------------------------------------------------------------------------------------------------------
@dataclass
class Snapshot:
    """What the table holds for some keys in one period: values per unit, and when each key was computed."""

    period: Period
    values: dict[str, dict[int, Decimal]] = field(default_factory=dict)
    as_of: dict[str, dt.datetime] = field(default_factory=dict)
    stale: set[str] = field(default_factory=set)

    def has(self, key: str) -> bool:
        return key in self.as_of

    def get(self, key: str, unit_id: int) -> int | Decimal:
        return number(self.values.get(key, {}).get(unit_id, 0))


def number(value) -> int | Decimal:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


def read(keys: Iterable[str], period: Period, *, units: Iterable[int] | None = None,
         parent: OrgUnit | None = None) -> Snapshot:
    """Stored values of `keys` (stored keys only; rates need `base_keys`) in `period`, for the `units` given or the
    children of `parent` or every unit: two queries, however many records lie behind them."""
    return read_many(keys, [period], units=units, parent=parent)[period]


def _periods_q(periods: list[Period]) -> Q:
    q = Q()
    for p in periods:
        q |= Q(period_start=p.start, period_end=p.end)
    return q


def read_many(keys: Iterable[str], periods: Iterable[Period], *, units: Iterable[int] | None = None,
              parent: OrgUnit | None = None) -> dict[Period, Snapshot]:
    """`read` for several periods at once (a dashboard's year, last year and quarters): still two queries."""
    keys, periods = list(keys), list(dict.fromkeys(periods))
    snaps = {p: Snapshot(p) for p in periods}
    if not keys or not periods:
        return snaps
    columns = ("key", "period_start", "period_end", "computed_at", "changes", "computed_changes")
    found = AnalyticsPeriod.objects.filter(_periods_q(periods), key__in=keys, computed_at__isnull=False)
    pairs = list(found.values_list(*columns))  # a dashboard reads ~600 pairs: tuples, not model instances
    if settings.FAZHI["ANALYTICS_READ_THROUGH"] and any(changes > done for *_, changes, done in pairs):
        refresh(list(found.filter(_stale_q())))
        pairs = list(found.values_list(*columns))
    for key, start, end, computed_at, changes, done in pairs:
        snap = snaps[Period(start, end)]
        snap.as_of[key] = computed_at
        if changes > done:
            snap.stale.add(key)
    if not pairs:
        return snaps
    rows = AnalyticsValue.objects.filter(_periods_q(periods), key__in=list({p[0] for p in pairs}))
    if units is not None:
        rows = rows.filter(unit_id__in=list(units))
    elif parent is not None:
        rows = rows.filter(unit__parent=parent)
    for key, unit_id, start, end, value in rows.values_list("key", "unit_id", "period_start", "period_end", "value"):
        snaps[Period(start, end)].values.setdefault(key, {})[unit_id] = value
    return snaps


def state(period: Period) -> dict:
    """For a page's "as of" line: the oldest computation time of the period's pairs and how many are stale."""
    agg = AnalyticsPeriod.objects.filter(period_start=period.start, period_end=period.end,
                                         computed_at__isnull=False).aggregate(
        as_of=models.Min("computed_at"), stale=models.Count("pk", filter=_stale_q()), n=models.Count("pk"))
    return agg
