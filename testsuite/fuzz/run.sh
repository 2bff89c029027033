#!/bin/sh
# run.sh SRCROOT BUILDROOT [RUNS] — configures BUILDROOT/fuzz as a build of ddicheck with
# DDICHECK_FUZZ=ON and clang-19 (libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer), builds
# the two libFuzzer targets there (the source list is CMake's, testsuite/fuzz/CMakeLists.txt) and
# runs them from a seed corpus of the project's own driver sources, generated drivers
# (gen_driver.py) and the inputs that once crashed (regressions/): the frontend target RUNS
# inputs (default 1500), the --verify parser 30 times as many, with a fixed seed so that a run is
# repeatable. A crash, a hang or a sanitizer report fails. The harnesses keep their input in memory files: nothing is left in /tmp. For
# longer campaigns run BUILDROOT/fuzz/bin/fuzz_frontend by hand (README.md).
set -eu
ROOT=$1
B=$2/fuzz
RUNS=${3:-1500}
CC=${FUZZ_CC:-clang-19}
cmake -S "$ROOT" -B "$B" -DDDICHECK_FUZZ=ON -DCMAKE_C_COMPILER="$CC" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$B" --target fuzz_frontend fuzz_verify -j"$(nproc)" >/dev/null
W=$B/work
rm -rf "$W"
mkdir -p "$W/corpus-frontend" "$W/corpus-verify"
cp "$ROOT"/testsuite/rules/*.c "$ROOT"/samples/*/*.c "$ROOT"/testsuite/fuzz/regressions/* "$W/corpus-frontend/" 2>/dev/null || true
cp "$ROOT"/testsuite/rules/*.c "$W/corpus-verify/" 2>/dev/null || true
# and drivers of the shapes that reach size-driven defects (gen_driver.py), small ones
python3 "$ROOT/testsuite/fuzz/gen_driver.py" corpus "$W/corpus-frontend" --seed 1 --count 20 --max-size 100
export DDICHECK_FUZZ_ROOT="$ROOT"
# libclang's own allocations outlive a run by design (its caches): leak checking covers ours
echo "fuzzing the frontend and analyses: $RUNS inputs"
"$B/bin/fuzz_frontend" -artifact_prefix="$W/" -seed=1 -runs="$RUNS" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
    -detect_leaks=0 "$W/corpus-frontend" 2>"$W/frontend.log" || { tail -40 "$W/frontend.log"; exit 1; }
grep -E "^Done [0-9]+ runs" "$W/frontend.log"
echo "fuzzing the --verify directive parser: $((RUNS * 30)) inputs"
"$B/bin/fuzz_verify" -artifact_prefix="$W/" -seed=1 -runs=$((RUNS * 30)) -max_len=4096 "$W/corpus-verify" 2>"$W/verify.log" ||
    { tail -40 "$W/verify.log"; exit 1; }
grep -E "^Done [0-9]+ runs" "$W/verify.log"
