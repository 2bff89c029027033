#!/bin/sh
# run.sh SRCROOT BUILDROOT — builds ddicheck with AddressSanitizer (leak checking included) and
# UndefinedBehaviorSanitizer into BUILDROOT/sanitize, then runs it on every rule test, doc example,
# sample configuration and bad input. Fails on any sanitizer report.
set -u
ROOT=$1
B=$2/sanitize
cmake -S "$ROOT" -B "$B" -DDDICHECK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null || exit 1
cmake --build "$B" --target ddicheck -j"$(nproc)" >/dev/null || exit 1
D=$B/bin/ddicheck
export UBSAN_OPTIONS=print_stacktrace=1
runs=0 bad=0
check() { # output...
    runs=$((runs + 1))
    if printf '%s\n' "$1" | grep -q "Sanitizer\|runtime error:"; then
        bad=$((bad + 1)); printf '%s\n' "$1" | grep -A12 "Sanitizer\|runtime error:" | head -20
    fi
}
for f in "$ROOT"/testsuite/rules/*.c "$ROOT"/testsuite/docs/*.c; do
    fl=$(sed -n '1s|^// ddicheck-flags:||p' "$f")
    # shellcheck disable=SC2086
    check "$("$D" --verify $fl "$f" 2>&1)"
done
check "$("$D" --verify "$ROOT"/testsuite/rules/xtu/*.c 2>&1)"
# inputs the fuzzers once crashed on (testsuite/fuzz/regressions): any exit status, no report
for f in "$ROOT"/testsuite/fuzz/regressions/*; do
    [ -f "$f" ] && check "$("$D" "$f" 2>&1)"
done
cd "$ROOT/samples" || exit 1
while IFS='	' read -r name files flags prefix expected; do
    case "$name" in ''|'#'*) continue ;; esac
    [ "$flags" = "-" ] && flags=""
    # shellcheck disable=SC2086
    check "$("$D" --verify="$prefix" $flags $files 2>&1)"
    # shellcheck disable=SC2086
    check "$("$D" --format=sarif $flags $files 2>&1)"
done < samples.tsv
check "$(sh "$ROOT/testsuite/cli/bad_input.sh" "$D" "$ROOT/testsuite/cli" 2>&1)"
echo "sanitizers: $runs runs, $bad with reports"
[ "$bad" -eq 0 ]
