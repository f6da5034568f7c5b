"""Tiny timing helper: the median of repeated runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], repeat: int = 15) -> float:
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def row(label: str, ms: float, baseline: float | None = None) -> str:
    ratio = f"  ×{baseline / ms:6.1f} faster than baseline" if baseline else ""
    return f"{label:<48} {ms:9.2f} ms{ratio}"
