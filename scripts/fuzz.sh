#!/bin/sh
# Runs the libFuzzer targets for the CSV and vCard readers, 60 seconds each (or $1 seconds), under
# AddressSanitizer and UBSan. Not part of the default test run. Installs clang when it is missing.
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
if ! command -v clang++ >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    $sudo apt-get install -y clang
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_csv fuzz_vcard
for target in fuzz_csv fuzz_vcard; do
    corpus="build-fuzz/corpus-$target"
    mkdir -p "$corpus"
    case "$target" in
        fuzz_vcard) cp tests/model/vcard/*.vcf "$corpus"/ 2>/dev/null || true ;;
    esac
    echo "== $target, $seconds s"
    ASAN_OPTIONS=detect_leaks=0 "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 \
        -rss_limit_mb=4096 "$corpus"
done
