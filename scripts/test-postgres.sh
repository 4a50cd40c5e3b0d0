#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (issue 28).
#   test-postgres.sh start URL_FILE   initdb in a fresh temporary folder, start the
#                                     server on a Unix socket there (no TCP port),
#                                     create the database lectern_test and write
#                                     its connection URI into URL_FILE
#   test-postgres.sh stop URL_FILE    stop that server, remove its folder and URL_FILE
#   test-postgres.sh stop-server|start-server URL_FILE
#                                     stop or start that server alone, keeping its data
# Where Debian's PostgreSQL server is not installed, start prints why, writes
# no URL_FILE and exits 0: the tests that need the server then skip, saying so.
# As root, the server runs as the unprivileged user nobody (PostgreSQL refuses root).
set -euo pipefail
action=${1:-}
url_file=${2:-}
[[ -n $action && -n $url_file ]] || { echo "usage: $0 start|stop|stop-server|start-server URL_FILE" >&2; exit 2; }
state_file="$url_file.folder"

as_server() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi
}

case $action in
start)
  rm -f "$url_file"
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z $bindir || ! -x $bindir/initdb ]]; then
    echo "test-postgres: skipped: Debian's postgresql server is not installed (scripts/setup.sh installs it)"
    exit 0
  fi
  folder=$(mktemp -d /tmp/lectern-postgres.XXXXXX)
  chmod 755 "$folder"
  [[ $(id -u) -eq 0 ]] && chown nobody "$folder"
  echo "$folder" > "$state_file"
  as_server "$bindir/initdb" -D "$folder/data" -U lectern --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
  as_server "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c fsync=off" start >/dev/null
  as_server "$bindir/createdb" -h "$folder" -U lectern lectern_test
  echo "postgresql://lectern@/lectern_test?host=$folder" > "$url_file"
  echo "test-postgres: server running in $folder"
  ;;
stop-server|start-server)
  # The server alone, its data kept: the fault tests stop and start it under a client.
  folder=$(cat "$state_file")
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ $action == stop-server ]]; then
    as_server "$bindir/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null
  else
    as_server "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
      -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c fsync=off" start >/dev/null
  fi
  ;;
stop)
  if [[ -f $state_file ]]; then
    folder=$(cat "$state_file")
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n $bindir && -d $folder/data ]] && as_server "$bindir/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null || true
    rm -rf "$folder" "$state_file"
  fi
  rm -f "$url_file"
  ;;
*)
  echo "usage: $0 start|stop|stop-server|start-server URL_FILE" >&2
  exit 2
  ;;
esac
