"""Benchmark: a 20,000-row ledger imported from the page while others use the platform (`make bench`).

Sets up a scratch SQLite installation (the `make run` configuration: gunicorn-style web process, the Huey worker on
its embedded SQLite queue), signs in as the township clerk, uploads 20,000 mediator rows, and meanwhile requests the
mediator list page again and again. Prints how long the upload request took (it only starts the job), how long the
job took, the progress the page saw, and list-page latency while the job ran against the same page when idle.
The target of issue 16: the upload returns at once and the web stays responsive.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", 20000))
PORT = 8791


def _ledger(rows: int) -> bytes:
    sys.path.insert(0, str(ROOT))
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["人民调解委员会", "姓名", "专职调解员", "选任（聘任）日期"])
    for i in range(rows):
        ws.append(["城关镇人民调解委员会", f"调解员{i:05d}", "否", "2024-01-01"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _get(session, url, **kw):
    start = time.perf_counter()
    response = session.get(url, **kw)
    return response, time.perf_counter() - start


def run() -> None:
    import requests

    var = Path(tempfile.mkdtemp(prefix="fazhi-bench-jobs-"))
    env = {**os.environ, "FAZHI_VAR_DIR": str(var), "DEBUG": "1"}
    env.pop("DATABASE_URL", None)
    procs = []
    try:
        subprocess.run([BIN / "fazhi", "migrate", "-v0"], env=env, check=True, cwd=ROOT)
        subprocess.run([BIN / "fazhi", "demo"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        procs.append(subprocess.Popen([BIN / "fazhi", "run_huey", "--quiet"], env=env, cwd=ROOT))
        procs.append(subprocess.Popen([BIN / "gunicorn", "fazhi.wsgi:application", "-w", "2", "-b",
                                       f"127.0.0.1:{PORT}", "--log-level", "warning"], env=env, cwd=ROOT))
        base = f"http://127.0.0.1:{PORT}"
        for _ in range(50):
            try:
                requests.get(base + "/login/", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.2)
        s = requests.Session()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', s.get(base + "/login/").text)[1]
        s.post(base + "/login/", data={"username": "xiangzhen", "password": "demo-fazhi",
                                       "csrfmiddlewaretoken": token}, headers={"Referer": base + "/login/"})
        idle = [_get(s, base + "/r/mediators/")[1] for _ in range(15)]
        page = s.get(base + "/r/mediators/import/").text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        data = _ledger(ROWS)
        start = time.perf_counter()
        response = s.post(base + "/r/mediators/import/", files={"file": ("调解员台账.xlsx", data)},
                          data={"csrfmiddlewaretoken": token}, headers={"Referer": base}, allow_redirects=False)
        upload = time.perf_counter() - start
        job_url = base + response.headers["Location"]
        busy, seen, status = [], [], {}
        while time.perf_counter() - start < 900:
            busy.append(_get(s, base + "/r/mediators/")[1])
            status = s.get(job_url + "status/").json()
            seen.append((status["stage"], status["percent"]))
            if status["status"] in ("done", "failed"):
                break
            time.sleep(0.2)
        total = time.perf_counter() - start
        stages = list(dict.fromkeys(f"{st}{pc}%" for st, pc in seen))
        print(f"  upload of {ROWS:,} rows ({len(data) / 1e6:.1f} MB): request answered in {upload:.2f} s (job started)")
        print(f"  job {status.get('status')}: {status.get('message')} after {total:.1f} s")
        for line in status.get("errors", [])[:5]:
            print("    ", line)
        print(f"  progress seen by the page: {', '.join(stages[:3])} … {', '.join(stages[-3:])} ({len(seen)} polls)")
        med_idle, med_busy = statistics.median(idle), statistics.median(busy)
        p95 = sorted(busy)[int(len(busy) * 0.95) - 1] if len(busy) > 1 else busy[0]
        print(f"  list page while importing: median {med_busy * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
              f"({len(busy)} requests) vs idle median {med_idle * 1000:.0f} ms: ratio {med_busy / med_idle:.1f}x")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=10)
        shutil.rmtree(var, ignore_errors=True)


if __name__ == "__main__":
    run()
