#!/usr/bin/env bash
# Runs the whole test suite, headless. Starts a throw-away PostgreSQL server for the multi-counter
# tests when one is available (tests/pg_server.sh); arguments go to pytest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
build/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen
if [ -z "${LINKDESK_TEST_PG_URL:-}" ]; then
  was_running=0
  tests/pg_server.sh status 2>/dev/null && was_running=1
  url="$(tests/pg_server.sh start 2>/dev/null || true)"
  if [ -n "$url" ]; then
    export LINKDESK_TEST_PG_URL="$url"
    # Stop it afterwards only if this run started it.
    [ $was_running -eq 1 ] || trap 'tests/pg_server.sh stop >/dev/null 2>&1 || true' EXIT
  fi
fi
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "test.sh: pytest collected no tests" >&2
fi
exit $rc
