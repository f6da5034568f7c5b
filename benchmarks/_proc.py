"""Run a command as a child process and measure it: wall time and peak resident memory (os.wait4)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ci_sized() -> bool:
    """``benchmarks/run_all.py`` asks for CI-sized runs (fewer repeats) unless ``--full``."""
    return os.environ.get("LINKDESK_BENCH_SIZE", "full") == "ci"


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system of the child
    max_rss_mb: float
    code: int


def run(argv: list[str], env: dict[str, str] | None = None, stdin: str | None = None) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin is not None:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Run(seconds, usage.ru_utime + usage.ru_stime, rss, proc.returncode)


def medians(runs: list[Run]) -> Run:
    return Run(statistics.median(r.seconds for r in runs), statistics.median(r.cpu_seconds for r in runs),
               statistics.median(r.max_rss_mb for r in runs), max(r.code for r in runs))


def interleaved(commands: dict[str, tuple[list[str], dict[str, str] | None]], repeat: int) -> dict[str, Run]:
    """Each command ``repeat`` times, taking turns (a load change on the machine hits both alike)."""
    got: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (argv, env) in commands.items():
            r = run(argv, env)
            if r.code != 0:
                raise SystemExit(f"{name}: exit code {r.code} ({' '.join(argv)})")
            got[name].append(r)
    return {name: medians(runs) for name, runs in got.items()}
