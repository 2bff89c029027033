#!/bin/sh
# headers.sh DDICHECK ROOT — functions defined in the driver's own headers (static __inline helpers,
# FORCEINLINE routines) are analyzed where the sources call them, directly or through another
# helper, and reported once however many files call them; uncalled helpers, headers in system
# include paths and headers --header-filter leaves out are not; a helper called only at
# DISPATCH_LEVEL from two files is one function (no copy of it starts at PASSIVE_LEVEL); the
# helpers' suppression comments work and count for --report-unused-suppressions. Every input is
# generated here.
set -u
DDICHECK=$1
ROOT=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
run() {
    "$DDICHECK" -q --no-caret "$@" >"$tmp/.out" 2>"$tmp/.err"
    rc=$?
    out=$(cat "$tmp/.out")
    err=$(cat "$tmp/.err")
}
# warnings: the "FILE:LINE RULE" of each warning of the last run, sorted, one per line
warnings() { printf '%s\n' "$out" | sed -n 's/^\([^:]*\):\([0-9]*\):[0-9]*: warning: .*\[\([A-Za-z0-9_]*\)\]$/\1:\2 \3/p' | sort; }
want() { # NAME EXPECTED-WARNINGS (";"-separated)
    got=$(warnings | paste -sd';' -)
    [ "$got" = "$2" ] && ok "$1" || { bad "$1: got '$got', expected '$2'"; printf '%s\n%s\n' "$out" "$err" | head -n 20; }
}

mkdir -p inc sys
cat > inc/helpers.h <<'EOF'
#pragma once
#include <ndis.h>
typedef struct _A { NDIS_HANDLE Vc; NDIS_SPIN_LOCK Lock; NDIS_HANDLE Bind; UNICODE_STRING Id; PNDIS_HANDLE Ctx; } A;
static __inline void OpenAf(A *a)
{
    NdisClOpenAddressFamilyEx(a->Bind, NULL, NULL, NULL);
}
FORCEINLINE void Outer(A *a) { OpenAf(a); }
static __inline void NeverCalled(A *a)
{
    NdisAcquireSpinLock(&a->Lock);
    NdisClOpenAddressFamilyEx(a->Bind, NULL, NULL, NULL);
    NdisReleaseSpinLock(&a->Lock);
}
FORCEINLINE void TapiId(A *a)
{
    NdisClGetProtocolVcContextFromTapiCallId(a->Id, a->Ctx);
}
EOF
cat > sys/syshelpers.h <<'EOF'
#pragma once
#include <ndis.h>
static __inline void SysOpen(NDIS_HANDLE b)
{
    NdisClOpenAddressFamilyEx(b, NULL, NULL, NULL);
}
EOF
# file N: a source whose lock-holding function calls Outer (-> OpenAf) and whose DPC calls TapiId
file() {
    cat > "src$1.c" <<EOF
#include "helpers.h"
#include <syshelpers.h>
void Locked$1(A *a)
{
    NdisAcquireSpinLock(&a->Lock);
    Outer(a);
    SysOpen(a->Bind);
    NdisReleaseSpinLock(&a->Lock);
}
MINIPORT_INTERRUPT_DPC Dpc$1;
VOID Dpc$1(NDIS_HANDLE C, PVOID D, PVOID R, PVOID N)
{
    UNREFERENCED_PARAMETER(D);
    UNREFERENCED_PARAMETER(R);
    UNREFERENCED_PARAMETER(N);
    TapiId((A *)C);
}
EOF
}
file 1
file 2
W=Irql_Protocol_Driver_Function
run -Iinc -isystem sys src1.c src2.c
[ "$rc" -eq 1 ] && want "a helper's finding, through another helper, once for two files" "inc/helpers.h:6 $W"
printf '%s\n' "$out" | grep -q "note: 'OpenAf' called here at DISPATCH_LEVEL" && ok "the note walks through the helpers" ||
    bad "notes: $out"
run -Iinc -Isys src1.c
[ "$rc" -eq 1 ] && want "a header outside the system include paths is the driver's" "inc/helpers.h:6 $W;sys/syshelpers.h:5 $W"
run -Iinc -Isys --header-filter='/inc/|^inc/' src1.c
[ "$rc" -eq 1 ] && want "--header-filter keeps the matching headers" "inc/helpers.h:6 $W"
run -Iinc -Isys --header-filter= src1.c
[ "$rc" -eq 0 ] && want "--header-filter= (empty): no header" ""
run -Iinc --header-filter='(' src1.c
[ "$rc" -eq 2 ] && printf '%s\n' "$err" | grep -qF "error: --header-filter '(' is not a regular expression" &&
    ok "a bad --header-filter" || bad "bad regex: $rc $err"
run -Iinc -isystem sys --dump-ir src1.c
printf '%s\n' "$out" | grep -q '^function OpenAf static' && ! printf '%s\n' "$out" | grep -q '^function NeverCalled' &&
    ok "--dump-ir shows the helpers called, not the others" || bad "dump-ir: $(printf '%s\n' "$out" | grep '^function')"
run -Iinc -isystem sys --dump-model src1.c src2.c
[ "$(printf '%s\n' "$out" | grep -c '^function TapiId ')" -eq 1 ] && printf '%s\n' "$out" | grep -q '^function TapiId callers=2' &&
    [ "$(printf '%s\n' "$out" | grep -c '^function OpenAf ')" -eq 2 ] &&
    ok "a FORCEINLINE helper is one function called from both files; a static one is one per file" ||
    bad "model: $(printf '%s\n' "$out" | grep '^function')"
# suppressions in a helper
sed -i 's|^    NdisClOpenAddressFamilyEx(a->Bind, NULL, NULL, NULL);$|&  // NOLINT(Irql_*)|' inc/helpers.h
run -Iinc -isystem sys --report-unused-suppressions src1.c src2.c
[ "$rc" -eq 0 ] && [ -z "$err" ] && want "a NOLINT in a helper; the uncalled helper's is not 'unused'" "" || bad "helper NOLINT: $rc $err"
sed -i 's|^FORCEINLINE void TapiId(A \*a)$|// NOLINTNEXTLINE(Irql_Protocol_Driver_Function)\n&|' inc/helpers.h
run -Iinc -isystem sys --report-unused-suppressions src1.c src2.c
[ "$rc" -eq 1 ] && printf '%s\n' "$err" | grep -qF "inc/helpers.h:15:1: warning: 'NOLINTNEXTLINE(Irql_Protocol_Driver_Function)' suppresses no finding" &&
    ok "an unused suppression in a called helper is reported" || bad "unused in helper: $rc $err"
exit $fail
