#!/usr/bin/env bash
# Times `tandem-cli import accounts` of 100,000 rows against the sqlite3 tool's `.import` of the same file
# into a plain table, side by side, and prints the ratio (issue 7 asks for at most 3).
#   tests/bench/import_vs_sqlite.sh [BUILD_DIR] [ROWS]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
rows=${2:-100000}
command -v sqlite3 >/dev/null || sudo apt-get install -y sqlite3
cmake --build "$build" --target tandem-cli >/dev/null
cli=$build/app/tandem-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The organisation the accounts go to: 200 colleagues and one account.
"$cli" --database "$work/tandem.db" generate --staff 200 --accounts 1 --contacts 0 --requests 0 --seed 7 >/dev/null
sqlite3 "$work/tandem.db" "SELECT email FROM staff WHERE status = 'active' AND email IS NOT NULL" >"$work/owners"

# What a company's spreadsheet of customers looks like: English and Chinese names, Chinese segment words.
python3 - "$rows" "$work/owners" >"$work/accounts.csv" <<'PY'
import csv, random, sys
rows, owners = int(sys.argv[1]), open(sys.argv[2]).read().split()
random.seed(7)
cities = ["上海", "北京", "深圳", "杭州", "Boston", "Munich", "Lyon", "Osaka"]
segments = ["忠诚", "游离", "潜在", "loyal", "floating", "potential"]
categories = ["经销商", "零售商", "consumer", "distributor", "end user"]
surnames = "王李张刘陈杨黄赵吴周"
out = csv.writer(sys.stdout, lineterminator="\r\n")
out.writerow(["客户名称", "类别", "客户类型", "负责人", "电话", "邮箱", "地址", "城市", "备注"])
for n in range(rows):
    name = (random.choice(surnames) + "氏贸易有限公司 %d" % n) if n % 2 else "Company %d Ltd" % n
    out.writerow([name, random.choice(categories), random.choice(segments), random.choice(owners),
                  "+86 21 %08d" % n, "buyer%d@example.com" % n, "%d Main Road" % (n % 900),
                  random.choice(cities), "imported"])
PY

start=$(date +%s.%N)
"$cli" --database "$work/tandem.db" import accounts "$work/accounts.csv" 2>/dev/null
tandem=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
sqlite3 "$work/plain.db" ".import --csv $work/accounts.csv accounts"
plain=$(echo "$(date +%s.%N) - $start" | bc)
printf 'rows: %d\ntandem-cli import: %.2f s\nsqlite3 .import: %.2f s\nratio: %.1f\n' \
    "$rows" "$tandem" "$plain" "$(echo "$tandem / $plain" | bc -l)"
