#!/usr/bin/env bash
# Tandem's two set-up commands on Debian 12, as root or with sudo:
#   scripts/dev.sh run [ARGS...]   install what is missing, build, and start Tandem
#   scripts/dev.sh test            install what is missing, build, and run every test
#   scripts/dev.sh benchmarks      install what is missing, build, and build the benchmarks (tests/bench/run.sh
#                                  calls it before measuring)
# Both install missing Debian packages every time they are needed, so a bare machine works.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libqt6opengl6-dev libgl-dev
    libicu-dev libsqlite3-dev sqlite3 libgraphviz-dev fonts-noto-cjk poppler-utils
    libqt6sql6-psql postgresql qtkeychain-qt6-dev
)
# What the benchmarks measure with besides: /usr/bin/time for peak memory, bc for the import script.
bench_packages=(time bc)

install_missing() {
    local missing=() package
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "Installing: ${missing[*]}" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

build() {
    # CI builds with the ci preset: warnings are errors there.
    local preset=default
    [ "${CI:-}" = true ] && preset=ci
    cmake --preset "$preset" >/dev/null
    cmake --build build --parallel 2
}

case "${1:-}" in
run)
    shift
    install_missing
    build
    exec ./build/app/tandem "$@"
    ;;
test)
    install_missing
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure --parallel 2 --timeout 600
    ;;
benchmarks)
    packages+=("${bench_packages[@]}")
    install_missing
    build
    cmake --build build --parallel 2 --target benchmarks >&2
    ;;
*)
    echo "usage: scripts/dev.sh run [ARGS...] | test | benchmarks" >&2
    exit 1
    ;;
esac
