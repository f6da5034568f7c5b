"""Run every benchmark in this folder (each ``*_bench.py``, found by its name) and collect its results.

    .venv/bin/python benchmarks/run_all.py            # CI-sized: smaller repeats where a script allows
    .venv/bin/python benchmarks/run_all.py --full     # the sizes each script uses on its own
    .venv/bin/python benchmarks/run_all.py --only outbox --only ingest
    .venv/bin/python benchmarks/run_all.py --list

Each script runs in its own process with this interpreter; its output is shown as it is, and the
lines that start with ``RESULT`` (a figure against its same-run baseline) are gathered at the end.
The size is passed as ``LINKDESK_BENCH_SIZE`` (``ci`` or ``full``); a script that does not read it
runs at its own size. Exit status 1 when a script failed or timed out. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def scripts(only: list[str]) -> list[Path]:
    found = sorted(HERE.glob("*_bench.py"))
    return [p for p in found if not only or any(o in p.stem for o in only)]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = " · load %.1f %.1f %.1f" % os.getloadavg()
    return f"{platform.system()} {platform.release()} · {cpu} · {os.cpu_count()} cores · Python {platform.python_version()}{load}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="each script's own sizes (default: CI-sized)")
    parser.add_argument("--only", action="append", default=[], metavar="PART", help="scripts whose name has PART")
    parser.add_argument("--list", action="store_true", help="list the scripts and stop")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per script (default 900)")
    args = parser.parse_args()
    chosen = scripts(args.only)
    if args.list:
        print("\n".join(p.name for p in chosen))
        return 0
    env = dict(os.environ, LINKDESK_BENCH_SIZE="full" if args.full else "ci", PYTHONUNBUFFERED="1")
    print(f"machine: {machine()}", flush=True)
    results: list[tuple[str, str]] = []
    failed: list[str] = []
    for script in chosen:
        print(f"\n=== {script.name} ===", flush=True)
        start = time.perf_counter()
        try:
            proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, env=env, text=True,
                                  encoding="utf-8", stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=args.timeout)
            out, code = proc.stdout, proc.returncode
        except subprocess.TimeoutExpired as exc:
            out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
            code = f"timeout after {args.timeout:.0f} s"
        print(out, end="" if out.endswith("\n") else "\n")
        print(f"--- {script.name}: {time.perf_counter() - start:.1f} s, exit {code}", flush=True)
        if code != 0:
            failed.append(f"{script.name} ({code})")
        results += [(script.stem, line.strip()) for line in out.splitlines() if line.startswith("RESULT")]
    print("\n=== results ===")
    for name, line in results:
        print(f"{name:<24} {line.removeprefix('RESULT ')}")
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
