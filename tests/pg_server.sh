#!/usr/bin/env bash
# A throw-away PostgreSQL server for the multi-counter tests, on 127.0.0.1 only.
#   tests/pg_server.sh start   -> prints a SQLAlchemy URL on stdout
#   tests/pg_server.sh status  -> exit 0 when it is running
#   tests/pg_server.sh stop
# Uses Debian's postgresql binaries; runs the server as the 'postgres' system user when started by
# root (PostgreSQL refuses to run as root). Data lives in a temp folder removed on stop.
set -euo pipefail
state=/tmp/linkdesk-test-pg
port="${LINKDESK_TEST_PG_PORT:-55432}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bindir" ] || { echo "pg_server: PostgreSQL is not installed" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -f "$state/data/postmaster.pid" ] && as_pg "$bindir/pg_ctl" -D "$state/data" status >/dev/null 2>&1; then
      :
    else
      rm -rf "$state"; mkdir -p "$state"
      [ "$(id -u)" -ne 0 ] || chown postgres "$state"
      as_pg "$bindir/initdb" -D "$state/data" -U linkdesk --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      as_pg "$bindir/pg_ctl" -D "$state/data" -l "$state/log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$state -c max_connections=100 -c fsync=off" \
        start >/dev/null
      as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U linkdesk linkdesk_test
    fi
    echo "postgresql+psycopg://linkdesk@127.0.0.1:$port/linkdesk_test"
    ;;
  status)
    [ -f "$state/data/postmaster.pid" ] && as_pg "$bindir/pg_ctl" -D "$state/data" status >/dev/null 2>&1
    ;;
  stop)
    [ -d "$state/data" ] && as_pg "$bindir/pg_ctl" -D "$state/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$state"
    ;;
  *) echo "usage: $0 start|status|stop" >&2; exit 2 ;;
esac
