#!/bin/sh
# wrapper_make.sh WRAPPER ROOT MAKE — builds the driver project's Makefile with CC=ddicheck-cc and
# DDICHECK_CC=gcc: both sources are checked, the link is not, the finding is printed and the build
# succeeds; with DDICHECK_WERROR=1 the build fails on the finding.
WRAPPER=$1 ROOT=$2 MAKE=$3
. "$(dirname "$0")/lib.sh"
src="$tmp/driver"
cp -r "$ROOT/testsuite/integration/driver" "$src"
want="mcm_intr.c:$(finding_of_intr "$src")"
inc="$ROOT/runtime-model/include"

run env DDICHECK_CC=gcc DDICHECK_CC_VERBOSE=1 "$MAKE" -C "$src" CC="$WRAPPER" NDIS_INCLUDE="$inc"
rc_is make 0 && has make "$want" && has make "ddicheck-cc: checking mcm_main.c" &&
    has make "ddicheck-cc: checking mcm_intr.c" && has make "ddicheck-cc: not checking: no C source to compile" &&
    lacks make "mcm_main.c:" && exists make "$src/libmcm.so" && ok "make prints the finding and succeeds"

run "$MAKE" -C "$src" clean
run env DDICHECK_CC=gcc DDICHECK_WERROR=1 "$MAKE" -C "$src" CC="$WRAPPER" NDIS_INCLUDE="$inc"
rc_is werror nonzero && has werror "$want" && has werror "ddicheck-cc: error: ddicheck findings in mcm_intr.c" &&
    absent werror "$src/mcm_intr.o" && absent werror "$src/libmcm.so" && ok "DDICHECK_WERROR=1 fails the build"

# the next build checks the file again (no object was left behind)
run env DDICHECK_CC=gcc "$MAKE" -C "$src" CC="$WRAPPER" NDIS_INCLUDE="$inc"
rc_is rebuild 0 && has rebuild "$want" && exists rebuild "$src/libmcm.so" && ok "the next build checks again"
finish
