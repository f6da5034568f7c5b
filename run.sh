#!/usr/bin/env bash
# Starts LinkDesk. With nothing configured: training mode (연습 모드) on the bundled sandbox and a
# local SQLite database. Arguments are passed on (for example: ./run.sh --config centre.toml).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
build/bootstrap.sh run
exec .venv/bin/python -m linkdesk gui "$@"
