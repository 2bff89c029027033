#!/bin/sh
# plugin.sh PLUGIN CLANG WRAPPER ROOT — the driver project's files compiled by clang-19 with
# -fplugin=ddicheck_plugin.so: the finding appears as a clang warning with its note, exactly as
# ddicheck-cc prints it; -Werror fails the compile on it; -w and -fplugin-arg-ddicheck-disable=
# silence it; the clean file compiles without a word; an unknown plugin argument is an error.
PLUGIN=$1 CLANG=$2 WRAPPER=$3 ROOT=$4
. "$(dirname "$0")/lib.sh"
DRV="$ROOT/testsuite/integration/driver"
INC="$ROOT/runtime-model/include"
cd "$DRV" || exit 1
want="mcm_intr.c:$(finding_of_intr "$DRV")"
cc() { "$CLANG" -fplugin="$PLUGIN" -I"$INC" "$@"; }

run cc -c mcm_intr.c -o "$tmp/a.o"
rc_is warning 0 && has warning "$want" && has warning "mcm_intr.c:8:14: note: 'McmIsr' runs at DIRQL as a MINIPORT_ISR callback" &&
    has warning "1 warning generated." && exists warning "$tmp/a.o" && ok "the finding is a clang warning"
grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|note): ' "$out" > "$tmp/plugin.lines"

run "$WRAPPER" "$CLANG" -I"$INC" -c mcm_intr.c -o "$tmp/b.o"
grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|note): ' "$out" > "$tmp/wrapper.lines"
if [ -s "$tmp/plugin.lines" ] && cmp -s "$tmp/plugin.lines" "$tmp/wrapper.lines"; then ok "same findings as ddicheck-cc"
else echo "FAIL plugin and wrapper differ"; diff "$tmp/plugin.lines" "$tmp/wrapper.lines"; failures=$((failures + 1)); fi

run cc -Werror -c mcm_intr.c -o "$tmp/c.o"
rc_is werror nonzero && has werror "mcm_intr.c:$(finding_of_intr "$DRV" | sed 's/ warning: / error: /')" &&
    absent werror "$tmp/c.o" && ok "-Werror fails the compile"
run cc -Werror -Wno-error -c mcm_intr.c -o "$tmp/c.o"
rc_is no_error 0 && has no_error "$want" && ok "-Wno-error undoes -Werror"

run cc -c mcm_main.c -o "$tmp/d.o"
rc_is clean 0 && [ ! -s "$out" ] && exists clean "$tmp/d.o" && ok "the clean file compiles silently" || bad "clean: output"

run cc -w -c mcm_intr.c -o "$tmp/e.o"
rc_is w 0 && [ ! -s "$out" ] && ok "-w silences the finding" || bad "-w: output"
run cc -fplugin-arg-ddicheck-disable=Irql_* -Werror -c mcm_intr.c -o "$tmp/f.o"
rc_is disable 0 && lacks disable "[Irql_" && ok "-fplugin-arg-ddicheck-disable=Irql_* silences the rule"
run cc -fplugin-arg-ddicheck-enable=Irql_MCM_Function -c mcm_intr.c -o "$tmp/f.o"
rc_is enable 0 && has enable "$want" && ok "-fplugin-arg-ddicheck-enable= keeps the rule"
run cc -fsyntax-only --target=x86_64-pc-windows-msvc mcm_intr.c
rc_is msvc 0 && has msvc "$want" && ok "the compile's target is passed on"

run cc -fplugin-arg-ddicheck-bogus -c mcm_intr.c -o "$tmp/g.o"
rc_is bad_arg nonzero && has bad_arg "unknown ddicheck plugin argument 'bogus'" && ok "an unknown argument is an error"
run cc -fplugin-arg-ddicheck-disable=NoSuchRule -c mcm_intr.c -o "$tmp/h.o"
rc_is bad_rule 0 && has bad_rule "warning: ddicheck: mcm_intr.c was not checked: unknown rule 'NoSuchRule' in --disable" &&
    exists bad_rule "$tmp/h.o" && ok "a checker failure is one warning"
finish
