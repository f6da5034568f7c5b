"""Start-up: launch to a usable training window, and its memory, against a bare PySide6 window shown
the same way (same interpreter, offscreen, quit from a zero-delay timer once shown).

    .venv/bin/python benchmarks/startup_bench.py [--repeat 5]

``linkdesk gui --exit-when-ready`` quits once the training window is shown and the event loop idle
(the core's imports and opening then run on a worker, the window answering meanwhile).

"Ready for work", its own line, is the time until staff can use the NEIS linking wizard: the env
``LINKDESK_EXIT_WHEN_READY=linking`` waits for "LinkDesk ready" (the core open, the training
account signed in, the idle lock armed, the wizard's code loaded), then starts a linking as
연계 시작 (Ctrl+N) does and quits once the wizard's first page, 본인 확인, takes input and its first
action can run: the 보안문자 that 실명인증 needs is loaded from the partner (the training sandbox)
and shown, and no task of the wizard runs. The other areas (VMS, Red Cross, certificates, …) are
built when first shown, so they are not part of it. ``LINKDESK_EXIT_WHEN_READY=1`` quits at
"LinkDesk ready" itself ("signed in" line).

The first start (which builds the cached training scenario and theme) is shown apart; the figures
are medians of the later ones. Also CPU time (user + system), steadier than wall time on a shared
machine. Goal (issue 13): ≤ 3× time and ≤ 3× memory of the bare window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _proc import ci_sized, interleaved, run  # noqa: E402

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.resize(1280, 720); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3 if ci_sized() else 7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="linkdesk-startup-") as tmp:
        env = {k: v for k, v in os.environ.items()
               if k not in ("LINKDESK_CONFIG", "LINKDESK_API_KEY", "LINKDESK_SANDBOX_SCENARIO", "LINKDESK_DATA_DIR")}
        env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(Path(tmp) / "cfg"))
        gui = [sys.executable, "-m", "linkdesk", "gui", "--exit-when-ready", "--data-dir", str(Path(tmp) / "data")]
        first = run(gui, env)
        if first.code != 0:
            raise SystemExit(f"linkdesk gui failed (exit {first.code})")
        ready_cmd = [a for a in gui if a != "--exit-when-ready"]
        got = interleaved({"bare": ([sys.executable, "-c", BARE], env), "linkdesk": (gui, env),
                           "signed_in": (ready_cmd, dict(env, LINKDESK_EXIT_WHEN_READY="1")),
                           "ready": (ready_cmd, dict(env, LINKDESK_EXIT_WHEN_READY="linking"))}, args.repeat)
        if any(r.code != 0 for r in got.values()):
            raise SystemExit(f"a start failed: { {name: r.code for name, r in got.items()} }")
    bare, desk, signed_in, ready = got["bare"], got["linkdesk"], got["signed_in"], got["ready"]
    print(f"first start (builds the caches)      {first.seconds:7.2f} s")
    print(f"bare PySide6 window                  {bare.seconds:7.2f} s  cpu {bare.cpu_seconds:5.2f} s  "
          f"rss {bare.max_rss_mb:6.1f} MB")
    print(f"linkdesk gui --exit-when-ready       {desk.seconds:7.2f} s  cpu {desk.cpu_seconds:5.2f} s  "
          f"rss {desk.max_rss_mb:6.1f} MB")
    print(f"linkdesk gui until signed in         {signed_in.seconds:7.2f} s  cpu {signed_in.cpu_seconds:5.2f} s  "
          f"rss {signed_in.max_rss_mb:6.1f} MB   (LinkDesk ready: core open, signed in, lock armed)")
    print(f"linkdesk gui until ready for work    {ready.seconds:7.2f} s  cpu {ready.cpu_seconds:5.2f} s  "
          f"rss {ready.max_rss_mb:6.1f} MB   (a linking started, 본인 확인 takes input, 보안문자 shown)")
    print(f"RESULT startup time ratio  {desk.seconds / bare.seconds:5.2f}x   (cpu {desk.cpu_seconds / bare.cpu_seconds:.2f}x; goal <= 3x)")
    print(f"RESULT startup memory ratio {desk.max_rss_mb / bare.max_rss_mb:5.2f}x   (goal <= 3x)")
    print(f"RESULT ready-for-work ratio {ready.seconds / bare.seconds:5.2f}x time, "
          f"{ready.max_rss_mb / bare.max_rss_mb:.2f}x memory (no goal; the window answers meanwhile)")


if __name__ == "__main__":
    main()
