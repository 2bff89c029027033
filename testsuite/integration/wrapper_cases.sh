#!/bin/sh
# wrapper_cases.sh WRAPPER ROOT — what ddicheck-cc checks and what it leaves alone: -E, -M, -MM and
# link-only invocations are not analyzed; -x c and response files are; the compiler gets the
# original arguments and its exit status is returned; a broken rules directory, a source libclang
# cannot parse, a crash of the checker or a bad DDICHECK_FLAGS option print a warning and never fail
# the build; DDICHECK_CC naming the wrapper itself is refused.
WRAPPER=$1 ROOT=$2
. "$(dirname "$0")/lib.sh"
DRV="$ROOT/testsuite/integration/driver"
INC="$ROOT/runtime-model/include"
want="$DRV/mcm_intr.c:$(finding_of_intr "$DRV")"
W() { "$WRAPPER" "$@"; }
export DDICHECK_CC_VERBOSE=1

# --- invocations that are not analyzed ---
run W gcc -E -I"$INC" "$DRV/mcm_intr.c" -o "$tmp/intr.i"
rc_is preprocess 0 && has preprocess "ddicheck-cc: not checking: preprocessing only" && lacks preprocess "[Irql_" &&
    lacks preprocess "ddicheck-cc: checking" && exists preprocess "$tmp/intr.i" && ok "-E is not analyzed"
for m in -M -MM; do
    run W gcc "$m" -I"$INC" "$DRV/mcm_intr.c"
    rc_is "$m" 0 && has "$m" "ddicheck-cc: not checking: preprocessing only" && lacks "$m" "[Irql_" &&
        has "$m" "mcm_intr.o:" && ok "$m is not analyzed"
done
gcc -fPIC -I"$INC" -c "$DRV/mcm_intr.c" -o "$tmp/a.o" && gcc -fPIC -I"$INC" -c "$DRV/mcm_main.c" -o "$tmp/b.o"
run W gcc -shared -o "$tmp/lib.so" "$tmp/a.o" "$tmp/b.o"
rc_is link 0 && has link "ddicheck-cc: not checking: no C source to compile" && lacks link "[Irql_" &&
    exists link "$tmp/lib.so" && ok "link-only is not analyzed"
run W gcc -x c-header -I"$INC" -c "$DRV/adapter.h" -o "$tmp/adapter.gch"
rc_is c-header 0 && has c-header "not checking: no C source" && ok "-x c-header is not analyzed"

# --- invocations that are ---
run W gcc -I"$INC" -MD -MF "$tmp/dep.d" -c "$DRV/mcm_intr.c" -o "$tmp/c.o"
rc_is compile 0 && has compile "$want" && exists compile "$tmp/c.o" && exists compile "$tmp/dep.d" &&
    ok "-c -MD -MF is analyzed and compiled"
cp "$DRV/mcm_intr.c" "$tmp/intr.inc"
run W gcc -I"$INC" -I"$DRV" -x c -c "$tmp/intr.inc" -o "$tmp/d.o"
rc_is xc 0 && has xc "$tmp/intr.inc:$(finding_of_intr "$DRV" | cut -d' ' -f1)" && ok "-x c is analyzed"
printf '%s\n' "-I'$INC' -c \"$DRV/mcm_intr.c\"" "-o '$tmp/e.o'" > "$tmp/args.rsp"
run W gcc "@$tmp/args.rsp"
rc_is rsp 0 && has rsp "$want" && exists rsp "$tmp/e.o" && ok "response files are read"

sed 's|^\( *\)(VOID)NdisMCmDispatchIncomingCall|\1/* ddicheck-suppress Irql_MCM_Function: test */ (VOID)NdisMCmDispatchIncomingCall|' \
    "$DRV/mcm_intr.c" > "$tmp/suppressed.c"
run W gcc -I"$INC" -I"$DRV" -c "$tmp/suppressed.c" -o "$tmp/s.o"
rc_is suppressed 0 && has suppressed "ddicheck-cc: checking" && lacks suppressed "[Irql_" && exists suppressed "$tmp/s.o" &&
    ok "inline suppressions apply"

# --- the compiler gets the original arguments, its status is returned ---
cat > "$tmp/fakecc" <<'EOS'
#!/bin/sh
printf '%s\n' "$@" > "$FAKECC_LOG"
exit 42
EOS
chmod +x "$tmp/fakecc"
run env FAKECC_LOG="$tmp/args.log" DDICHECK_CC="$tmp/fakecc" "$WRAPPER" -I"$INC" -DX="a b" -c "$DRV/mcm_main.c" -o x.o
printf '%s\n' -I"$INC" -DX="a b" -c "$DRV/mcm_main.c" -o x.o > "$tmp/args.want"
rc_is status 42 && cmp -s "$tmp/args.log" "$tmp/args.want" && ok "original arguments, compiler's exit status" ||
    bad "arguments passed on differ"

# --- checker failures never break the build ---
run env DDICHECK_FLAGS="--rules-dir=$tmp/nosuch" "$WRAPPER" gcc -I"$INC" -c "$DRV/mcm_intr.c" -o "$tmp/f.o"
rc_is no_rules 0 && has no_rules "ddicheck-cc: warning: $DRV/mcm_intr.c was not checked:" && exists no_rules "$tmp/f.o" &&
    ok "a missing rules directory warns"
cp -r "$ROOT/rules" "$tmp/badrules"
printf '{ "id": "Irql_MCM_Function", broken\n' > "$tmp/badrules/defs/Irql_MCM_Function.json"
rm -f "$tmp/f.o"
run env DDICHECK_FLAGS="--rules-dir=$tmp/badrules" DDICHECK_WERROR=1 "$WRAPPER" gcc -I"$INC" -c "$DRV/mcm_intr.c" -o "$tmp/f.o"
rc_is bad_rules 0 && has bad_rules "ddicheck-cc: warning: $DRV/mcm_intr.c was not checked:" &&
    has bad_rules "Irql_MCM_Function.json" && exists bad_rules "$tmp/f.o" && ok "a broken rule file warns"
rm -f "$tmp/f.o"
run env DDICHECK_TEST=crash DDICHECK_WERROR=1 "$WRAPPER" gcc -I"$INC" -c "$DRV/mcm_intr.c" -o "$tmp/f.o"
rc_is crash 0 && has crash "ddicheck-cc: warning: analysis of $DRV/mcm_intr.c failed (signal 11, Segmentation fault); skipped" &&
    exists crash "$tmp/f.o" && ok "a checker crash warns"
run env DDICHECK_FLAGS="--bogus --disable=NoSuchRule" "$WRAPPER" gcc -I"$INC" -c "$DRV/mcm_main.c" -o "$tmp/g.o"
rc_is bad_flags 0 && has bad_flags "ignoring unknown option '--bogus' in DDICHECK_FLAGS" &&
    has bad_flags "unknown rule 'NoSuchRule' in --disable" && exists bad_flags "$tmp/g.o" && ok "bad DDICHECK_FLAGS warn"
# gcc compiles these, libclang does not
printf '#ifdef __clang__\n#include "only_gcc_has_this.h"\n#endif\nint f(void) { return 0; }\n' > "$tmp/fatal.c"
run W gcc -c "$tmp/fatal.c" -o "$tmp/h.o"
rc_is unparsable 0 && has unparsable "ddicheck-cc: warning: $tmp/fatal.c was" &&
    has unparsable "$tmp/fatal.c:2:10: 'only_gcc_has_this.h' file not found" &&
    exists unparsable "$tmp/h.o" && ok "a source libclang cannot parse warns"
printf '#ifdef __clang__\nint g(void) { return no_such_variable; }\n#endif\nint f(void) { return 0; }\n' > "$tmp/partial.c"
run W gcc -c "$tmp/partial.c" -o "$tmp/i.o"
rc_is partial 0 && has partial "ddicheck-cc: warning: $tmp/partial.c was checked in part: $tmp/partial.c:2:" &&
    exists partial "$tmp/i.o" && ok "a source with clang errors warns"

# --- misuse ---
run env DDICHECK_CC="$WRAPPER" "$WRAPPER" -c "$DRV/mcm_main.c" -o "$tmp/j.o"
rc_is self 2 && has self "DDICHECK_CC must name the real compiler" && ok "DDICHECK_CC=ddicheck-cc is refused"
run "$WRAPPER" "$WRAPPER" gcc -I"$INC" -c "$DRV/mcm_intr.c" -o "$tmp/k.o"
rc_is self_launch 0 && has self_launch "$want" && [ "$(grep -c '\[Irql_' "$out")" -eq 1 ] && ok "ddicheck-cc ddicheck-cc gcc checks once" ||
    bad "self_launch: expected one finding"
finish
