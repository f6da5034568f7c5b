"""``linkdesk certificate issue`` as a command, against a bare ``python -c pass`` (same interpreter).

    .venv/bin/python benchmarks/certificate_bench.py [--repeat 5]

Training mode (the embedded sandbox, its scenario read from the cache), a fresh data folder; the
volunteer's records are synced once before timing, then each timed run issues a certificate from the
local records (no PDF: that needs Qt's fonts and is timed by the certificate renderer's own tests).
Prints the medians, wall and CPU, and the command's cost over the bare interpreter. Goal (issue 13):
≤ 0.5 s over ``python -c pass``.

Python's bytecode cache is on for both (``PYTHONDONTWRITEBYTECODE`` is dropped; the first, untimed
run writes LinkDesk's ``__pycache__``), as on a counter PC, where the installed package and the
bundle carry their compiled modules. ``--no-bytecode-cache`` keeps the caller's setting: with
``PYTHONDONTWRITEBYTECODE=1`` and a source checkout, every run compiles LinkDesk's modules again.
The command's own modules are reported too (from ``sys.modules`` at exit, not timed): whether the
PostgreSQL dialect, the sandbox server and the training scenario were loaded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _proc import ROOT, ci_sized, interleaved, run  # noqa: E402

ISSUE = ["certificate", "issue", "--volunteer", "V-1001", "--from", "2026-03-01", "--to", "2026-05-15",
         "--purpose", "학교 제출용"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3 if ci_sized() else 7)
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE as given (a checkout then compiles LinkDesk at every run)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="linkdesk-cert-") as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('[centre]\nname = "성북구자원봉사센터"\nconfirmer = "홍길동"\n', encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k not in ("LINKDESK_API_KEY", "LINKDESK_SANDBOX_SCENARIO",
                                                               "DISPLAY", "WAYLAND_DISPLAY")}
        env["LINKDESK_CONFIG"] = str(config)
        if not args.no_bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        cmd = [sys.executable, "-m", "linkdesk", *ISSUE, "--data-dir", str(Path(tmp) / "data")]
        first = run([*cmd, "--sync"], env)  # caches the scenario and the volunteer's records
        if first.code != 0:
            raise SystemExit(f"certificate issue --sync failed (exit {first.code})")
        if run(cmd, env).code != 0:  # untimed: the bytecode cache of the path without --sync
            raise SystemExit("certificate issue failed")
        got = interleaved({"bare": ([sys.executable, "-c", "pass"], env), "issue": (cmd, env)}, args.repeat)
        loaded = _loaded_modules(cmd, env)
    bare, issue = got["bare"], got["issue"]
    print(f"bytecode cache: {'as given' if args.no_bytecode_cache else 'on'}; modules loaded by the command: "
          f"{loaded}")
    print(f"python -c pass                  {bare.seconds:6.3f} s  cpu {bare.cpu_seconds:6.3f} s")
    print(f"linkdesk certificate issue      {issue.seconds:6.3f} s  cpu {issue.cpu_seconds:6.3f} s  "
          f"rss {issue.max_rss_mb:5.1f} MB")
    print(f"RESULT certificate command {issue.seconds - bare.seconds:5.3f} s over bare python "
          f"(cpu {issue.cpu_seconds - bare.cpu_seconds:.3f} s; ratio {issue.seconds / bare.seconds:.1f}x; goal <= 0.5 s over)")


WATCHED = ("sqlalchemy.dialects.postgresql", "linkdesk.sandbox.server", "linkdesk.sandbox.scenario_cache",
           "alembic", "requests", "PySide6")


def _loaded_modules(cmd: list[str], env: dict[str, str]) -> str:
    """Which of :data:`WATCHED` the command imported (one more run, in-process through ``linkdesk.cli.main``)."""
    code = ("import sys, atexit\n"
            f"atexit.register(lambda: print('LOADED', [m for m in {WATCHED!r} if m in sys.modules], file=sys.stderr))\n"
            "from linkdesk.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    out = subprocess.run([sys.executable, "-c", code, *cmd[3:]], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    found = [line for line in out.stderr.splitlines() if line.startswith("LOADED ")]
    return found[-1][len("LOADED "):] if found else f"unknown (exit {out.returncode})"


if __name__ == "__main__":
    main()
