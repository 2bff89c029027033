#!/bin/sh
# smoke.sh: runs the benchmark end to end on a tiny input and checks the tables it prints
# (check_output.py). A smoke test of the script, not a measurement: nothing about speed is checked.
#
# Usage: smoke.sh MODE BUILD_DIR WORK_DIR
#   generated  run_bench.sh on a generated corpus of 4 TUs, without samples, one repetition, 3
#              start-up processes
#   drivers    run_bench.sh --corpus on a generated corpus of 2 drivers (with seeded violations, so
#              that the census has findings), --rule-cost kinds, one repetition
#   corpus     run_bench.sh --corpus on one driver of the real-driver corpus in $DDICHECK_CORPUS
#              ($DDICHECK_BENCH_DRIVER, default the one with the fewest compile commands);
#              prints "skipped" and exits 77 when DDICHECK_CORPUS is unset or not a folder
# Exit status: 0 well formed, 1 a failed run or a malformed table, 77 skipped, 2 usage error.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 3 ] || { echo "usage: smoke.sh generated|drivers|corpus BUILD_DIR WORK_DIR" >&2; exit 2; }
MODE=$1 BUILD=$2 WORK=$3
DDICHECK=$BUILD/bin/ddicheck
rm -rf "$WORK"
mkdir -p "$WORK" || exit 2
OUT=$WORK/output.txt

run() { # run LABEL COMMAND...: the benchmark must exit 0
    echo "smoke: $*"
    "$@" >"$OUT" 2>"$WORK/stderr.txt"
    rc=$?
    cat "$OUT"
    if [ $rc -ne 0 ]; then
        echo "smoke: the benchmark exited $rc"
        cat "$WORK/stderr.txt"
        exit 1
    fi
}

case $MODE in
generated)
    run env BENCH_TUS=4 BENCH_DRIVERS=2 BENCH_REPS=1 BENCH_SAMPLES=0 BENCH_STARTUP_N=3 BENCH_DIR="$WORK/bench" \
        "$HERE/run_bench.sh" "$BUILD"
    exec python3 "$HERE/check_output.py" generated "$OUT"
    ;;
drivers)
    python3 "$HERE/gen_corpus.py" "$WORK/corpus" --tus 5 --drivers 2 --seed 3 --violations 0.5 \
        --min-funcs 4 --max-funcs 8 2>"$WORK/gen.log" || { cat "$WORK/gen.log"; exit 1; }
    DRIVERS=$(cd "$WORK/corpus" && for d in */compile_commands.json; do dirname "$d"; done | paste -sd, -)
    run env BENCH_REPS=1 "$HERE/run_bench.sh" "$BUILD" --corpus "$WORK/corpus" --work "$WORK/bench" \
        --json "$WORK/bench.json" --rule-cost kinds
    exec python3 "$HERE/check_output.py" corpus "$OUT" --corpus "$WORK/corpus" --drivers "$DRIVERS" \
        --ddicheck "$DDICHECK" --json "$WORK/bench.json" --rule-cost
    ;;
corpus)
    C=${DDICHECK_CORPUS:-}
    if [ -z "$C" ] || [ ! -d "$C" ]; then
        echo "skipped: DDICHECK_CORPUS is unset or not a folder (the real-driver corpus)"
        exit 77
    fi
    D=${DDICHECK_BENCH_DRIVER:-}
    if [ -z "$D" ]; then # the driver with the fewest compile commands: the quickest
        D=$(python3 -c 'import json, os, sys
c = sys.argv[1]
ds = sorted(d for d in os.listdir(c) if os.path.isfile(os.path.join(c, d, "compile_commands.json")))
print(min(ds, key=lambda d: len(json.load(open(os.path.join(c, d, "compile_commands.json"))))) if ds else "")' "$C")
        [ -n "$D" ] || { echo "smoke: no driver with a compile_commands.json in $C"; exit 1; }
    fi
    run env BENCH_REPS=1 "$HERE/run_bench.sh" "$BUILD" --corpus "$C" --drivers "$D" --work "$WORK/bench" \
        --json "$WORK/bench.json"
    exec python3 "$HERE/check_output.py" corpus "$OUT" --corpus "$C" --drivers "$D" --ddicheck "$DDICHECK" \
        --json "$WORK/bench.json"
    ;;
*)
    echo "smoke: unknown mode $MODE" >&2
    exit 2
    ;;
esac
