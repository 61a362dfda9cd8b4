"""Benchmark: intake throughput on text reports, one core (`make bench`; not part of `make test`).

Reads the repository's own report fixtures (fazhi/intake/tests/fixtures) and, where the shared sample reports sit
beside the repository, those too; runs the whole
extraction (normalise, metadata, outline, sections, figures) over them repeatedly for ~10 seconds. Prints reports
per minute; the target is at least 1,000.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fazhi" / "intake" / "tests" / "fixtures"
SAMPLES = ROOT.parent / "shared" / "samples" / "reports"


def run() -> None:
    sys.path.insert(0, str(ROOT))
    from fazhi.intake import extract_text

    paths = sorted(FIXTURES.glob("*.*")) + sorted(SAMPLES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(len(t) for t in texts) / len(texts)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < 10:
        for text in texts:
            extract_text(text)
            done += 1
    elapsed = time.perf_counter() - start
    rate = done / elapsed * 60
    print(f"  {done} reports (average {chars:,.0f} characters) in {elapsed:.1f} s on one core")
    print(f"  throughput: {rate:,.0f} reports per minute (target ≥ 1,000): {'OK' if rate >= 1000 else 'BELOW TARGET'}")


if __name__ == "__main__":
    run()
