"""Benchmark: pages at province scale against the physical reference on the same data (`make bench`; not a test).

PostgreSQL (database `fazhi_bench` on 127.0.0.1, or $BENCH_PG_URL) at province scale — `fazhi demo --scale province`:
3,111 units, 1,050,000 enforcement cases — and SQLite at demo scale (the demo county). For each it prints, best of 5:
  - list pages (page 1, page 50, filtered by agency, sorted, searched) for a user at the root: wall time of the page,
    its number of queries, the time of its SQL through Django and of the same statements run raw, and the ratio;
  - workbench, dashboard and indicators page the same way; the dashboard also against reading its rows of the
    analytics table raw;
  - the dashboard for a county user against the province user (its cost follows its own subtree);
  - the analytics table: a full refresh, and the time from one case changed to the new figure on the dashboard.
Targets (issue 17): page SQL ≤ 1.5× the raw SQL, ≤ 25 queries per page, p50 < 100 ms at one client (see bench/load.py
for 1/5/20 clients against gunicorn).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from common import best_of

ROOT = Path(__file__).resolve().parent.parent
BENCH_PASSWORD = "Bench-fazhi-2025"


def prepare(scale: str):
    """Data, statistics and the analytics table; returns (root unit, a county, the year)."""
    from django.core.management import call_command

    from fazhi.core.models import OrgUnit
    from fazhi.indicators import analytics
    from fazhi.web import scale as province

    call_command("migrate", verbosity=0)
    if scale == "province":
        started = time.perf_counter()
        summary = province.build_province(log=lambda *_: None)
        print(f"  {summary}（{time.perf_counter() - started:.0f} s）")
        root = OrgUnit.objects.get(division_code=province.PROVINCE_CODE)
    else:
        if not OrgUnit.objects.exists():
            from io import StringIO

            call_command("demo", stdout=StringIO())
        root = OrgUnit.objects.filter(parent=None).order_by("path").first()
    started = time.perf_counter()
    done = analytics.refresh_all()
    print(f"  指标预计算全量刷新：{done} 项（指标×期间），{time.perf_counter() - started:.1f} s")
    county = OrgUnit.objects.filter(path__startswith=root.path, kind=OrgUnit.Kind.COUNTY).order_by("path").first()
    return root, county


def bench_user(name: str, unit):
    from django.contrib.auth import get_user_model

    from fazhi.core.models import Membership
    from fazhi.core.roles import Role

    user, made = get_user_model().objects.get_or_create(username=name)
    if made:
        user.set_password(BENCH_PASSWORD)
        user.save()
        Membership.objects.create(user=user, unit=unit, role=Role.RULE_OF_LAW_OFFICE)
    return user


def measure(client, path: str) -> dict:
    """Wall time of the page (best of 5), its queries, their SQL time and the same statements run raw."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        status = client.get(path).status_code
    statements = [q["sql"] for q in ctx.captured_queries]
    wall = best_of(lambda: client.get(path))

    def run_raw():
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)  # captured SQL has its parameters inlined
                if cursor.description:
                    cursor.fetchall()

    def run_orm():
        with CaptureQueriesContext(connection) as again:
            client.get(path)
        return sum(float(q["time"]) for q in again.captured_queries)

    raw = best_of(run_raw)
    orm = min(run_orm() for _ in range(5))
    return {"path": path, "status": status, "wall": wall, "queries": len(statements), "sql": orm, "raw": raw}


def report(rows: list[dict]) -> None:
    print(f"  {'page':<46}{'status':>6}{'wall ms':>9}{'queries':>8}{'SQL ms':>8}{'raw ms':>8}{'ratio':>7}")
    for r in rows:
        ratio = r["sql"] / r["raw"] if r["raw"] else 0
        print(f"  {r['path'][:45]:<46}{r['status']:>6}{r['wall'] * 1000:>9.1f}{r['queries']:>8}"
              f"{r['sql'] * 1000:>8.1f}{r['raw'] * 1000:>8.1f}{ratio:>6.2f}x")


def run(scale: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fazhi.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from fazhi.core.indicators import Period
    from fazhi.enforcement.models import Agency, Case
    from fazhi.indicators import analytics, engine
    from fazhi.indicators.models import AnalyticsValue

    settings.ALLOWED_HOSTS = ["*"]
    root, county = prepare(scale)
    year = Case.objects.filter(agency__unit__path__startswith=root.path).order_by("-filed_on") \
        .values_list("filed_on", flat=True).first().year
    agency = Agency.objects.filter(unit__path__startswith=root.path).order_by("pk").first()
    print(f"  {connection.vendor}: {Case.objects.count():,} 件执法案件；用户：{root.name}（全辖区）")
    client = Client()
    client.force_login(bench_user(f"bench-{root.pk}", root))
    pages = ["/r/cases/", "/r/cases/?page=50", f"/r/cases/?agency={agency.pk}", "/r/cases/?sort=filed_on",
             "/r/cases/?q=" + "违法行为", "/r/reconsideration/", "/r/litigation/", "/",
             f"/dashboard/?period={year}", f"/indicators/?period={year}"]
    report([measure(client, p) for p in pages])

    # the dashboard against reading its figures from the analytics table raw
    table = AnalyticsValue._meta.db_table
    period = Period.year(year)
    rows_sql = (f"SELECT key, unit_id, value FROM {table} WHERE unit_id = %s AND period_start >= %s "
                f"AND period_end <= %s")

    def raw_rows():
        with connection.cursor() as cursor:
            cursor.execute(rows_sql, [root.pk, Period.year(year - 1).start, period.end])
            return cursor.fetchall()

    n = len(raw_rows())
    t_rows = best_of(raw_rows)
    t_dash = best_of(lambda: client.get(f"/dashboard/?period={year}"))
    print(f"  驾驶舱 {t_dash * 1000:.1f} ms，直接读取分析表 {n} 行 {t_rows * 1000:.1f} ms")

    if county is not None:
        county_client = Client()
        county_client.force_login(bench_user(f"bench-{county.pk}", county))
        t_county = best_of(lambda: county_client.get(f"/dashboard/?period={year}"))
        cold = Period(period.start, period.end.replace(month=6, day=30))  # not materialised: computed live
        t_live_county = best_of(lambda: engine.compute(None, county, cold), 3)
        t_live_root = best_of(lambda: engine.compute(None, root, cold), 3)
        print(f"  县级用户驾驶舱 {t_county * 1000:.1f} ms（全辖区用户 {t_dash * 1000:.1f} ms）；"
              f"未预计算期间的实时计算：县 {t_live_county * 1000:.0f} ms，全辖区 {t_live_root * 1000:.0f} ms")

    # one case recorded → the new figure on the dashboard: the commit marks the touched keys × periods stale and
    # enqueues the refresh (run at once here: FAZHI_JOBS_IMMEDIATE), which is what the worker does
    before = engine.compute(["enforcement.cases"], root, period)["enforcement.cases"].value
    started = time.perf_counter()
    added = Case.objects.create(agency=agency, number="基准-新增", procedure="ordinary", party_type="person",
                                party_name="当事人", facts="违法行为", filed_on=period.start)
    analytics.refresh_stale()
    after = engine.compute(["enforcement.cases"], root, period)["enforcement.cases"]
    elapsed = time.perf_counter() - started
    assert after.value == before + 1 and not after.stale, (before, after.value)
    added.delete()
    analytics.refresh_stale()
    print(f"  改动一件案件到驾驶舱显示新数：{elapsed:.2f} s（目标 ≤ 10 s）")


def main() -> None:
    if "--run" in sys.argv:
        run(sys.argv[sys.argv.index("--run") + 1])
        return
    (ROOT / "var").mkdir(exist_ok=True)
    targets = [("SQLite（示范县）", f"sqlite:///{ROOT / 'var' / 'bench-demo.sqlite3'}", "demo")]
    pg = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/fazhi_bench")
    if subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-tc", "SELECT 1"], capture_output=True).returncode == 0:
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", "CREATE DATABASE fazhi_bench"],
                       capture_output=True)
        targets.append(("PostgreSQL（基准省）", pg, "province"))
    else:
        print("PostgreSQL 不可用，仅测 SQLite。")
    for name, url, scale in targets:
        print(f"== {name}")
        env = {**os.environ, "DATABASE_URL": url, "DEBUG": "0", "FAZHI_JOBS_IMMEDIATE": "1"}
        subprocess.run([sys.executable, __file__, "--run", scale], env=env, check=True)


if __name__ == "__main__":
    main()
