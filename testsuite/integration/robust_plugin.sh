#!/bin/sh
# robust_plugin.sh PLUGIN CLANG ROOT — whatever the analysis meets, clang-19 with the ddicheck plugin
# compiles what clang alone compiles: a crash of the analysis (the DDICHECK_TEST=crash hook, and a
# generated 20,000-term expression and 30,000-function call chain) and a hanging analysis past
# DDICHECK_TIMEOUT are one warning each, never an error (not even under -Werror), and the object file
# is written; SIGTERM during the analysis kills clang by that signal and leaves no analysis process.
PLUGIN=$1 CLANG=$2 ROOT=$3
. "$(dirname "$0")/lib.sh"
DRV="$ROOT/testsuite/integration/driver"
INC="$ROOT/runtime-model/include"
cd "$DRV" || exit 1
cc() { "$CLANG" -fplugin="$PLUGIN" -I"$INC" "$@"; }
want="mcm_intr.c:$(finding_of_intr "$DRV")"

# --- the test hooks ---
run env DDICHECK_TEST=crash "$CLANG" -fplugin="$PLUGIN" -I"$INC" -c mcm_intr.c -o "$tmp/a.o"
rc_is crash 0 && has crash "warning: ddicheck: analysis of mcm_intr.c failed (signal 11, Segmentation fault); no findings" &&
    lacks crash "[Irql_" && exists crash "$tmp/a.o" && ok "a crashing analysis is one warning"
run env DDICHECK_TEST=crash "$CLANG" -fplugin="$PLUGIN" -I"$INC" -Werror -c mcm_intr.c -o "$tmp/b.o"
rc_is crash_werror 0 && has crash_werror "warning: ddicheck: analysis of mcm_intr.c failed (signal 11" &&
    exists crash_werror "$tmp/b.o" && ok "... and not an error under -Werror"
run env DDICHECK_TEST=hang DDICHECK_TIMEOUT=1 timeout 60 "$CLANG" -fplugin="$PLUGIN" -I"$INC" -Werror -c mcm_intr.c -o "$tmp/c.o"
rc_is hang 0 && has hang "warning: ddicheck: analysis of mcm_intr.c exceeded 1 s; no findings" && exists hang "$tmp/c.o" &&
    ok "a hanging analysis is stopped after DDICHECK_TIMEOUT"
run env DDICHECK_TIMEOUT=soon "$CLANG" -fplugin="$PLUGIN" -I"$INC" -c mcm_intr.c -o "$tmp/d.o"
rc_is bad_timeout 0 &&
    has bad_timeout "warning: ddicheck: DDICHECK_TIMEOUT='soon' is not a whole number of seconds (0 for no limit); using 60" &&
    has bad_timeout "$want" && exists bad_timeout "$tmp/d.o" && ok "a bad DDICHECK_TIMEOUT warns and the check runs"
# findings still arrive from the analysis child, with their notes, and -Werror still applies to them
run cc -Werror -c mcm_intr.c -o "$tmp/e.o"
rc_is werror nonzero && has werror "$(echo "$want" | sed 's/ warning: / error: /')" &&
    has werror "note: 'McmIsr' runs at DIRQL as a MINIPORT_ISR callback" && absent werror "$tmp/e.o" &&
    ok "findings pass from the analysis child to clang"

# --- real inputs deep enough to overflow a recursive analysis ---
awk 'BEGIN { printf "int f(int x) { return x"; for (i = 1; i < 20000; i++) printf " + %d", i; print "; }" }' > "$tmp/deep.c"
awk 'BEGIN { print "void f0(void) { }"; for (i = 1; i < 30000; i++) printf "void f%d(void) { f%d(); }\n", i, i - 1 }' \
    > "$tmp/calls.c"
for src in deep calls; do
    run "$CLANG" -c "$tmp/$src.c" -o "$tmp/$src-alone.o"
    [ "$rc" -eq 0 ] || { bad "$src: clang alone does not compile it"; continue; }
    run env DDICHECK_TIMEOUT=30 "$CLANG" -fplugin="$PLUGIN" -Werror -c "$tmp/$src.c" -o "$tmp/$src.o"
    rc_is "$src" 0 && exists "$src" "$tmp/$src.o" && lacks "$src" "Stack dump" && lacks "$src" "PLEASE submit" &&
        ok "$src.c: clang's own result stands ($(grep -c 'ddicheck: analysis of' "$out") analysis warning)"
done

# --- a signal during the analysis ---
cp mcm_main.c "$tmp/term_marker.c"
count() {
    ps -eo args= | awk -v w="$CLANG " -v t="$tmp/term_marker.c" 'index($0, w) == 1 && index($0, t) { n++ } END { print n + 0 }'
}
DDICHECK_TEST=hang DDICHECK_TIMEOUT=0 "$CLANG" -fplugin="$PLUGIN" -I"$INC" -I"$DRV" -c "$tmp/term_marker.c" -o "$tmp/t.o" \
    >"$out" 2>&1 &
pid=$!
n=0
while [ "$(count)" -lt 2 ] && [ $n -lt 100 ]; do
    sleep 0.1
    n=$((n + 1))
done
seen=$(count)
kill -TERM "$pid"
wait "$pid"
rc=$?
left=$(count)
for p in $(ps -eo pid=,args= | awk -v t="$tmp/term_marker.c" 'index($0, t) { print $1 }'); do kill -KILL "$p" 2>/dev/null; done
{ [ "$seen" -ge 2 ] || { bad "sigterm: no analysis child was seen running"; false; }; } &&
    rc_is sigterm 143 && absent sigterm "$tmp/t.o" &&
    { [ "$left" -eq 0 ] || { bad "sigterm: $left analysis process(es) outlived clang"; false; }; } &&
    ok "SIGTERM kills clang and its analysis"
finish
