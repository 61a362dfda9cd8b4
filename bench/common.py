"""What every benchmark script shares (they run as `python bench/x.py`, so this directory is on the path)."""

import time


def best_of(fn, n: int = 5) -> float:
    """The fastest of `n` runs of `fn`, in seconds."""
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)
