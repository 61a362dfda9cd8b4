"""Load: p50/p95 of the heavy pages at 1, 5 and 20 concurrent clients against gunicorn (3 workers) on loopback.

    python bench/load.py                 # PostgreSQL `fazhi_bench` (province data from bench/scale.py), or $BENCH_PG_URL
    python bench/load.py --requests 10   # requests per client per page (default 5; bounded to 20)

Bounded by design: loopback only (127.0.0.1), at most 20 clients and 20 requests per client and page. The user is
scoped to the province root. Targets (issue 17): p50 < 100 ms at one client, p95 < 300 ms at 20 clients.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"


def prepare(url: str) -> tuple[str, str, int]:
    """The bench user at the root of the province (created if missing); returns (username, password, year)."""
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fazhi.settings")
    import django

    django.setup()
    sys.path.insert(0, str(ROOT / "bench"))
    from scale import BENCH_PASSWORD, bench_user

    from fazhi.core.models import OrgUnit
    from fazhi.enforcement.models import Case
    from fazhi.web import scale as province

    root = OrgUnit.objects.filter(division_code=province.PROVINCE_CODE).first()
    if root is None:
        sys.exit("没有基准省数据：请先运行 python bench/scale.py（或 fazhi demo --scale province）。")
    user = bench_user(f"bench-{root.pk}", root)
    year = Case.objects.order_by("-filed_on").values_list("filed_on", flat=True).first().year
    return user.username, BENCH_PASSWORD, year


def login(session, username: str, password: str) -> None:
    page = session.get(f"{BASE}/login/").text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    response = session.post(f"{BASE}/login/", data={"username": username, "password": password,
                                                     "csrfmiddlewaretoken": token},
                            headers={"Referer": f"{BASE}/login/"}, allow_redirects=False)
    if response.status_code != 302:
        sys.exit("登录失败：请检查基准用户。")


def load(sessions, path: str, clients: int, per_client: int) -> list[float]:
    times: list[float] = []
    lock = threading.Lock()

    def client(session):
        for _ in range(per_client):
            start = time.perf_counter()
            response = session.get(BASE + path)
            elapsed = time.perf_counter() - start
            with lock:
                times.append(elapsed if response.status_code == 200 else float("inf"))

    threads = [threading.Thread(target=client, args=(sessions[i],)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times


def main() -> None:
    import requests

    if subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-tc", "SELECT 1"], capture_output=True).returncode:
        print("  PostgreSQL 不可用，跳过。")
        return
    per_client = 5
    if "--requests" in sys.argv:
        per_client = max(1, min(20, int(sys.argv[sys.argv.index("--requests") + 1])))
    url = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/fazhi_bench")
    username, password, year = prepare(url)
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "0", "SECURE_COOKIES": "0", "SECURE_HSTS_SECONDS": "0",
           "ALLOWED_HOSTS": "127.0.0.1", "DB_CONN_MAX_AGE": "60"}
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", "3", "-b", f"127.0.0.1:{PORT}",
                               "fazhi.wsgi"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                requests.get(f"{BASE}/login/", timeout=10)
                break
            except (requests.ConnectionError, requests.Timeout):
                time.sleep(0.2)
        sessions = []
        for _ in range(20):
            session = requests.Session()
            login(session, username, password)
            sessions.append(session)
        pages = ["/r/cases/", "/r/cases/?page=50", "/r/cases/?q=违法行为", "/", f"/dashboard/?period={year}",
                 f"/indicators/?period={year}"]
        print(f"  gunicorn 3 workers, {os.cpu_count()} cores; {per_client} requests per client per page")
        print(f"  {'page':<28}" + "".join(f"{f'{c} client(s) p50/p95 ms':>28}" for c in (1, 5, 20)))
        for path in pages:
            load(sessions, path, 3, 1)  # warm every worker
            cells = []
            for clients in (1, 5, 20):
                times = sorted(load(sessions, path, clients, per_client))
                p50 = statistics.median(times) * 1000
                p95 = times[min(len(times) - 1, int(len(times) * 0.95))] * 1000
                cells.append(f"{p50:>10.0f} / {p95:<10.0f}")
            print(f"  {path[:27]:<28}" + "".join(f"{c:>28}" for c in cells))
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
