#!/usr/bin/env bash
# Every benchmark at three sizes of generated database, in one table:
#   tests/bench/run.sh [SIZE...]     SIZE: 10k, 100k or 1m (default: all three)
# Each size has 2,000 colleagues per 100k accounts (at least 200), 3 contacts and 10 requests per account,
# as `generate` makes them. Prints each figure at each size beside its target ("ok" or "MISSED") and the
# sqlite3 tool's time where it has a peer, writes the table as CSV and draws each figure against size as a
# PNG, so that how cost grows with the data is visible: first pages and searches flat, imports and
# handovers linear. Databases are kept in $TANDEM_BENCH_DIR (default /var/tmp/tandem-bench) and reused.
# The lists are measured on a PostgreSQL server too: a cluster kept in $TANDEM_BENCH_DIR/pg (tests/pg/
# cluster.sh, started for the run and stopped after it), with each size generated there once.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# Installs what is missing and builds; TANDEM_BENCH_BUILT=1 skips that when the build is current.
[ "${TANDEM_BENCH_BUILT:-}" = 1 ] || "$root/scripts/dev.sh" benchmarks >&2
build=$root/build
cli=$build/app/tandem-cli
bench=$build/tests/bench
work=${TANDEM_BENCH_DIR:-/var/tmp/tandem-bench}
mkdir -p "$work"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10k 100k 1m)
csv=$work/results.csv
echo "figure,unit,size,value,target,peer,status" >"$csv"
export QT_QPA_PLATFORM=offscreen LANGUAGE=en LC_ALL=C.UTF-8
server=$("$root/tests/pg/cluster.sh" resume "$work/pg")
trap '"$root/tests/pg/cluster.sh" pause "$work/pg"' EXIT
export PGPASSWORD=tandem

accounts_of() {
    case $1 in
    10k) echo 10000 ;;
    100k) echo 100000 ;;
    1m) echo 1000000 ;;
    *) echo "unknown size $1: use 10k, 100k or 1m" >&2; exit 2 ;;
    esac
}

# Median wall time of running a command N times, in milliseconds (output discarded).
median_ms() {
    local runs=$1
    shift
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        echo $(((end - start) / 1000))
    done | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'
}

# The value of KEY in the RESULT lines of a benchmark's output.
result() {
    grep '^RESULT ' | tr ' ' '\n' | awk -F= -v key="$1" '$1 == key { print $2 }' | tail -1
}

# record FIGURE UNIT SIZE VALUE TARGET [PEER]: a row of the table; the target is a maximum.
record() {
    local status=ok
    [ -z "$5" ] && status=
    if [ -z "$4" ]; then
        status=MISSING
    elif [ -n "$5" ] && awk -v v="$4" -v t="$5" 'BEGIN { exit !(v > t) }'; then
        status=MISSED
    fi
    echo "$1,$2,$3,$4,$5,${6:-},$status" >>"$csv"
}

for size in "${sizes[@]}"; do
    accounts=$(accounts_of "$size")
    scale=$(awk -v a="$accounts" 'BEGIN { print a / 100000 }') # linear figures' targets follow the data
    staff=$((accounts / 50 > 200 ? accounts / 50 : 200))
    db=$work/$size.db
    echo "== $size: $accounts accounts, $((accounts * 3)) contacts, $((accounts * 10)) requests, $staff colleagues" >&2
    if [ ! -f "$db" ]; then
        rm -f "$db.new" "$db.new-wal" "$db.new-shm"
        timing=$( { /usr/bin/time -f "%e %M" "$cli" --database "$db.new" generate --staff "$staff" \
            --accounts "$accounts" --contacts $((accounts * 3)) --requests $((accounts * 10)) --seed 42 \
            >/dev/null; } 2>&1 | tail -1)
        mv "$db.new" "$db"
        echo "$timing" >"$db.generate"
    fi
    read -r seconds kilobytes <"$db.generate"
    record "generate" s "$size" "$seconds" "$(awk -v s="$scale" 'BEGIN { print 60 * s }')"
    record "generate peak memory" MB "$size" "$(awk -v k="$kilobytes" 'BEGIN { printf "%.0f", k / 1024 }')" 300

    echo "   handover" >&2
    out=$("$bench/bench_handover" "$db" $((accounts / 10)) 2>/dev/null || true)
    record "handover holdings (a tenth of the accounts)" ms "$size" "$(result handover_holdings_ms <<<"$out")" \
        "$(awk -v s="$scale" 'BEGIN { print 300 * s }')"
    record "handover preview" ms "$size" "$(result handover_preview_ms <<<"$out")" \
        "$(awk -v s="$scale" 'BEGIN { print 300 * s }')"
    record "handover execute" ms "$size" "$(result handover_execute_ms <<<"$out")" \
        "$(awk -v s="$scale" 'BEGIN { print 1000 * s }')"
    record "handover undo" ms "$size" "$(result handover_undo_ms <<<"$out")" \
        "$(awk -v s="$scale" 'BEGIN { print 1000 * s }')"

    echo "   lists" >&2
    out=$("$bench/bench_lists" "$db" --no-check 2>/dev/null || true)
    record "accounts first page" ms "$size" "$(result accounts_first_page_ms <<<"$out")" 100
    for column in owner last_contact next_step_due bought; do
        record "accounts sorted by ${column//_/ }" ms "$size" "$(result "accounts_sort_${column}_ms" <<<"$out")" 150
    done
    record "requests first page" ms "$size" "$(result requests_first_page_ms <<<"$out")" 100

    echo "   lists on a PostgreSQL server" >&2
    on_server=${server%/postgres}/bench_$size
    if ! "$cli" --database "$on_server" stats >/dev/null 2>&1; then
        psql -q "$server" -c "DROP DATABASE IF EXISTS bench_$size" -c "CREATE DATABASE bench_$size" >&2
        "$cli" --database "$on_server" init >/dev/null
        "$cli" --database "$on_server" generate --staff "$staff" --accounts "$accounts" \
            --contacts $((accounts * 3)) --requests $((accounts * 10)) --seed 42 >/dev/null 2>&1
    fi
    out=$("$bench/bench_lists" "$on_server" --no-check 2>/dev/null || true)
    record "accounts first page on the server" ms "$size" "$(result accounts_first_page_ms <<<"$out")" 100
    for column in owner last_contact next_step_due bought; do
        record "accounts sorted by ${column//_/ } on the server" ms "$size" \
            "$(result "accounts_sort_${column}_ms" <<<"$out")" 150
    done
    record "requests first page on the server" ms "$size" "$(result requests_first_page_ms <<<"$out")" 100

    echo "   command line" >&2
    help=$(median_ms 15 "$cli" --help)
    record "tandem-cli --help" ms "$size" "$help" ""
    for word in Adams Gar; do
        peer=$(median_ms 15 sqlite3 "$db" \
            "SELECT rowid FROM search_index WHERE search_index MATCH '$(tr '[:upper:]' '[:lower:]' <<<"$word")*' LIMIT 400")
        mine=$(median_ms 15 "$cli" --database "$db" search "$word")
        record "tandem-cli search $word" ms "$size" "$mine" "$(awk -v p="$peer" 'BEGIN { print 5 * p }')" "$peer"
        [ "$word" = Adams ] && adams=$mine
    done
    record "search Gar / search Adams" ratio "$size" "$(awk -v g="$mine" -v a="$adams" 'BEGIN { printf "%.2f", g / a }')" 1.5

    echo "   import" >&2
    out=$("$root/tests/bench/import_vs_sqlite.sh" "$build" "$accounts" 2>/dev/null || true)
    record "import accounts" ms "$size" "$(result import_100k_ms <<<"$out")" \
        "$(result peer_ms <<<"$out" | awk '{ if ($1 != "") print 1.5 * $1 }')" "$(result peer_ms <<<"$out")"
    record "plain sqlite3 .import of the same file" ms "$size" "$(result plain_ms <<<"$out")" ""

    echo "   window" >&2
    out=$("$bench/bench_dashboard" "$db" 2>/dev/null || true)
    record "dashboard filled in" ms "$size" "$(result dashboard_ms <<<"$out")" 1000
    out=$("$bench/bench_startup" "$db" 2>/dev/null || true)
    record "window to first accounts row" ms "$size" "$(result first_row_ms <<<"$out")" ""
    record "quitting the idle window" ms "$size" "$(result quit_ms <<<"$out")" 500
done

# The table: one row per figure, one column per size.
awk -F, -v sizes="${sizes[*]}" '
    NR == 1 { next }
    {
        key = $1 " (" $2 ")"
        if (!(key in seen)) { seen[key] = 1; order[++n] = key }
        cell[key, $3] = $4 ($7 == "ok" || $7 == "" ? "" : " " $7)
        if ($6 != "") peer[key, $3] = $6
        if ($5 != "") target[key, $3] = $5
    }
    END {
        count = split(sizes, size, " ")
        printf "%-46s", "figure"
        for (i = 1; i <= count; i++) printf " | %-16s | %-9s | %-8s", size[i], "target", "sqlite3"
        printf "\n"
        for (k = 1; k <= n; k++) {
            printf "%-46s", order[k]
            for (i = 1; i <= count; i++)
                printf " | %-16s | %-9s | %-8s", cell[order[k], size[i]], target[order[k], size[i]], peer[order[k], size[i]]
            printf "\n"
        }
    }' "$csv" | tee "$work/results.txt"
"$bench/bench_plot" "$csv" "$work/results.png" >/dev/null
echo "CSV: $csv; chart: $work/results.png; table: $work/results.txt" >&2
