#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests that need a server:
#   tests/pg/cluster.sh start DIR   initdb in DIR, start on a free port on loopback, print the admin URL
#   tests/pg/cluster.sh stop DIR    stop it and remove DIR
#   tests/pg/cluster.sh resume DIR  start the cluster kept in DIR (made by start) again, or make one; print the URL
#   tests/pg/cluster.sh pause DIR   stop it and keep its data (the benchmarks keep their databases)
# initdb refuses to run as root, so as root the cluster belongs to the unprivileged `postgres` user.
# Password authentication (scram) on TCP, as a team server would have; the admin password is "tandem".
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
action=${1:?usage: cluster.sh start|stop|resume|pause DIR}
dir=${2:?usage: cluster.sh start|stop|resume|pause DIR}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
PY
}

case "$action" in
resume)
    if [ ! -d "$dir/data" ]; then
        exec "$0" start "$dir"
    fi
    port=$(free_port)
    for fd in /proc/$$/fd/*; do
        fd=${fd##*/}
        [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null || true
    done
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
        "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=200 -c shared_buffers=128MB" >/dev/null
    echo "$port" >"$dir/port"
    echo "postgresql://tandem_admin@127.0.0.1:$port/postgres" | tee "$dir/url"
    ;;
pause)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
start)
    # A cluster left behind by an interrupted run is stopped and replaced.
    "$0" stop "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir" && chmod 700 "$dir"
    password_file=$(mktemp)
    echo tandem >"$password_file"
    chmod 644 "$password_file"
    as_owner "$bin/initdb" -D "$dir/data" -U tandem_admin --pwfile="$password_file" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    rm -f "$password_file"
    port=$(free_port)
    # The server outlives this script: it must not inherit its caller's descriptors (a build lock held
    # through flock(1) would stay locked for as long as the server runs).
    for fd in /proc/$$/fd/*; do
        fd=${fd##*/}
        [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null || true
    done
    # Quick rather than durable: the cluster lives for one test run.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
        "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=200 -c shared_buffers=128MB" >/dev/null
    echo "$port" >"$dir/port"
    echo "postgresql://tandem_admin@127.0.0.1:$port/postgres" | tee "$dir/url"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: cluster.sh start|stop|resume|pause DIR" >&2
    exit 1
    ;;
esac
