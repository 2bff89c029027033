#!/bin/sh
# robust_wrapper.sh WRAPPER ROOT — ddicheck-cc never blocks a build and leaves no analysis behind:
# past DDICHECK_TIMEOUT it warns, kills its analysis and compiles (on the test hook that makes the
# analysis hang, and on a generated constant chain that was slow to analyze); a bad DDICHECK_TIMEOUT
# is warned about; SIGTERM, SIGHUP and SIGINT during the analysis kill the wrapper by that signal,
# and no analysis process survives it (nor SIGKILL); a crash of the analysis on a generated
# 20,000-term expression leaves the compile alone; a compiler that does not exist is "compiler 'NAME'
# not found", exit 127, before any analysis, named as the launcher's first argument or by DDICHECK_CC.
WRAPPER=$1 ROOT=$2
. "$(dirname "$0")/lib.sh"
export DDICHECK_CC_VERBOSE=1

# procs TEXT: how many processes run the wrapper's program with TEXT in their command line (the
# wrapper and its analysis child share the command line; the compiler it becomes does not)
procs() {
    ps -eo args= | awk -v w="$WRAPPER " -v t="$1" 'index($0, w) == 1 && index($0, t) { n++ } END { print n + 0 }'
}
# reap TEXT: kills, by process id, what a failed check left running
reap() {
    for p in $(ps -eo pid=,args= | awk -v w="$WRAPPER " -v t="$1" 'index($0, w) && index($0, t) { print $1 }'); do
        kill -KILL "$p" 2>/dev/null
    done
}
# chain FILE N: a function returning a sum of N constants, one long binary-operator chain
chain() {
    awk -v n="$2" 'BEGIN { printf "int f(void) { return 1"; for (i = 1; i < n; i++) printf " + 1"; print "; }" }' > "$1"
}
printf 'int g(void) { return 0; }\n' > "$tmp/small.c"

# --- the time limit ---
run env DDICHECK_TEST=hang DDICHECK_TIMEOUT=1 timeout 60 "$WRAPPER" gcc -c "$tmp/small.c" -o "$tmp/a.o"
rc_is hang 0 && has hang "ddicheck-cc: warning: analysis of $tmp/small.c exceeded 1 s; skipped" &&
    exists hang "$tmp/a.o" && { [ "$(procs "$tmp/small.c")" -eq 0 ] || { bad "hang: the analysis was left running"; false; }; } &&
    ok "a hanging analysis is killed after DDICHECK_TIMEOUT"
reap "$tmp/small.c"

chain "$tmp/slow.c" 1500
run env DDICHECK_TIMEOUT=2 timeout 60 "$WRAPPER" gcc -c "$tmp/slow.c" -o "$tmp/b.o"
# a correct fast analysis finishes silently; a slow one must be cut off at 2 s
if grep -qF "exceeded" "$out"; then
    has slow "ddicheck-cc: warning: analysis of $tmp/slow.c exceeded 2 s; skipped"
fi && rc_is slow 0 && exists slow "$tmp/b.o" && lacks slow "failed" &&
    { [ "$(procs "$tmp/slow.c")" -eq 0 ] || { bad "slow: the analysis was left running"; false; }; } &&
    ok "a 1,500-term chain is compiled within the time limit"
reap "$tmp/slow.c"

for v in abc -5 1.5 99999999; do
    run env DDICHECK_TIMEOUT="$v" "$WRAPPER" gcc -c "$tmp/small.c" -o "$tmp/c.o"
    rc_is "timeout=$v" 0 &&
        has "timeout=$v" "ddicheck-cc: warning: DDICHECK_TIMEOUT='$v' is not a whole number of seconds (0 for no limit); using 60" &&
        has "timeout=$v" "ddicheck-cc: checking $tmp/small.c" && exists "timeout=$v" "$tmp/c.o" &&
        ok "DDICHECK_TIMEOUT=$v warns and uses 60"
done
run env DDICHECK_TIMEOUT=0 "$WRAPPER" gcc -c "$tmp/small.c" -o "$tmp/d.o"
rc_is no_limit 0 && lacks no_limit "warning" && exists no_limit "$tmp/d.o" && ok "DDICHECK_TIMEOUT=0 is accepted"

# --- signals during the analysis ---
# interrupt NAME SIGNAL STATUS SOURCE HANGS [env ...]: starts the wrapper on SOURCE in the background,
# waits until its analysis child runs, sends SIGNAL to the wrapper alone and checks that the wrapper
# died by it (exit STATUS) without compiling and that no analysis process is left. HANGS=yes: the
# analysis cannot end by itself, so one that ends within 10 s is a failure; otherwise it is reported
# as not exercised (a fast analysis of a once slow input).
interrupt() {
    name=$1 sig=$2 want=$3 src=$4 hangs=$5
    shift 5
    rm -f "$tmp/i.o"
    env "$@" "$WRAPPER" gcc -c "$src" -o "$tmp/i.o" >"$out" 2>&1 &
    pid=$!
    n=0
    while [ "$(procs "$src")" -lt 2 ] && [ $n -lt 100 ]; do
        sleep 0.1
        n=$((n + 1))
    done
    if [ "$(procs "$src")" -lt 2 ]; then
        wait "$pid"
        rc=$?
        if [ "$hangs" = yes ]; then
            bad "$name: no analysis child was seen running (exit $rc)"
        else
            echo "ok   $name: not exercised, the analysis of $src ended within 10 s"
        fi
        return 0
    fi
    kill -"$sig" "$pid"
    wait "$pid"
    rc=$?
    left=$(procs "$src")
    n=0
    while [ "$sig" = KILL ] && [ "$left" -gt 0 ] && [ $n -lt 20 ]; do
        sleep 0.1 # the kernel ends the child of a killed wrapper (PR_SET_PDEATHSIG) right after it
        left=$(procs "$src")
        n=$((n + 1))
    done
    reap "$src"
    rc_is "$name" "$want" && absent "$name" "$tmp/i.o" &&
        { [ "$left" -eq 0 ] || { bad "$name: $left analysis process(es) outlived the wrapper"; false; }; } &&
        ok "$name: the wrapper dies by the signal and no analysis survives it"
}
chain "$tmp/slow_term.c" 1500
interrupt "SIGTERM on a slow analysis" TERM 143 "$tmp/slow_term.c" no DDICHECK_TIMEOUT=0
cp "$tmp/small.c" "$tmp/hang_term.c"
interrupt "SIGTERM" TERM 143 "$tmp/hang_term.c" yes DDICHECK_TEST=hang
cp "$tmp/small.c" "$tmp/hang_hup.c"
interrupt "SIGHUP" HUP 129 "$tmp/hang_hup.c" yes DDICHECK_TEST=hang
cp "$tmp/small.c" "$tmp/hang_int.c"
# a shell starts background commands with SIGINT ignored; --default-signal gives it back
interrupt "SIGINT" INT 130 "$tmp/hang_int.c" yes --default-signal=INT DDICHECK_TEST=hang
cp "$tmp/small.c" "$tmp/hang_kill.c"
interrupt "SIGKILL" KILL 137 "$tmp/hang_kill.c" yes DDICHECK_TEST=hang

# --- a crash on a real input ---
awk 'BEGIN { printf "int f(int x) { return x"; for (i = 1; i < 20000; i++) printf " + %d", i; print "; }" }' > "$tmp/deep.c"
run env DDICHECK_TIMEOUT=30 "$WRAPPER" gcc -c "$tmp/deep.c" -o "$tmp/e.o"
rc_is deep 0 && exists deep "$tmp/e.o" && ok "a 20,000-term expression is compiled whatever its analysis meets"

# --- a compiler that is not there ---
run "$WRAPPER" gcc-typo -c "$tmp/small.c" -o "$tmp/f.o"
rc_is typo 127 && has typo "ddicheck-cc: error: compiler 'gcc-typo' not found" && lacks typo "ddicheck-cc: checking" &&
    lacks typo "linker" && absent typo "$tmp/f.o" && ok "ddicheck-cc gcc-typo: compiler not found, exit 127"
run "$WRAPPER" "$tmp/no/such/gcc" -c "$tmp/small.c" -o "$tmp/f.o"
rc_is typo_path 127 && has typo_path "ddicheck-cc: error: compiler '$tmp/no/such/gcc' not found" &&
    ok "a compiler path that does not exist: not found, exit 127"
run env DDICHECK_CC=nosuchcc "$WRAPPER" -c "$tmp/small.c" -o "$tmp/f.o"
rc_is cc_typo 127 && has cc_typo "ddicheck-cc: error: compiler 'nosuchcc' not found (named by DDICHECK_CC)" &&
    lacks cc_typo "ddicheck-cc: checking" && absent cc_typo "$tmp/f.o" && ok "DDICHECK_CC=nosuchcc: not found, exit 127"
run env DDICHECK_CC="nosuchcc gcc" "$WRAPPER" -c "$tmp/small.c" -o "$tmp/f.o"
rc_is cc_words 127 && has cc_words "ddicheck-cc: error: compiler 'nosuchcc' not found" && ok "DDICHECK_CC's first word is checked"
# an existing file without an extension stays the compiler's input
cat > "$tmp/fakecc" <<'EOS'
#!/bin/sh
printf '%s\n' "$@" > "$FAKECC_LOG"
EOS
chmod +x "$tmp/fakecc"
printf 'x' > "$tmp/inputfile"
run env FAKECC_LOG="$tmp/args.log" DDICHECK_CC="$tmp/fakecc" "$WRAPPER" "$tmp/inputfile" -c "$tmp/small.c"
rc_is input_first 0 && [ "$(head -n 1 "$tmp/args.log")" = "$tmp/inputfile" ] && ok "an existing first argument is an input" ||
    bad "input_first: the compiler got $(head -n 1 "$tmp/args.log" 2>/dev/null)"
finish
