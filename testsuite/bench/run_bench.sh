#!/usr/bin/env bash
# run_bench.sh: time ddicheck against `clang-19 -fsyntax-only` on the same translation units.
#
# Usage: run_bench.sh [BUILD_DIR]
#        run_bench.sh [BUILD_DIR] --corpus DIR [bench_corpus.py options]
#   BUILD_DIR  the build tree holding bin/ddicheck (default: <repo>/build, found from this script).
#   --corpus DIR  time a corpus of drivers instead, DIR holding one folder per driver with a
#              compile_commands.json (the real-driver corpus): one clang process per entry against
#              one `ddicheck -p DRIVER` per driver. The remaining options (--drivers, --jobs,
#              --rule-cost, --callgrind, --json, ...) go to bench_corpus.py; see its --help.
#
# Environment:
#   CLANG        the compiler to compare with (default clang-19)
#   BENCH_REPS   repetitions of each measurement (default 3); the median is reported, or with
#                --corpus the best (lowest) figure
#   BENCH_TUS    translation units in the generated corpus (default 300)
#   BENCH_SEED   corpus seed (default 1)
#   BENCH_DRIVERS  drivers the corpus TUs are spread over (default: TUs / 5)
#   BENCH_SAMPLES  0 leaves the samples/ rows out (default 1)
#   BENCH_STARTUP_N  processes of each tool in the start-up row (default 20)
#   BENCH_DIR    where to put the corpus and logs (default BUILD_DIR/bench-corpus, with --corpus
#                BUILD_DIR/bench-drivers, if BUILD_DIR is writable, else a temporary directory that
#                is removed at exit)
#
# Input sets without --corpus: a generated CoNDIS corpus (gen_corpus.py) and the project's samples/.
# Shapes timed: one command for the whole set (clang with every file on one command line,
# `ddicheck -p DIR`), one per driver / per sample (`ddicheck -p DRIVER_DIR`, `ddicheck FILE... --
# FLAGS`), and one process per file (as a build or the compiler wrapper runs). Times are wall clock;
# peak RSS comes from /usr/bin/time when it is installed.
#
# Exit status: 0 when every measurement ran (however slow), 1 when a tool failed on an input (clang
# rejected a file, or ddicheck exited with 2 or crashed: see the logs named in the output), 2 when
# ddicheck or the compiler is missing. ddicheck exit codes 0 (clean) and 1 (findings) both count as
# success.

set -u

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
BUILD_DIR=$REPO/build
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    BUILD_DIR=$1
    shift
fi
CORPUS_MODE=0
for a in "$@"; do
    case $a in
    --corpus | --corpus=*) CORPUS_MODE=1 ;;
    -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    esac
done
CLANG=${CLANG:-clang-19}
REPS=${BENCH_REPS:-3}
TUS=${BENCH_TUS:-300}
SEED=${BENCH_SEED:-1}
INC=$REPO/runtime-model/include
SAMPLES=$REPO/samples
DDICHECK=$BUILD_DIR/bin/ddicheck

die2() { echo "run_bench: $*" >&2; exit 2; }

[ -x "$DDICHECK" ] || die2 "ddicheck not found at $DDICHECK (build it first, or pass BUILD_DIR)"
command -v "$CLANG" >/dev/null 2>&1 || die2 "$CLANG not found (set CLANG=...)"
[ -f "$INC/ndis.h" ] || die2 "no ndis.h in $INC"
command -v python3 >/dev/null 2>&1 || die2 "python3 not found (needed to generate the corpus)"
case $REPS in '' | *[!0-9]* | 0) die2 "BENCH_REPS must be a positive integer" ;; esac
case ${BENCH_STARTUP_N:-20} in '' | *[!0-9]* | 0) die2 "BENCH_STARTUP_N must be a positive integer" ;; esac

# A corpus of real drivers: bench_corpus.py does the work; options after BUILD_DIR go to it.
if [ "$CORPUS_MODE" -eq 1 ]; then
    WORK=
    for a in "$@"; do
        case $a in --work | --work=*) WORK=given ;; esac # the caller's own --work
    done
    if [ -n "$WORK" ]; then
        WORK=
    elif [ -n "${BENCH_DIR:-}" ]; then
        WORK=$BENCH_DIR
    elif [ -d "$BUILD_DIR" ] && [ -w "$BUILD_DIR" ]; then
        WORK=$BUILD_DIR/bench-drivers
    fi # else bench_corpus.py makes a temporary folder and names it at the end of its output
    exec python3 "$SCRIPT_DIR/bench_corpus.py" --ddicheck "$DDICHECK" --clang "$CLANG" --reps "$REPS" \
        ${WORK:+--work "$WORK"} "$@"
fi
[ $# -eq 0 ] || die2 "unknown arguments: $* (options need --corpus DIR; see --help)"

# Peak RSS needs GNU time's -f %M; busybox or BSD time lack it, and the shell keyword has no RSS.
GNU_TIME=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true >/dev/null 2>&1; then
    GNU_TIME=/usr/bin/time
fi

if [ -n "${BENCH_DIR:-}" ]; then
    WORK=$BENCH_DIR
elif [ -d "$BUILD_DIR" ] && [ -w "$BUILD_DIR" ]; then
    WORK=$BUILD_DIR/bench-corpus
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/ddicheck-bench.XXXXXX") || die2 "cannot create a temporary directory"
    trap '[ "${FAILED:-0}" -eq 0 ] && rm -rf "$WORK"' EXIT # kept when a run failed, for its logs
fi
CORPUS=$WORK/corpus
SCRIPTS=$WORK/scripts
LOGS=$WORK/logs
rm -rf "$CORPUS" "$SCRIPTS" "$LOGS"
mkdir -p "$CORPUS" "$SCRIPTS" "$LOGS" || die2 "cannot create $WORK"

echo "run_bench: generating $TUS TUs (seed $SEED) into $CORPUS" >&2
python3 "$SCRIPT_DIR/gen_corpus.py" "$CORPUS" --tus "$TUS" --seed "$SEED" --drivers "${BENCH_DRIVERS:-0}" --include "$INC" \
    2>"$LOGS/gen_corpus.log" || { cat "$LOGS/gen_corpus.log" >&2; die2 "corpus generation failed"; }

FAILED=0

# --- job scripts -------------------------------------------------------------------------------
# Each measurement is one bash script: one line per tool process. A line fails the script when
# the process fails (clang: non-zero; ddicheck: above 1), after logging which command it was.

q() { printf '%q ' "$@"; }

# script_begin NAME LOG: start $SCRIPTS/NAME.sh, whose commands append their output to LOG.
script_begin() {
    printf '#!/usr/bin/env bash\nexec >>%q 2>&1\n' "$2" >"$SCRIPTS/$1.sh"
}
# add_clang NAME ARGS...: a clang process (must exit 0).
add_clang() {
    local name=$1; shift
    printf '%s|| { echo "FAILED (exit $?) at line $LINENO of $0"; exit 1; }\n' "$(q "$CLANG" "$@")" \
        >>"$SCRIPTS/$name.sh"
}
# add_ddicheck NAME ARGS...: a ddicheck process (0 or 1 is success). Its report goes to the log
# too: ddicheck prints input errors (e.g. a file clang rejects) in the report, on stdout.
add_ddicheck() {
    local name=$1; shift
    printf '%s; rc=$?; [ $rc -le 1 ] || { echo "FAILED (exit $rc) at line $LINENO of $0"; exit 1; }\n' \
        "$(q "$DDICHECK" "$@")" >>"$SCRIPTS/$name.sh"
}

# Corpus: files and per-file flags come from files.txt (the driver directory holds its header).
mapfile -t CORPUS_FILES <"$CORPUS/files.txt"
CORPUS_DIRS=()
for f in "${CORPUS_FILES[@]}"; do CORPUS_DIRS+=("$(dirname "$f")"); done
mapfile -t CORPUS_UDIRS < <(printf '%s\n' "${CORPUS_DIRS[@]}" | sort -u)
CORPUS_IFLAGS=()
for d in "${CORPUS_UDIRS[@]}"; do CORPUS_IFLAGS+=(-I "$d"); done

# Start-up: the fixed cost of one process on a TU that includes nothing, run STARTUP_N times.
STARTUP_N=${BENCH_STARTUP_N:-20}
printf 'int bench_empty_tu;\n' >"$WORK/empty.c"
script_begin startup-clang "$LOGS/startup-clang.log"
script_begin startup-ddicheck "$LOGS/startup-ddicheck.log"
for ((i = 0; i < STARTUP_N; i++)); do
    add_clang startup-clang -fsyntax-only "$WORK/empty.c"
    add_ddicheck startup-ddicheck "$WORK/empty.c"
done

for n in corpus-whole-clang corpus-whole-ddicheck corpus-file-clang corpus-file-ddicheck; do
    script_begin "$n" "$LOGS/$n.log"
done
add_clang corpus-whole-clang -fsyntax-only -I "$INC" "${CORPUS_IFLAGS[@]}" "${CORPUS_FILES[@]}"
add_ddicheck corpus-whole-ddicheck -p "$CORPUS"
# One run per driver: what CI does, one ddicheck -p per driver (each driver directory has its own
# compile_commands.json); clang gets the driver's files on one command line.
script_begin corpus-driver-clang "$LOGS/corpus-driver-clang.log"
script_begin corpus-driver-ddicheck "$LOGS/corpus-driver-ddicheck.log"
for d in "${CORPUS_UDIRS[@]}"; do
    dfiles=()
    for i in "${!CORPUS_FILES[@]}"; do [ "${CORPUS_DIRS[$i]}" = "$d" ] && dfiles+=("${CORPUS_FILES[$i]}"); done
    add_clang corpus-driver-clang -fsyntax-only -I "$INC" -I "$d" "${dfiles[@]}"
    add_ddicheck corpus-driver-ddicheck -p "$d"
done
for i in "${!CORPUS_FILES[@]}"; do
    f=${CORPUS_FILES[$i]} d=${CORPUS_DIRS[$i]}
    add_clang corpus-file-clang -fsyntax-only -I "$INC" -I "$d" "$f"
    add_ddicheck corpus-file-ddicheck -I "$INC" -I "$d" "$f"
done

# Samples: rows of samples/samples.tsv (name, files, flags, verify_prefix, expected_rules), or
# every samples/*/ directory's .c files without flags.
SAMPLE_ROWS=() # "name<TAB>files<TAB>flags", files relative to samples/
if [ "${BENCH_SAMPLES:-1}" = 0 ]; then
    : # left out
elif [ -f "$SAMPLES/samples.tsv" ]; then
    while IFS=$'\t' read -r name files flags _rest; do
        case $name in '' | '#'* | name) continue ;; esac
        [ "$flags" = "-" ] && flags=
        SAMPLE_ROWS+=("$name"$'\t'"$files"$'\t'"$flags")
    done <"$SAMPLES/samples.tsv"
elif [ -d "$SAMPLES" ]; then
    for d in "$SAMPLES"/*/; do
        [ -d "$d" ] || continue
        files=
        for f in "$d"*.c; do [ -f "$f" ] && files="$files ${f#"$SAMPLES"/}"; done
        [ -n "$files" ] && SAMPLE_ROWS+=("$(basename "$d")"$'\t'"${files# }"$'\t')
    done
fi
N_SAMPLE_FILES=0
if [ ${#SAMPLE_ROWS[@]} -gt 0 ]; then
    for n in samples-whole-clang samples-whole-ddicheck samples-file-clang samples-file-ddicheck; do
        script_begin "$n" "$LOGS/$n.log"
    done
    for row in "${SAMPLE_ROWS[@]}"; do
        IFS=$'\t' read -r name files flags <<<"$row"
        read -r -a rel <<<"$files"
        read -r -a fl <<<"$flags" # flags are whitespace-separated words, as in the TSV
        abs=()
        for f in "${rel[@]}"; do abs+=("$SAMPLES/$f"); done
        N_SAMPLE_FILES=$((N_SAMPLE_FILES + ${#abs[@]}))
        # Quoted headers of a sample live next to its sources.
        dflags=()
        for d in $(printf '%s\n' "${abs[@]}" | xargs -n1 dirname | sort -u); do dflags+=(-I "$d"); done
        add_clang samples-whole-clang -fsyntax-only -I "$INC" "${dflags[@]}" "${fl[@]}" "${abs[@]}"
        add_ddicheck samples-whole-ddicheck -I "$INC" "${abs[@]}" -- "${dflags[@]}" "${fl[@]}"
        for f in "${abs[@]}"; do
            add_clang samples-file-clang -fsyntax-only -I "$INC" -I "$(dirname "$f")" "${fl[@]}" "$f"
            add_ddicheck samples-file-ddicheck -I "$INC" "$f" -- -I "$(dirname "$f")" "${fl[@]}"
        done
    done
fi

# --- measuring ---------------------------------------------------------------------------------

now() { date +%s.%N; }

# measure NAME: run $SCRIPTS/NAME.sh REPS times; set MED (median wall seconds), CPU (median user+sys
# seconds of all processes, or empty) and RSS (peak KiB, or empty). On failure set MED=FAILED.
measure() {
    local name=$1 times=() cpus=() rss=0 r t0 t1 m
    for ((r = 0; r < REPS; r++)); do
        t0=$(now)
        if [ -n "$GNU_TIME" ]; then
            "$GNU_TIME" -f '%M %U %S' -o "$LOGS/$name.rss" bash "$SCRIPTS/$name.sh"
        else
            bash "$SCRIPTS/$name.sh"
        fi || { MED=FAILED CPU= RSS=; FAILED=1; return; }
        t1=$(now)
        times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
        if [ -n "$GNU_TIME" ]; then
            read -r m u sy < <(tail -n 1 "$LOGS/$name.rss")
            [ "$m" -gt "$rss" ] 2>/dev/null && rss=$m
            cpus+=("$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%.3f", u + s }')")
        fi
    done
    MED=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    RSS= CPU=
    if [ -n "$GNU_TIME" ]; then
        RSS=$rss
        CPU=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ v[NR] = $1 } END {
            if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    fi
}

fmt_rss() { [ -n "$1" ] && awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }' || printf -- '-'; }

ROWS=()
# bench LABEL FILES PREFIX: measure PREFIX-clang and PREFIX-ddicheck, add a table row.
bench() {
    local label=$1 nfiles=$2 prefix=$3 c cc cr d dc dr ratio
    echo "run_bench: $label: $CLANG ..." >&2
    measure "$prefix-clang"; c=$MED cc=${CPU:--} cr=$RSS
    echo "run_bench: $label: ddicheck ..." >&2
    measure "$prefix-ddicheck"; d=$MED dc=${CPU:--} dr=$RSS
    if [ "$c" = FAILED ] || [ "$d" = FAILED ]; then
        ratio=-
    else
        ratio=$(awk -v c="$c" -v d="$d" 'BEGIN { if (c > 0) printf "%.2f", d / c; else print "-" }')
    fi
    ROWS+=("$(printf '%-34s %6s %10s %10s %7s %10s %10s %9s %9s' "$label" "$nfiles" "$c" "$d" "$ratio" \
        "$cc" "$dc" "$(fmt_rss "$cr")" "$(fmt_rss "$dr")")")
}

bench "start-up: empty TU x $STARTUP_N" "$STARTUP_N" startup
bench "corpus: one run, all drivers (-p)" "${#CORPUS_FILES[@]}" corpus-whole
bench "corpus: one run per driver (${#CORPUS_UDIRS[@]})" "${#CORPUS_FILES[@]}" corpus-driver
bench "corpus: one process per file" "${#CORPUS_FILES[@]}" corpus-file
if [ ${#SAMPLE_ROWS[@]} -gt 0 ]; then
    bench "samples: one run per sample (${#SAMPLE_ROWS[@]})" "$N_SAMPLE_FILES" samples-whole
    bench "samples: one process per file" "$N_SAMPLE_FILES" samples-file
fi

LINES=$(cat "${CORPUS_FILES[@]}" | wc -l)
echo
echo "ddicheck benchmark: $("$DDICHECK" --version 2>/dev/null | head -n 1 || echo ddicheck) vs $("$CLANG" --version | head -n 1)"
echo "corpus: ${#CORPUS_FILES[@]} TUs, $LINES lines (plus headers), seed $SEED; median of $REPS runs, wall clock"
[ -n "$GNU_TIME" ] || echo "(CPU time and peak RSS not measured: GNU /usr/bin/time is not installed)"
[ ${#SAMPLE_ROWS[@]} -gt 0 ] || [ "${BENCH_SAMPLES:-1}" = 0 ] || echo "(no samples found under $SAMPLES)"
echo
printf '%-34s %6s %10s %10s %7s %10s %10s %9s %9s\n' "input set" files "clang s" "ddchk s" ratio \
    "clang cpu" "ddchk cpu" "clang MiB" "ddchk MiB"
for r in "${ROWS[@]}"; do echo "$r"; done
echo
echo "ratio = ddicheck wall seconds / $CLANG -fsyntax-only wall seconds on the same files (lower is"
echo "better); cpu = user+sys seconds of all processes (ddicheck may parse on several threads)."
echo "With several files, the clang driver starts one cc1 process per file, so the clang side of the"
echo "'one run' rows pays process start-up per file while ddicheck pays it once (see the start-up row)."
echo "logs and job scripts: $LOGS, $SCRIPTS"
if [ "$FAILED" -ne 0 ]; then
    echo "run_bench: some runs failed (FAILED above); see the logs" >&2
    exit 1
fi
exit 0
