#!/bin/sh
# clang_tidy_cmake.sh DDICHECK ROOT — ddicheck as CMake's CMAKE_C_CLANG_TIDY, in a real CMake project
# built with the host compiler: CMake runs `ddicheck --extra-arg-before=--driver-mode=gcc SRC --
# COMPILER FLAGS... -o OBJ -c SRC` per source; the findings show in the build output and, as
# clang-tidy's warnings, do not fail it unless --fail-on is given; --extra-arg and --quiet from the
# CMake list apply; clang-tidy's -p=DIR and single-dash option spellings work by hand; a compile
# error in a source fails the build as clang-tidy's does. The project is generated here.
set -u
DDICHECK=$1
ROOT=$2
command -v cmake >/dev/null 2>&1 || { echo "skipped: no cmake"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

mkdir -p proj
cat > proj/CMakeLists.txt <<EOF
cmake_minimum_required(VERSION 3.20)
project(drv C)
add_library(drv STATIC isr.c clean.c)
target_include_directories(drv PRIVATE "$ROOT/runtime-model/include")
target_compile_definitions(drv PRIVATE NDIS60 NDIS_MINIPORT_DRIVER)
EOF
cat > proj/isr.c <<'EOF'
#include <ndis.h>
typedef struct _A { NDIS_HANDLE Vc; } A;
MINIPORT_ISR Isr;
BOOLEAN Isr(NDIS_HANDLE Ctx, PBOOLEAN Q, PULONG T)
{
    UNREFERENCED_PARAMETER(Q);
    UNREFERENCED_PARAMETER(T);
    NdisMCmDeleteVc(((A *)Ctx)->Vc);
#ifdef EXTRA_FAULT
    NdisMCmDeactivateVc(((A *)Ctx)->Vc);
#endif
    return TRUE;
}
EOF
printf '#include <ndis.h>\nint clean_value(void) { return 0; }\n' > proj/clean.c

# build NAME TIDY-LIST: configures and builds proj with CMAKE_C_CLANG_TIDY=TIDY-LIST; $rc, $log
build() {
    rm -rf "b_$1"
    cmake -S proj -B "b_$1" -DCMAKE_C_CLANG_TIDY="$2" > "$1.cfg.log" 2>&1 || { bad "$1: cmake configure failed"; cat "$1.cfg.log"; return 1; }
    cmake --build "b_$1" > "$1.log" 2>&1
    rc=$?
    log=$(cat "$1.log")
}
W="isr.c:8:5: warning: 'NdisMCmDeleteVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function]"
build plain "$DDICHECK"
[ "$rc" -eq 0 ] && printf '%s\n' "$log" | grep -qF "$W" && [ -f b_plain/libdrv.a ] &&
    ok "CMAKE_C_CLANG_TIDY=ddicheck: findings in the build output, the build succeeds" || { bad "plain: rc $rc"; printf '%s\n' "$log"; }
[ "$(printf '%s\n' "$log" | grep -c 'warning: ')" -eq 1 ] && ok "one finding, nothing about clean.c" || bad "plain findings: $log"
build failon "$DDICHECK;--fail-on=warning"
[ "$rc" -ne 0 ] && printf '%s\n' "$log" | grep -qF "$W" && ok "--fail-on=warning in the list fails the build" || bad "fail-on: rc $rc"
build extra "$DDICHECK;--extra-arg=-DEXTRA_FAULT;--quiet"
[ "$rc" -eq 0 ] && printf '%s\n' "$log" | grep -qF "isr.c:10:5: warning: 'NdisMCmDeactivateVc'" &&
    ok "--extra-arg=-DX and --quiet from the list" || { bad "extra-arg: rc $rc"; printf '%s\n' "$log"; }
# a GCC nested function: gcc compiles it, clang (and so ddicheck) cannot parse it
printf 'int outer(void)\n{\n    int inner(void) { return 1; }\n    return inner();\n}\n' >> proj/clean.c
cc -c proj/clean.c -Iproj -I"$ROOT/runtime-model/include" -o nested.o 2>/dev/null || { echo "skipped: cc does not take nested functions"; exit 77; }
build broken "$DDICHECK"
[ "$rc" -ne 0 ] && printf '%s\n' "$log" | grep -qF "clean.c:5:21: error: function definition is not allowed here" &&
    ok "a source clang cannot parse fails the build, as with clang-tidy" || { bad "broken: rc $rc"; printf '%s\n' "$log"; }
printf '#include <ndis.h>\nint clean_value(void) { return 0; }\n' > proj/clean.c

# ---- by hand: what clang-tidy users type ----
cmake -S proj -B db -DCMAKE_EXPORT_COMPILE_COMMANDS=ON > /dev/null 2>&1
"$DDICHECK" -p=db -quiet "$tmp/proj/isr.c" > p.out 2>&1
rc=$?
[ "$rc" -eq 1 ] && grep -qF "$W" p.out && ok "-p=BUILD_DIR and -quiet (clang-tidy's spellings)" || bad "-p=: rc $rc $(cat p.out)"
"$DDICHECK" -extra-arg=-DEXTRA_FAULT --extra-arg-before=-DUNUSED proj/isr.c -- cc -Iproj -c proj/isr.c -o /dev/null > e.out 2>&1
rc=$?
[ "$rc" -eq 0 ] && [ "$(grep -c 'warning: ' e.out)" -eq 2 ] &&
    ok "a compile command after --: flags taken, -o and -c dropped, status 0" || bad "compile command: rc $rc $(cat e.out)"
"$DDICHECK" -- cc -DEXTRA_FAULT -c proj/isr.c -o isr.o > f.out 2>&1
rc=$?
[ "$rc" -eq 0 ] && [ "$(grep -c 'warning: ' f.out)" -eq 2 ] && [ ! -e isr.o ] &&
    ok "the sources of the compile command when no FILE is named; nothing compiled" || bad "sources from the command: rc $rc $(cat f.out)"
exit $fail
