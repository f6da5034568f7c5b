#!/usr/bin/env bash
# Builds the one-folder LinkDesk bundle (dist/linkdesk/) from linkdesk.spec, then reports its size
# and its cold start time. No Python is needed on the PC that runs the bundle.
#   build/build_bundle.sh               # build, then size + cold start (3 runs)
#   build/build_bundle.sh --no-timing   # build, then size only (tests/test_frozen.py uses this)
#   LINKDESK_BUNDLE_FULL=1 build/build_bundle.sh   # without the spec's slimming (to compare)
# PyInstaller's scratch files go to .pyinstaller/work (git-ignored), never into the tracked build/.
# On Windows run it from Git Bash; build/windows/linkdesk.iss then packs dist/linkdesk into a setup.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

timing=1
for arg in "$@"; do
  case "$arg" in
    --no-timing) timing=0 ;;
    *) echo "usage: $0 [--no-timing]" >&2; exit 2 ;;
  esac
done

if [ -x .venv/bin/python ]; then
  py=.venv/bin/python
elif [ -x .venv/Scripts/python.exe ]; then
  py=.venv/Scripts/python.exe
else
  echo "build_bundle.sh: no .venv (run build/bootstrap.sh first)" >&2
  exit 1
fi
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "build_bundle.sh: installing PyInstaller (the 'build' extra)" >&2
  "$py" -m pip install -q -e ".[build]"
fi

# Compiled translations go into the bundle; the spec refuses to build without them.
build/translations.sh release >/dev/null

workpath=.pyinstaller/work
distpath=dist
if [ "${LINKDESK_BUNDLE_FULL:-}" = 1 ]; then
  workpath=.pyinstaller/work-full
  distpath=dist/full
fi
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --log-level WARN \
  --workpath "$workpath" --distpath "$distpath" linkdesk.spec
bundle="$distpath/linkdesk"
echo "build_bundle.sh: built $bundle in $(( $(date +%s) - start )) s"

# Size, cold start: the same numbers the README quotes.
"$py" - "$bundle" "$timing" <<'PY'
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

bundle = Path(sys.argv[1])
timing = sys.argv[2] == "1"
files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
total = sum(p.stat().st_size for p in files)
mb = 1024 * 1024
print(f"bundle size: {total / mb:.1f} MB in {len(files)} files ({bundle})")
print("largest parts:")
for p in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:10]:
    print(f"  {p.stat().st_size / mb:7.1f} MB  {p.relative_to(bundle).as_posix()}")

if not timing:
    raise SystemExit(0)

# Cold start: a new process, a new data folder (so the training database is created and migrated),
# no configuration (training mode), offscreen; timed until the app says "LinkDesk ready".
if os.name == "nt":  # the windowed linkdesk.exe has no stderr: time the same window via the CLI
    command = [str(bundle / "linkdesk-cli.exe"), "gui"]
else:
    command = [str(bundle / "linkdesk")]
READY = "LinkDesk ready"
LIMIT = 120  # seconds; a start that never reports ready fails instead of hanging the build


def time_one_start(home: Path) -> float:
    """Seconds from launch until the ready line on stderr; the app quits by itself afterwards."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LINKDESK_EXIT_WHEN_READY="1",
               LINKDESK_DATA_DIR=str(home / "data"), HOME=str(home), USERPROFILE=str(home),
               APPDATA=str(home / "AppData"), LOCALAPPDATA=str(home / "AppData" / "Local"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CACHE_HOME=str(home / ".cache"))
    env.pop("LINKDESK_CONFIG", None)
    lines: queue.Queue[str | None] = queue.Queue()
    began = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", errors="replace")

    def pump() -> None:
        for line in proc.stderr:
            lines.put(line.rstrip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    tail: list[str] = []
    elapsed = None
    while elapsed is None:
        try:
            line = lines.get(timeout=max(0.1, LIMIT - (time.perf_counter() - began)))
        except queue.Empty:
            line = None
        if line is None:
            break
        tail = (tail + [line])[-20:]
        if READY in line:
            elapsed = time.perf_counter() - began
    try:
        proc.wait(timeout=30 if elapsed is not None else 0.1)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if elapsed is None:
        print(f"cold start: no {READY!r} within {LIMIT} s (exit code {proc.returncode}); last stderr lines:",
              *tail, sep="\n  ")
        raise SystemExit(1)
    return elapsed


runs = []
for n in range(3):
    with tempfile.TemporaryDirectory(prefix="linkdesk-coldstart-") as tmp:
        runs.append(time_one_start(Path(tmp)))
    print(f"  run {n + 1}: {runs[-1]:.2f} s")
print(f"cold start to '{READY}': min {min(runs):.2f} s, median {statistics.median(runs):.2f} s")
PY
