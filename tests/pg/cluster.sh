#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests that need a server:
#   tests/pg/cluster.sh start DIR   make a cluster, start it on a free port on loopback, print the admin URL
#   tests/pg/cluster.sh stop DIR    stop it and remove it
#   tests/pg/cluster.sh resume DIR  start the cluster made for DIR again, or make one; print the URL
#   tests/pg/cluster.sh pause DIR   stop it and keep its data (the benchmarks keep their databases)
# DIR receives the URL (DIR/url), the port and where the cluster lives. The cluster itself lives in a
# folder of its own under /var/tmp, which the server's user can reach whatever DIR's parents allow (a clone
# in /root, say). initdb refuses to run as root, so as root the cluster belongs to the unprivileged
# `postgres` user. Password authentication (scram) on TCP, as a team server would have; the admin
# password is "tandem".
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
usage="usage: cluster.sh start|stop|resume|pause DIR"
action=${1:?$usage}
dir=${2:?$usage}

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

# Where the cluster made for DIR lives; empty when there is none.
home_of() {
    [ -f "$dir/location" ] && [ -d "$(cat "$dir/location")/data" ] && cat "$dir/location" || true
}

# Starts the cluster in $1 and writes DIR/url. The server outlives this script: it must not inherit its
# caller's descriptors (a build lock held through flock(1) would stay locked for as long as it runs).
run_server() {
    local home=$1 port
    port=$(free_port)
    for fd in /proc/$$/fd/*; do
        fd=${fd##*/}
        [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null || true
    done
    # Quick rather than durable: the cluster holds test and benchmark data only.
    as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 start -o \
        "-p $port -k $home -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=200 -c shared_buffers=128MB" >/dev/null
    echo "$port" >"$dir/port"
    echo "postgresql://tandem_admin@127.0.0.1:$port/postgres" | tee "$dir/url"
}

case "$action" in
start)
    # A cluster left behind by an interrupted run is stopped and replaced.
    "$0" stop "$dir"
    mkdir -p "$dir"
    home=$(mktemp -d /var/tmp/tandem-pg.XXXXXX)
    chmod 700 "$home"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$home"
    echo "$home" >"$dir/location"
    password_file=$(mktemp)
    echo tandem >"$password_file"
    chmod 644 "$password_file"
    as_owner "$bin/initdb" -D "$home/data" -U tandem_admin --pwfile="$password_file" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    rm -f "$password_file"
    run_server "$home"
    ;;
resume)
    home=$(home_of)
    [ -n "$home" ] || exec "$0" start "$dir"
    run_server "$home"
    ;;
pause)
    home=$(home_of)
    [ -n "$home" ] && as_owner "$bin/pg_ctl" -D "$home/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
stop)
    home=$(home_of)
    if [ -n "$home" ]; then
        as_owner "$bin/pg_ctl" -D "$home/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$home"
    fi
    rm -rf "$dir"
    ;;
*)
    echo "$usage" >&2
    exit 1
    ;;
esac
