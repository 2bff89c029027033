#!/bin/sh
# run.sh DDICHECK ROOT — `ddicheck -p` on compile databases written by real build tools:
# CMake (CMAKE_EXPORT_COMPILE_COMMANDS) and bear (`bear -- make`).
set -u
DDICHECK=$1
ROOT=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { # name want_rc pattern cmd...
    name=$1 want=$2 pat=$3; shift 3
    out=$("$@" 2>&1); rc=$?
    if [ "$rc" -ne "$want" ] || ! printf '%s\n' "$out" | grep -qF -- "$pat"; then
        echo "FAIL $name: exit $rc (want $want), output:"; printf '%s\n' "$out"; fail=1
    else
        echo "ok   $name"
    fi
}
cmake -S "$ROOT/testsuite/compdb" -B "$tmp/clean" -DDDICHECK_ROOT="$ROOT" >/dev/null || exit 1
check cmake_clean 0 "" "$DDICHECK" -p "$tmp/clean"
cmake -S "$ROOT/testsuite/compdb" -B "$tmp/fault" -DDDICHECK_ROOT="$ROOT" -DFAULT=FAULT_ISR_DISPATCH >/dev/null || exit 1
check cmake_fault 1 "mcm_intr.c:35:15: warning: 'NdisMCmDispatchIncomingCall' is called at DIRQL" "$DDICHECK" -p "$tmp/fault"
# one file of the database only
check cmake_one_file 0 "" "$DDICHECK" -p "$tmp/fault" "$ROOT/samples/mcm_miniport/mcm_cm.c"
if command -v bear >/dev/null 2>&1; then
    mkdir -p "$tmp/make"
    (cd "$tmp/make" && bear -- make -f "$ROOT/testsuite/compdb/Makefile" ROOT="$ROOT" DEFS=-DFAULT_OPENAF_UNDER_LOCK >/dev/null 2>&1)
    check bear_make 1 "'NdisClOpenAddressFamilyEx' is called at DISPATCH_LEVEL" "$DDICHECK" -p "$tmp/make"
else
    echo "FAIL bear_make: bear is not installed (scripts/setup.sh installs it)"; fail=1
fi
exit $fail
