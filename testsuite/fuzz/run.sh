#!/bin/sh
# run.sh SRCROOT BUILDROOT [RUNS] — builds the libFuzzer targets with clang-19
# (-fsanitize=fuzzer,address,undefined) into BUILDROOT/fuzz and runs them from a seed corpus of the
# project's own driver sources and the inputs that once crashed (regressions/): the frontend target
# RUNS inputs (default 1500), the --verify parser 30 times as many, with a fixed seed so that a run
# is repeatable. A crash, a hang or a sanitizer report fails. For longer campaigns run the binaries
# in BUILDROOT/fuzz by hand (e.g. -max_total_time=3600).
set -eu
ROOT=$1
OUT=$2/fuzz
RUNS=${3:-1500}
CC=${FUZZ_CC:-clang-19}
mkdir -p "$OUT/corpus-frontend" "$OUT/corpus-verify"
FLAGS="-g -O1 -std=c11 -D_GNU_SOURCE -DDDICHECK_VERSION=\"fuzz\" -DDDICHECK_SOURCE_DIR=\"$ROOT\" -I$ROOT/checker -I/usr/lib/llvm-19/include -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
CORE="util fileio jsontext ir frontend ruledb model finding irql typestate report baseline suppress verify"
SRCS=""
for m in $CORE; do SRCS="$SRCS $ROOT/checker/$m.c"; done
LIBS="-L/usr/lib/llvm-19/lib -Wl,-rpath,/usr/lib/llvm-19/lib -lclang $(pkg-config --libs json-c) -lpthread"
# shellcheck disable=SC2086
$CC $FLAGS $SRCS "$ROOT/testsuite/fuzz/fuzz_frontend.c" $LIBS -o "$OUT/fuzz_frontend"
# shellcheck disable=SC2086
$CC $FLAGS "$ROOT/checker/util.c" "$ROOT/checker/verify.c" "$ROOT/testsuite/fuzz/fuzz_verify.c" -o "$OUT/fuzz_verify"
cp "$ROOT"/testsuite/rules/*.c "$ROOT"/samples/*/*.c "$ROOT"/testsuite/fuzz/regressions/* "$OUT/corpus-frontend/" 2>/dev/null || true
cp "$ROOT"/testsuite/rules/*.c "$OUT/corpus-verify/" 2>/dev/null || true
export DDICHECK_FUZZ_ROOT="$ROOT"
# libclang's own allocations outlive a run by design (its caches): leak checking covers ours
echo "fuzzing the frontend and analyses: $RUNS inputs"
"$OUT/fuzz_frontend" -artifact_prefix="$OUT/" -seed=1 -runs="$RUNS" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
    -detect_leaks=0 "$OUT/corpus-frontend" 2>"$OUT/frontend.log" || { tail -40 "$OUT/frontend.log"; exit 1; }
grep -E "^Done [0-9]+ runs" "$OUT/frontend.log"
echo "fuzzing the --verify directive parser: $((RUNS * 30)) inputs"
"$OUT/fuzz_verify" -artifact_prefix="$OUT/" -seed=1 -runs=$((RUNS * 30)) -max_len=4096 "$OUT/corpus-verify" 2>"$OUT/verify.log" ||
    { tail -40 "$OUT/verify.log"; exit 1; }
grep -E "^Done [0-9]+ runs" "$OUT/verify.log"
