#!/bin/sh
# setup.sh — installs what ddicheck needs to build and test on Debian 12, then configures and
# builds it into build/. Safe to run again: it installs only missing packages and rebuilds
# incrementally. Usage: scripts/setup.sh [extra cmake -D options]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PKGS="cmake make gcc pkg-config bear meson ninja-build clang-format clang-19 libclang-rt-19-dev libclang-19-dev llvm-19-dev libjson-c-dev python3"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js and npm (for the SARIF Multitool and the JSON Schema validator in the tests): Debian's
# packages only when no node/npm is on the PATH already, since another installation conflicts.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing="$missing nodejs npm"
fi
if [ -n "$missing" ]; then
    echo "ddicheck setup: installing$missing" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >&2
fi
cmake -S "$ROOT" -B "$ROOT/build" "$@" >/dev/null
cmake --build "$ROOT/build" -j"$(nproc)" >&2
