#!/bin/sh
# wrapper_cmake.sh WRAPPER ROOT CMAKE — builds the driver project (driver/: mcm_main.c clean,
# mcm_intr.c with one Irql_MCM_Function finding) with gcc and CMAKE_C_COMPILER_LAUNCHER=ddicheck-cc:
# the build prints the finding and succeeds; with DDICHECK_WERROR=1 it fails on it, unless
# DDICHECK_FLAGS disables the rule.
WRAPPER=$1 ROOT=$2 CMAKE=$3
. "$(dirname "$0")/lib.sh"
DRV="$ROOT/testsuite/integration/driver"
want="$DRV/mcm_intr.c:$(finding_of_intr "$DRV")"
b="$tmp/build"

run "$CMAKE" -S "$DRV" -B "$b" -G "Unix Makefiles" -DCMAKE_C_COMPILER=gcc \
    -DCMAKE_C_COMPILER_LAUNCHER="$WRAPPER" -DNDIS_INCLUDE="$ROOT/runtime-model/include"
rc_is configure 0 && ok configure

run "$CMAKE" --build "$b"
rc_is build 0 && has build "$want" && has build "mcm_intr.c:8:14: note: 'McmIsr' runs at DIRQL as a MINIPORT_ISR callback" &&
    lacks build "mcm_main.c:" && exists build "$b/libmcm.a" && ok "build prints the finding and succeeds"
[ "$(grep -c '\[Irql_' "$out")" -eq 1 ] || bad "build: expected exactly one finding"

run env DDICHECK_WERROR=1 "$CMAKE" --build "$b" --clean-first
rc_is werror nonzero && has werror "$want" && has werror "ddicheck-cc: error: ddicheck findings in $DRV/mcm_intr.c" &&
    absent werror "$b/libmcm.a" && ok "DDICHECK_WERROR=1 fails the build"

run env DDICHECK_WERROR=1 DDICHECK_FLAGS="--disable=Irql_MCM_Function" "$CMAKE" --build "$b" --clean-first
rc_is werror_disabled 0 && lacks werror_disabled "[Irql_" && exists werror_disabled "$b/libmcm.a" &&
    ok "DDICHECK_FLAGS=--disable=... silences the rule"
finish
