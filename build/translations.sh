#!/usr/bin/env bash
# Qt Linguist translations of the GUI.
#   build/translations.sh update   # collect the strings of linkdesk/gui/**/*.py into resources/i18n/*.ts
#   build/translations.sh release  # compile the .ts into .qm (git-ignored; build/bootstrap.sh runs this)
# The .ts files are committed and translated by hand (Qt Linguist or an editor); every string in
# the source is English inside translate("Context", ...). Works from any directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bin=".venv/bin"
if [ ! -x "$bin/pyside6-lupdate" ]; then
  tool="$(command -v pyside6-lupdate || true)"
  [ -n "$tool" ] || { echo "translations.sh: pyside6-lupdate not found (run build/bootstrap.sh)" >&2; exit 1; }
  bin="$(dirname "$tool")"
fi
languages=(ko)

case "${1:-}" in
  update)
    mapfile -t sources < <(find linkdesk/gui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
    for lang in "${languages[@]}"; do
      "$bin/pyside6-lupdate" -no-obsolete -locations none -target-language "$lang" \
        "${sources[@]}" -ts "resources/i18n/linkdesk_${lang}.ts"
    done
    ;;
  release)
    for lang in "${languages[@]}"; do
      "$bin/pyside6-lrelease" "resources/i18n/linkdesk_${lang}.ts" -qm "resources/i18n/linkdesk_${lang}.qm"
    done
    ;;
  *)
    echo "usage: $0 update|release" >&2
    exit 2
    ;;
esac
