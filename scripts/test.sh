#!/bin/sh
# test.sh — README command 2: sets everything up, builds ddicheck and runs the whole testsuite
# through CTest. Extra arguments go to ctest (e.g. -L rules).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
"$ROOT/scripts/setup.sh"
cd "$ROOT/build"
ctest --output-on-failure -j"$(nproc)" "$@"
