"""Benchmark: the indicator engine against raw SQL on a province-scale dataset (`make bench`; not part of `make test`).

For each database (SQLite in var/bench.sqlite3; PostgreSQL database `fazhi_bench` on 127.0.0.1 when reachable, or
$BENCH_PG_URL) it builds the dataset once (`fazhi demo --scale province`: ~100 counties, >1,000,000 enforcement cases
and >50,000 reconsideration cases in a year), then times, best of 3:
  1. engine: `enforcement.cases` for every unit (one ORM GROUP BY + the roll-up of every unit's subtree);
  2. raw:    the same GROUP BY written as SQL, executed through the cursor, no roll-up;
  3. all:    every computed key for every unit (`engine.compute_all`), for scale.
It prints the times and the ratio engine / raw (target: within 1.5x).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from common import best_of

ROOT = Path(__file__).resolve().parent.parent
COUNTIES = int(os.environ.get("BENCH_COUNTIES", 100))


def run() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fazhi.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from fazhi.core.indicators import Period
    from fazhi.enforcement.models import Agency, Case
    from fazhi.indicators import engine
    from fazhi.web import scale

    call_command("migrate", verbosity=0)
    print(" ", scale.build_province(counties=COUNTIES, log=lambda *_: None))
    year = Case.objects.order_by("-filed_on").values_list("filed_on", flat=True).first().year
    period = Period.year(year)
    cases, agencies = Case._meta.db_table, Agency._meta.db_table
    raw_sql = (f"SELECT a.unit_id, COUNT(*) FROM {cases} c JOIN {agencies} a ON a.id = c.agency_id "
               "WHERE c.filed_on >= %s AND c.filed_on <= %s GROUP BY a.unit_id")

    def raw():
        with connection.cursor() as cur:
            cur.execute(raw_sql, [period.start, period.end])
            return dict(cur.fetchall())

    def one_key():
        return engine.compute_all(["enforcement.cases"], period)

    def all_keys():
        return engine.compute_all(None, period)

    total_cases = Case.objects.filter(period.contains("filed_on")).count()
    assert sum(raw().values()) == total_cases
    t_raw, t_engine, t_all = best_of(raw, 3), best_of(one_key, 3), best_of(all_keys, 2)
    units = len(all_keys()["enforcement.cases"])
    print(f"  {connection.vendor}: {total_cases:,} enforcement cases in {year}")
    print(f"  raw SQL GROUP BY:                          {t_raw * 1000:9.1f} ms")
    print(f"  engine enforcement.cases, every unit:      {t_engine * 1000:9.1f} ms   ratio {t_engine / t_raw:.2f}x "
          f"(target ≤ 1.5x)")
    print(f"  engine every computed key, every unit:     {t_all * 1000:9.1f} ms   ({units:,} units with cases)")


def main() -> None:
    if "--run" in sys.argv:
        run()
        return
    targets = [("SQLite", f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}")]
    pg = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/fazhi_bench")
    if subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-tc", "SELECT 1"], capture_output=True).returncode == 0:
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", "CREATE DATABASE fazhi_bench"],
                       capture_output=True)
        targets.append(("PostgreSQL", pg))
    else:
        print("PostgreSQL 不可用，仅测 SQLite。")
    (ROOT / "var").mkdir(exist_ok=True)
    for name, url in targets:
        print(f"== {name}")
        subprocess.run([sys.executable, __file__, "--run"], env={**os.environ, "DATABASE_URL": url}, check=True)


if __name__ == "__main__":
    main()
