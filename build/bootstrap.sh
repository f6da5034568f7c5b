#!/usr/bin/env bash
# Sets up everything LinkDesk needs on a fresh Debian machine with Python 3.11:
# the Debian packages Qt, the tests and the screenshots rely on, a virtual environment in .venv,
# the package itself (editable) and the compiled translations. Safe to run again: it only does what
# is missing. Used by ./run.sh, ./test.sh and .ci/run.
#   build/bootstrap.sh [run|test]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-run}"

# Debian packages: Qt's runtime libraries (xcb for a real screen, EGL/GL/fontconfig for offscreen),
# python3-venv, and for the tests a PostgreSQL server and poppler (pdftotext), Xvfb for screenshots.
pkgs=(python3-venv libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
      libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libnss3 libxrender1)
if [ "$mode" = test ]; then
  pkgs+=(postgresql poppler-utils xvfb xauth)
fi
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "bootstrap: installing Debian packages: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

py="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
stamp=.venv/.linkdesk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  log=.venv/linkdesk-install.log
  echo "bootstrap: installing LinkDesk and its Python packages into .venv (log: $log)" >&2
  # The build backend's chatter goes to the log; on failure the log is shown.
  if ! { .venv/bin/python -m pip install -q --upgrade pip &&
         .venv/bin/python -m pip install -q -e ".[test,postgres,build]"; } >"$log" 2>&1; then  # build: PyInstaller
    cat "$log" >&2
    echo "bootstrap: pip install failed" >&2
    exit 1
  fi
  touch "$stamp"
fi
# Translations: the .ts sources are committed, the .qm files are built.
if [ -x build/translations.sh ]; then
  build/translations.sh release >/dev/null
fi
