"""Benchmark: a large Excel ledger of enforcement cases imported all-or-nothing, against a raw `executemany` of the
same rows into the same table (`make bench`; not a test).

PostgreSQL `fazhi_bench` (province data from bench/scale.py, or $BENCH_PG_URL); rows = $BENCH_IMPORT_ROWS (default
20,000; the issue's target is 100,000 in under 60 s with peak memory under 400 MB). The import runs the job function
in this process as the province user: the workbook is streamed (openpyxl read-only), references resolved once per
distinct name, every row validated with one reused form, then written in one transaction through the bulk form of
立案 (`file_case.many`: cases, handlers, change log and events in chunked INSERTs; the analytics table told once per
chunk). Both the import and the raw reference run in a transaction that is rolled back, so the bench database keeps
none of the rows.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", 20000))


def officers(agencies) -> dict[str, str]:
    """Two certified officers for each agency (a case needs two handlers with valid certificates, 第四十二条):
    {agency name: "甲、乙"} as the ledger's 承办执法人员 cell."""
    import datetime as dt

    from fazhi.enforcement.models import Certificate, Officer

    made = {}
    for agency in agencies:
        names = [f"{agency.unit.name}执法员{x}" for x in "甲乙"]
        if not Officer.objects.filter(agency=agency, name=names[0]).exists():
            people = Officer.objects.bulk_create([
                Officer(agency=agency, name=n, id_number=f"11010119800101{agency.pk % 1000:03d}{i}")
                for i, n in enumerate(names)])
            Certificate.objects.bulk_create([
                Certificate(officer=o, number=f"基准{o.pk}", field="market", issued_on=dt.date(2024, 1, 1),
                            expires_on=dt.date(2030, 12, 31)) for o in people])
        made[agency.unit.name] = "、".join(names)
    return made


def ledger(agencies: list[str], handlers: dict[str, str], rows: int, year: int) -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["执法主体", "案件编号", "程序", "当事人类型", "当事人", "违法事实/案由", "立案日期", "承办执法人员"])
    for i in range(rows):
        agency = agencies[i % len(agencies)]
        ws.append([agency, f"导入-{i:06d}", "simple", "person", f"当事人{i}", "违法行为",
                   f"{year}-{i % 12 + 1:02d}-{i % 28 + 1:02d}", handlers[agency]])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def discard_imported(connection, Case) -> None:
    """Rows an interrupted run left behind, removed in SQL with their handlers, change log and events."""
    table = Case._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id::text FROM {table} WHERE number LIKE %s", ["导入-%"])
        ids = [r[0] for r in cursor.fetchall()]
        if not ids:
            return
        cursor.execute(f"DELETE FROM {table}_handlers WHERE case_id IN (SELECT id FROM {table} WHERE number LIKE %s)",
                       ["导入-%"])
        for log in ("core_changelog", "core_domainevent"):
            cursor.execute(f"DELETE FROM {log} WHERE content_type_id = (SELECT id FROM django_content_type WHERE "
                           f"app_label = 'enforcement' AND model = 'case') AND object_id = ANY(%s)", [ids])
        cursor.execute(f"DELETE FROM {table} WHERE number LIKE %s", ["导入-%"])


def _rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak since the last reset) of this process, in MB; 0 where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _reset_peak() -> bool:
    """Start the peak (VmHWM) again from the current size (Linux: writing 5 to clear_refs), so the import's peak
    is not the ledger's generation before it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def main() -> None:
    if subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-tc", "SELECT 1"], capture_output=True).returncode:
        print("  PostgreSQL 不可用，跳过。")
        return
    url = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/fazhi_bench")
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fazhi.settings")
    os.environ["FAZHI_IMPORT_MAX_ROWS"] = str(max(ROWS, 20000))
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)  # a dataset built by an earlier version gets this version's columns
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection, transaction
    from scale import bench_user

    from fazhi.core.models import OrgUnit
    from fazhi.core.registers import excel, registry
    from fazhi.enforcement.models import Agency, Case
    from fazhi.web import scale as province

    root = OrgUnit.objects.filter(division_code=province.PROVINCE_CODE).first()
    if root is None:
        sys.exit("没有基准省数据：请先运行 python bench/scale.py。")
    user = bench_user(f"bench-{root.pk}", root)
    chosen = list(Agency.objects.filter(unit__path__startswith=root.path).select_related("unit").order_by("pk")[:500])
    names = [a.unit.name for a in chosen]
    data = ledger(names, officers(chosen), ROWS, 2025)
    upload = SimpleUploadedFile("执法案件.xlsx", data)
    discard_imported(connection, Case)  # what an interrupted earlier run left
    # a rolled-back run leaves its rows dead in the tables and their indexes: vacuumed first, every run starts alike
    with connection.cursor() as cursor:
        for table in (Case._meta.db_table, Case.handlers.through._meta.db_table, "core_changelog", "core_domainevent"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    import gc

    gc.collect()
    rss_base = _rss_mb("VmRSS")  # what the process holds before the import (Django, the ledger's bytes)
    peak_resettable = _reset_peak()
    # measured in a transaction rolled back afterwards: the bench database keeps no imported rows, and nothing is
    # deleted row by row (a delete is itself audited — 100,000 audit rows would cost more than the import)
    with transaction.atomic():
        started = time.perf_counter()
        stages: dict[str, float] = {}  # when each stage (校验, 写入) was first heard of

        def progress(done, total=None, stage=""):
            stages.setdefault(stage, time.perf_counter())

        count, errors = excel.import_workbook(registry["cases"], user, upload, progress)
        t_import = time.perf_counter() - started
        t_write = time.perf_counter() - stages.get("写入", started)
        transaction.set_rollback(True)
    rss_peak = _rss_mb("VmHWM") if peak_resettable else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if errors:
        sys.exit(f"导入失败：{errors[:5]}")

    # the physical reference: the same rows through one executemany, in one transaction (rolled back too)
    agency_ids = dict(Agency.objects.filter(unit__name__in=names).values_list("unit__name", "pk"))
    fields = [f for f in Case._meta.concrete_fields if not f.primary_key]  # every column, defaults where unset
    defaults = {f.column: f.get_default() for f in fields}
    cols = ", ".join(f.column for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    rows = [tuple({**defaults, "agency_id": agency_ids[names[i % len(names)]], "number": f"导入-{i:06d}",
                   "procedure": "simple", "party_type": "person", "party_name": f"当事人{i}", "facts": "违法行为",
                   "filed_on": f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}", "status": "filed"}[f.column] for f in fields)
            for i in range(ROWS)]
    with transaction.atomic():
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {Case._meta.db_table} ({cols}) VALUES ({placeholders})", rows)
        t_raw = time.perf_counter() - started
        transaction.set_rollback(True)
    print(f"  {connection.vendor}: 导入 {count:,} 行执法案件 {t_import:.1f} s（{count / t_import:,.0f} 行/秒），"
          f"进程峰值内存 {rss_peak:.0f} MB（导入前 {rss_base:.0f} MB）；其中校验 {t_import - t_write:.1f} s，写入 {t_write:.1f} s")
    print(f"  同样的行直接 executemany：{t_raw:.1f} s（{ROWS / t_raw:,.0f} 行/秒）；比值 {t_import / t_raw:.1f}x")


if __name__ == "__main__":
    main()
