#!/bin/sh
# run.sh GROUP ROOT DDICHECK [WRAPPER CLANG PLUGIN] — regression tests for inputs whose size once
# crashed or hung ddicheck: the frontend built expressions and statements by recursion (a 20,000-term
# sum overflowed the stack), the IRQL summaries recursed once per call level (a chain of 3,000
# functions overflowed it), constant evaluation cost O(N^3) in an operator chain, and typestate's
# relevant-function marking O(N^2) in a call chain. Each input is written at run time by
# testsuite/fuzz/gen_driver.py, which also says where the findings must be: a call of a
# PASSIVE_LEVEL DDI made with a spin lock held, placed at the bottom of the deep shape.
#   GROUP expressions, statements, calls: ddicheck on each shape;
#   GROUP build: the 20,000-term sum and the 30,000-function chain compiled through ddicheck-cc and
#   through clang with the plugin (PLUGIN empty: that part is skipped).
# Every run has 60 s (an expired limit fails); the time each took is printed, never asserted.
set -u
GROUP=$1 ROOT=$2 D=$3
WRAPPER=${4:-} CLANG=${5:-} PLUGIN=${6:-}
GEN="$ROOT/testsuite/fuzz/gen_driver.py"
INC="$ROOT/runtime-model/include"
RULE='[Irql_Protocol_Driver_Function]'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
    echo "FAIL $1"
    [ -f "$tmp/out" ] && tail -5 "$tmp/out" | cut -c1-300 | sed 's/^/     | /'
    failures=$((failures + 1))
}

# gen NAME KIND SIZE: writes the case into $tmp/NAME; sets $files and $expect (FILE:LINE:COL lines)
gen() {
    python3 "$GEN" case "$2" "$3" "$tmp/$1" > "$tmp/$1.expect" || { fail "$1: generator"; return 1; }
    files=$(head -1 "$tmp/$1.expect")
    expect=$(sed 1d "$tmp/$1.expect")
}

# timed CMD...: runs CMD with a 60 s limit, output in $tmp/out; sets $rc and $secs
timed() {
    t0=$(date +%s%N)
    timeout 60 "$@" > "$tmp/out" 2>&1
    rc=$?
    secs=$(( ($(date +%s%N) - t0) / 1000000 ))
    secs="$((secs / 1000)).$(printf '%03d' $((secs % 1000)))"
}

# findings_are NAME: the output has a warning of the rule at each expected place and no other
findings_are() {
    n=0
    for at in $expect; do
        n=$((n + 1))
        grep -qF -- "$at: warning: 'NdisClOpenAddressFamilyEx'" "$tmp/out" || { fail "$1: no finding at $at"; return 1; }
    done
    got=$(grep -cF -- "$RULE" "$tmp/out")
    [ "$got" -eq "$n" ] || { fail "$1: $got findings of the rule, expected $n"; return 1; }
}

# cli NAME KIND SIZE: ddicheck on the case finishes with exit 1 and exactly the expected findings
cli() {
    gen "$1" "$2" "$3" || return
    # shellcheck disable=SC2086
    timed "$D" $files
    if [ "$rc" -eq 124 ]; then fail "$1 ($2 of $3): no result within 60 s"; return; fi
    [ "$rc" -eq 1 ] || { fail "$1 ($2 of $3): exit $rc, expected 1"; return; }
    findings_are "$1" && echo "ok   $1: $2 of $3 in ${secs} s"
}

case $GROUP in
expressions)
    cli sum sum 20000             # a + a + ... + a
    cli constsum constsum 20000   # 1 + 1 + ... + 1 == 20000: constant, pruned exactly
    cli unary unary 20000         # - - - ... x and (int)(int)...1; clang-19 itself crashes on these
    cli lnot lnot 20000           # !!!...x as a branch condition
    cli andchain andchain 20000   # if (a && a && ...): one block per operand
    cli assign assign 20000       # a = b = a = ...
    cli ternary ternary 20000     # c ? x : c ? x : ...
    cli member member 10000       # p->next->next->...
    cli parens parens 200         # as deep as clang allows (256)
    # deeper parentheses are clang's error, reported as such
    gen parens_over parens 20000 && timed "$D" $files
    if [ "$rc" -eq 2 ] && grep -q "bracket nesting level exceeded maximum of 256" "$tmp/out"; then
        echo "ok   parens_over: 20000 nested parentheses are clang's error, exit 2, in ${secs} s"
    else fail "parens_over: exit $rc, expected 2 with clang's bracket-depth error"; fi
    ;;
statements)
    cli nestif nestif 10000       # if (a) if (a) ... call; (clang-19 itself crashes at this depth)
    cli elseif elseif 5000        # if ... else if ... else if ...
    cli loops loops 5000          # while (a) for (...) while (a) ...
    cli caselabels caselabels 20000 # case 0: case 1: ... call;
    cli switch switch 10000       # 10,000 cases
    ;;
calls)
    cli chain chain 30000         # Locked -> F1 -> F2 -> ... -> F30000 -> the DDI
    ;;
build)
    for c in "sum sum 20000" "chain chain 30000"; do
        # shellcheck disable=SC2086
        set -- $c
        name=$1
        gen "$name" "$2" "$3" || continue
        src=$(echo "$files" | cut -d' ' -f1)
        timed "$WRAPPER" "$CLANG" -I"$INC" -c "$src" -o "$tmp/$name.o"
        if [ "$rc" -eq 0 ] && [ -s "$tmp/$name.o" ] && findings_are "wrapper $name"; then
            echo "ok   ddicheck-cc $CLANG: $2 of $3 in ${secs} s"
        else fail "wrapper $name: exit $rc"; fi
        rm -f "$tmp/$name.o"
        if [ -z "$PLUGIN" ]; then echo "skipped: the plugin is not built"; continue; fi
        timed "$CLANG" -fplugin="$PLUGIN" -I"$INC" -c "$src" -o "$tmp/$name.o"
        if [ "$rc" -eq 0 ] && [ -s "$tmp/$name.o" ] && findings_are "plugin $name"; then
            echo "ok   $CLANG -fplugin: $2 of $3 in ${secs} s"
        else fail "plugin $name: exit $rc"; fi
    done
    ;;
*) echo "run.sh: unknown group $GROUP"; exit 2 ;;
esac
[ "$failures" -eq 0 ]
