#!/bin/sh
# model.sh SRCROOT BUILDROOT — builds the runtime model's runner ndis-model-run with every driver and
# harness module under AddressSanitizer (leak checking included) and UndefinedBehaviorSanitizer into
# BUILDROOT/sanitize-model, then runs every scenario of every sample configuration once seeded and in a
# bounded exploration, and the examples' lifecycle tests. Every run is a forked child of the runner;
# a sanitized child checks for leaks itself before it exits. Fails on any sanitizer report or crash.
set -u
ROOT=$1
B=$2/sanitize-model
cmake -S "$ROOT" -B "$B" -DDDICHECK_SANITIZE=ON -DDDICHECK_PLUGIN=OFF -DCMAKE_BUILD_TYPE=Debug >/dev/null || exit 1
cmake --build "$B" --target ndis-model-run -j2 >/dev/null || exit 1
R="$B/bin/ndis-model-run"
M="$B/lib/ndis-model"
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1
runs=0 bad=0
check() { # label output...
    runs=$((runs + 1))
    if printf '%s\n' "$2" | grep -q "Sanitizer\|runtime error:\|crashed\|the run failed"; then
        bad=$((bad + 1))
        echo "== $1"
        printf '%s\n' "$2" | grep -A12 "Sanitizer\|runtime error:\|crashed\|the run failed" | head -20
    fi
}
samples=$("$R" --modules "$M" --list | awk '{print $1}')
[ -n "$samples" ] || { echo "FAIL: no sample configuration in $M/modules.tsv"; exit 1; }
for s in $samples; do
    check "$s --seed 0" "$("$R" --modules "$M" --quiet --seed 0 "$s" 2>&1)"
    check "$s --explore=10" "$("$R" --modules "$M" --quiet --explore=10 "$s" 2>&1)"
done
# the examples link libndismodel directly (no runner)
tests=test_my_cm
[ -f "$ROOT/examples/my_miniport/CMakeLists.txt" ] && tests="$tests test_my_miniport"
for t in $tests; do
    cmake --build "$B" --target "$t" -j2 >/dev/null || { echo "FAIL: cannot build $t"; exit 1; }
    check "$t" "$(NDIS_MODEL_RULES="$ROOT/rules" "$B/bin/$t" 2>&1)"
done
echo "sanitizers: $runs runs of the runtime model, $bad with reports"
[ "$bad" -eq 0 ]
