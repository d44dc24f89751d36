#!/usr/bin/env bash
# Start a throwaway PostgreSQL server (Debian's package) on loopback for the tests, and print the
# line to export. Usage: eval "$(scripts/pg_test_server.sh start DIR)"; scripts/pg_test_server.sh stop DIR
set -euo pipefail
action=${1:?start|stop}; dir=${2:?data folder}
# a free loopback port unless PGPORT_TEST names one (a developer's own server may hold 5432 or 55432)
port=${PGPORT_TEST:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $action in
start)
  mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 >/dev/null
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir/data -c fsync=off -c max_connections=200" start >/dev/null
  echo "export RASID_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$port/postgres RASID_REQUIRE_PG=1"
  ;;
stop)
  as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  ;;
esac
