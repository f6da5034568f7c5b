"""``linkdesk certificate issue`` as a command, against a bare ``python -c pass`` (same interpreter).

    .venv/bin/python benchmarks/certificate_bench.py [--repeat 5]

Training mode (the embedded sandbox, its scenario read from the cache), a fresh data folder; the
volunteer's records are synced once before timing, then each timed run issues a certificate from the
local records (no PDF: that needs Qt's fonts and is timed by the certificate renderer's own tests).
Prints the medians, wall and CPU, and the command's cost over the bare interpreter. Goal (issue 13):
≤ 0.5 s over ``python -c pass``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _proc import ci_sized, interleaved, run  # noqa: E402

ISSUE = ["certificate", "issue", "--volunteer", "V-1001", "--from", "2026-03-01", "--to", "2026-05-15",
         "--purpose", "학교 제출용"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3 if ci_sized() else 7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="linkdesk-cert-") as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('[centre]\nname = "성북구자원봉사센터"\nconfirmer = "홍길동"\n', encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k not in ("LINKDESK_API_KEY", "LINKDESK_SANDBOX_SCENARIO",
                                                               "DISPLAY", "WAYLAND_DISPLAY")}
        env["LINKDESK_CONFIG"] = str(config)
        cmd = [sys.executable, "-m", "linkdesk", *ISSUE, "--data-dir", str(Path(tmp) / "data")]
        first = run([*cmd, "--sync"], env)  # caches the scenario and the volunteer's records
        if first.code != 0:
            raise SystemExit(f"certificate issue --sync failed (exit {first.code})")
        got = interleaved({"bare": ([sys.executable, "-c", "pass"], env), "issue": (cmd, env)}, args.repeat)
    bare, issue = got["bare"], got["issue"]
    print(f"python -c pass                  {bare.seconds:6.3f} s  cpu {bare.cpu_seconds:6.3f} s")
    print(f"linkdesk certificate issue      {issue.seconds:6.3f} s  cpu {issue.cpu_seconds:6.3f} s  "
          f"rss {issue.max_rss_mb:5.1f} MB")
    print(f"RESULT certificate command {issue.seconds - bare.seconds:5.3f} s over bare python "
          f"(cpu {issue.cpu_seconds - bare.cpu_seconds:.3f} s; ratio {issue.seconds / bare.seconds:.1f}x; goal <= 0.5 s over)")


if __name__ == "__main__":
    main()
