#!/bin/sh
# wrapper_config.sh DDICHECK_CC REPO — ddicheck-cc applies the .ddicheck.json that ddicheck
# itself would use for a source: disabled rules stay silent, severity overrides apply, and a broken
# configuration file never breaks the build (a warning names it).
. "$(dirname "$0")/lib.sh"
CC_WRAP=$1
REPO=$2
mkdir -p "$tmp/proj"
cp "$REPO/testsuite/integration/driver/mcm_intr.c" "$REPO/testsuite/integration/driver/adapter.h" "$tmp/proj/"
INC="-I$REPO/runtime-model/include"

run env DDICHECK_CC=gcc "$CC_WRAP" $INC -c "$tmp/proj/mcm_intr.c" -o "$tmp/a.o"
rc_is no_config 0 && has no_config "[Irql_MCM_Function]" && ok "without a configuration the finding is printed"

printf '{ "disable": ["Irql_MCM_Function"] }\n' > "$tmp/proj/.ddicheck.json"
run env DDICHECK_CC=gcc "$CC_WRAP" $INC -c "$tmp/proj/mcm_intr.c" -o "$tmp/a.o"
rc_is disabled 0 && lacks disabled "[Irql_MCM_Function]" && ok ".ddicheck.json \"disable\" silences the rule"

printf '{ "severity": { "Irql_*": "error" } }\n' > "$tmp/proj/.ddicheck.json"
run env DDICHECK_CC=gcc "$CC_WRAP" $INC -c "$tmp/proj/mcm_intr.c" -o "$tmp/a.o"
rc_is severity 0 && has severity "error: 'NdisMCmDispatchIncomingCall' is called at DIRQL" &&
    ok ".ddicheck.json \"severity\" makes the finding an error"

printf '{ "disable": ["Irql_MCM_Function"] \n' > "$tmp/proj/.ddicheck.json"
rm -f "$tmp/a.o"
run env DDICHECK_CC=gcc "$CC_WRAP" $INC -c "$tmp/proj/mcm_intr.c" -o "$tmp/a.o"
rc_is broken 0 && has broken ".ddicheck.json" && exists broken "$tmp/a.o" &&
    ok "a broken configuration is reported and the file is still compiled"
finish
