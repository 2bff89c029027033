#!/bin/sh
# parity.sh DDICHECK WRAPPER PLUGIN CLANG ROOT — the front ends run one pipeline: `ddicheck FILE...`,
# `ddicheck -p BUILD_DIR`, `ddicheck-cc` (as CC, with DDICHECK_CC=gcc) and clang-19 with
# -fplugin=ddicheck_plugin.so check the same two sources with the same flags under the same
# `.ddicheck.json` configurations, and must report the same findings as
# (file, line, column, rule id, severity).
#
# Each case also states what the documented configuration precedence (docs/usage.md) makes of it —
# which calls are findings, at what severity — so that front ends agreeing on a wrong answer fail
# too. The cases: include directories whose order decides which of two same-named headers is read
# (the configuration's own order, and compile flags searched before it), defines (and a -D of the
# compile winning over one), enable, disable, severity overrides, an unknown severity glob (an
# error, reported by all of them), and a configuration per source.
DDICHECK=$1 WRAPPER=$2 PLUGIN=$3 CLANG=$4 ROOT=$5
. "$(dirname "$0")/lib.sh"
INC="$ROOT/runtime-model/include"
P="$tmp/proj"
mkdir -p "$P/sub1" "$P/sub2" "$P/incA" "$P/incB" "$P/incC" "$P/incZ" "$P/build"

# The source: an MCM miniport whose ISR (DIRQL) calls NdisMCmDispatchIncomingCall when choice.h says
# so and NdisMCmActivateVc when ACTIVATE_IN_ISR is true; both require IRQL <= DISPATCH_LEVEL.
# $1: prefix of the function names, so that both sources form one driver without clashes.
source_text() {
    cat <<EOF
#include <ndis.h>
#include "choice.h"

MINIPORT_ISR $1Isr;
MINIPORT_INITIALIZE $1Initialize;

static NDIS_HANDLE Sap, Vc, Interrupt;
static CO_CALL_PARAMETERS Params;

NDIS_STATUS
$1Initialize(NDIS_HANDLE Adapter, NDIS_HANDLE DriverContext, PNDIS_MINIPORT_INIT_PARAMETERS InitParameters)
{
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IntChars;
    CO_ADDRESS_FAMILY Af;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(DriverContext);
    UNREFERENCED_PARAMETER(InitParameters);
    NdisZeroMemory(&IntChars, sizeof(IntChars));
    IntChars.InterruptHandler = $1Isr;
    Status = NdisMRegisterInterruptEx(Adapter, NULL, &IntChars, &Interrupt);
    if (Status != NDIS_STATUS_SUCCESS)
        return Status;
    NdisZeroMemory(&Af, sizeof(Af));
    Af.AddressFamily = CO_ADDRESS_FAMILY_Q2931;
    return NdisMCmRegisterAddressFamilyEx(Adapter, &Af);
}

BOOLEAN
$1Isr(NDIS_HANDLE Context, PBOOLEAN QueueDpc, PULONG TargetProcessors)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(TargetProcessors);
#if OFFER_IN_ISR
    NdisMCmDispatchIncomingCall(Sap, Vc, &Params);
#endif
#if defined(ACTIVATE_IN_ISR) && ACTIVATE_IN_ISR
    NdisMCmActivateVc(Vc, &Params);
#endif
    *QueueDpc = TRUE;
    return TRUE;
}
EOF
}
source_text One > "$P/sub1/one.c"
source_text Two > "$P/sub2/two.c"
echo '#define OFFER_IN_ISR 1' > "$P/incA/choice.h"
echo '#define OFFER_IN_ISR 0' > "$P/incB/choice.h"
echo '#define OFFER_IN_ISR 0' > "$P/incC/choice.h"
# the compilers do not read .ddicheck.json: they find this one, searched after every -I directory
echo '#define OFFER_IN_ISR 0' > "$P/incZ/choice.h"

# where each finding must be: "FILE:LINE:COL" of the call
call_at() { # FILE NAME
    awk -v n="$2(" -v f="$1" 'index($0, n) { print f ":" NR ":" index($0, n); exit }' "$P/$1"
}
OFFER1=$(call_at sub1/one.c NdisMCmDispatchIncomingCall) OFFER2=$(call_at sub2/two.c NdisMCmDispatchIncomingCall)
ACT1=$(call_at sub1/one.c NdisMCmActivateVc) ACT2=$(call_at sub2/two.c NdisMCmActivateVc)

# normalize FRONTEND: the findings in $out as sorted "FILE:LINE:COL RULE SEVERITY" lines, FILE
# relative to the project, into $tmp/FRONTEND.found
normalize() {
    python3 - "$P" "$out" > "$tmp/$1.found" <<'EOF'
import os, re, sys
proj, out = sys.argv[1], sys.argv[2]
pat = re.compile(r'^(.+?):(\d+):(\d+): (warning|error|note): .* \[([A-Za-z0-9_]+)\]$')
rows = []
for line in open(out, errors='replace'):
    m = pat.match(line.rstrip('\n'))
    if m:
        f = os.path.relpath(os.path.realpath(os.path.join(proj, m.group(1))), proj)
        rows.append('%s:%s:%s %s %s' % (f, m.group(2), m.group(3), m.group(5), m.group(4)))
sys.stdout.write(''.join(r + '\n' for r in sorted(rows)))
EOF
}

# The compile database of the two sources with the case's flags.
write_compdb() { # FLAGS
    python3 - "$P" "$1" > "$P/build/compile_commands.json" <<'EOF'
import json, shlex, sys
proj, flags = sys.argv[1], shlex.split(sys.argv[2])
print(json.dumps([{"directory": proj, "file": f, "arguments": ["gcc"] + flags + ["-c", f, "-o", f + ".o"]}
                  for f in ("sub1/one.c", "sub2/two.c")], indent=1))
EOF
}

# case NAME FLAGS EXPECTED [ERROR]: runs the four front ends from the project directory with the
# configurations in place and compiler flags FLAGS (after -I$INC, before -idirafter incZ); EXPECTED lists the findings
# the documented precedence gives, as "LOCATION RULE SEVERITY" separated by ';' (empty: none);
# ERROR, when given, is a message every front end must print (a configuration error).
case_() {
    name=$1 flags="-I$INC $2 -idirafter $P/incZ" expected=$3 error=${4:-}
    printf '%s' "$expected" | tr ';' '\n' | sed '/^$/d' | sort > "$tmp/expected.found"
    write_compdb "$flags"
    failed=0
    cd "$P" || exit 1
    # shellcheck disable=SC2086
    run "$DDICHECK" sub1/one.c sub2/two.c -- $flags
    normalize ddicheck
    want=0
    [ -s "$tmp/expected.found" ] && want=1
    [ -z "$error" ] || want=2
    rc_is "$name: ddicheck" "$want" || failed=1
    [ -z "$error" ] || has "$name: ddicheck" "$error" || failed=1
    run "$DDICHECK" -p "$P/build"
    normalize ddicheck_p
    [ -z "$error" ] || has "$name: ddicheck -p" "$error" || failed=1
    # shellcheck disable=SC2086
    run env DDICHECK_CC=gcc "$WRAPPER" $flags -c sub1/one.c sub2/two.c
    rc_is "$name: ddicheck-cc" 0 || failed=1
    normalize ddicheck_cc
    [ -z "$error" ] || has "$name: ddicheck-cc" "$error" || failed=1
    # shellcheck disable=SC2086
    run "$CLANG" -fplugin="$PLUGIN" $flags -c sub1/one.c sub2/two.c
    want=0
    grep -q ' error$' "$tmp/expected.found" && want=nonzero # an error finding fails the compile
    rc_is "$name: plugin" "$want" || failed=1
    normalize plugin
    [ -z "$error" ] || has "$name: plugin" "$error" || failed=1
    cd "$tmp" || exit 1
    for fe in ddicheck ddicheck_p ddicheck_cc plugin; do
        if ! cmp -s "$tmp/expected.found" "$tmp/$fe.found"; then
            echo "FAIL $name: $fe differs from what the configuration says (- expected, + $fe)"
            diff -u "$tmp/expected.found" "$tmp/$fe.found" | sed -n '3,$s/^/     | /p'
            failures=$((failures + 1))
            failed=1
        fi
    done
    [ "$failed" -ne 0 ] || ok "$name: the four front ends agree ($(grep -c . "$tmp/plugin.found") finding(s))"
    rm -f "$P/.ddicheck.json" "$P/sub1/.ddicheck.json" "$P/sub2/.ddicheck.json" "$P"/*.o
}
W=Irql_MCM_Function
OFFERS="$OFFER1 $W warning;$OFFER2 $W warning"

case_ no_config "-I$P/incA" "$OFFERS"

printf '{ "include": ["incA", "incB"] }\n' > "$P/.ddicheck.json"
case_ include_order "" "$OFFERS"
printf '{ "include": ["incB", "incA"] }\n' > "$P/.ddicheck.json"
case_ include_order_reversed "" ""
printf '{ "include": ["incA"] }\n' > "$P/.ddicheck.json"
case_ compile_include_first "-I$P/incC" ""

printf '{ "include": ["incB"], "defines": ["ACTIVATE_IN_ISR"] }\n' > "$P/.ddicheck.json"
case_ defines "" "$ACT1 $W warning;$ACT2 $W warning"
printf '{ "include": ["incB"], "defines": ["ACTIVATE_IN_ISR=1"] }\n' > "$P/.ddicheck.json"
case_ compile_define_wins "-DACTIVATE_IN_ISR=0" ""

printf '{ "include": ["incA"], "disable": ["Irql_MCM_*"] }\n' > "$P/.ddicheck.json"
case_ disable "" ""
printf '{ "include": ["incA"], "enable": ["Irql_MCM_Function"] }\n' > "$P/.ddicheck.json"
case_ enable "" "$OFFERS"
printf '{ "include": ["incA"], "enable": ["Sap*"] }\n' > "$P/.ddicheck.json"
case_ enable_other "" ""

printf '{ "include": ["incA"], "defines": ["ACTIVATE_IN_ISR=1"], "severity": { "Irql_*": "error" } }\n' > "$P/.ddicheck.json"
case_ severity_error "" "$OFFER1 $W error;$OFFER2 $W error;$ACT1 $W error;$ACT2 $W error"
printf '{ "include": ["incA"], "severity": { "Irql_MCM_Function": "note" } }\n' > "$P/.ddicheck.json"
case_ severity_note "" "$OFFER1 $W note;$OFFER2 $W note"
printf '{ "include": ["incA"], "severity": { "No_Such_*": "error" } }\n' > "$P/.ddicheck.json"
case_ unknown_severity_glob "" "" "unknown rule 'No_Such_*' in \"severity\""

printf '{ "include": ["../incA"] }\n' > "$P/sub1/.ddicheck.json"
printf '{ "include": ["../incB"], "defines": ["ACTIVATE_IN_ISR=1"] }\n' > "$P/sub2/.ddicheck.json"
case_ per_source_config "" "$OFFER1 $W warning;$ACT2 $W warning"
finish
