#!/bin/sh
# run.sh DDICHECK ROOT CASE — one robustness case: ddicheck never loses a file, never blocks on or
# exhausts memory with an input, never loses a write error, cleans up after signals, says what is
# wrong in plain words, and reports in time linear in the report. Every input is generated here.
# Exit status: 0 pass, 1 fail, 77 skipped (the case needs something this machine lacks).
set -u
DDICHECK=$1
ROOT=$2
CASE=$3
tmp=$(mktemp -d)
trap 'chmod -R u+rwX "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0

say() { printf '%s\n' "$*"; }
bad() { say "FAIL $CASE: $*"; fail=1; }

# run ARGS...: runs ddicheck with a time guard; sets $rc, $out (stdout) and $err (stderr)
run() {
    timeout 60 "$DDICHECK" "$@" >"$tmp/.out" 2>"$tmp/.err"
    rc=$?
    out=$(cat "$tmp/.out")
    err=$(cat "$tmp/.err")
    if [ "$rc" -eq 124 ]; then bad "ddicheck $* did not finish within 60 s"; fi
}
want_rc() { [ "$rc" -eq "$1" ] || bad "exit status $rc, expected $1 (stderr: $err)"; }
want_err() { printf '%s\n' "$err" | grep -qF -- "$1" || bad "stderr lacks '$1': $err"; }
want_msg() { printf '%s\n%s\n' "$out" "$err" | grep -qF -- "$1" || bad "the output lacks '$1': $out $err"; }
want_no_err() { ! printf '%s\n' "$err" | grep -qF -- "$1" || bad "stderr has '$1': $err"; }
no_temp_files() {
    left=$(find "$tmp" -name '*.tmp.*')
    [ -z "$left" ] || bad "temporary files left behind: $left"
}

# a driver source with one finding (Irql_MCM_Function), as drv.c
cp "$ROOT/testsuite/unit/json_input.c" drv.c
cp drv.c drv.orig

case "$CASE" in

# ---- 1. the report or baseline never replaces an input ----
out_onto_source)
    for opt in "-o drv.c" "-o ./drv.c" "--write-baseline=drv.c" "--format=json -o $tmp/drv.c"; do
        # shellcheck disable=SC2086
        run $opt drv.c
        want_rc 2
        want_err "names the input file drv.c"
        cmp -s drv.c drv.orig || { bad "$opt replaced the source"; cp drv.orig drv.c; }
    done
    ln drv.c hard.c
    ln -s drv.c soft.c
    for name in hard.c soft.c; do
        run -o "$name" drv.c
        want_rc 2
        cmp -s drv.c drv.orig || { bad "-o $name (another name of the source) replaced it"; cp drv.orig drv.c; }
    done
    [ -L soft.c ] || bad "the symlink soft.c was replaced"
    no_temp_files
    ;;
out_onto_config)
    printf '{ "fail_on": "warning" }\n' > cfg.json
    cp cfg.json cfg.orig
    run --config=cfg.json -o cfg.json drv.c
    want_rc 2
    want_err "names the input file cfg.json"
    cmp -s cfg.json cfg.orig || bad "-o replaced the --config file"
    # the configuration found next to the source counts too
    mkdir proj && cp drv.c proj/ && cp cfg.json proj/.ddicheck.json
    run --write-baseline=proj/.ddicheck.json proj/drv.c
    want_rc 2
    cmp -s proj/.ddicheck.json cfg.orig || bad "--write-baseline replaced .ddicheck.json"
    ;;
out_onto_baseline)
    run --write-baseline=base.json drv.c
    want_rc 1
    cp base.json base.orig
    run --baseline=base.json -o base.json drv.c
    want_rc 2
    want_err "names the input file base.json"
    cmp -s base.json base.orig || bad "-o replaced the baseline"
    # refreshing a baseline in place stays possible: the old one is read before anything is written
    run --baseline=base.json --write-baseline=base.json drv.c
    want_rc 0
    python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))["findings"]) == 1' base.json ||
        bad "the refreshed baseline is not the current findings"
    run -o same.json --write-baseline=same.json drv.c
    want_rc 2
    want_err "name the same file"
    [ ! -e same.json ] || bad "something was written although the outputs collide"
    ;;
out_onto_compdb)
    mkdir build
    printf '[{"directory": "%s", "file": "drv.c", "arguments": ["cc", "-c", "drv.c"]}]\n' "$tmp" \
        > build/compile_commands.json
    cp build/compile_commands.json db.orig
    run -p build -o build/compile_commands.json
    want_rc 2
    want_err "names the input file"
    cmp -s build/compile_commands.json db.orig || bad "-o replaced the compile database"
    ;;

# ---- 1. a device, FIFO or symlink is written through, never replaced ----
out_device)
    if ! mknod null c 1 3 2>/dev/null; then
        say "skipped: cannot create a device node (not root)"
        exit 77
    fi
    run -o null drv.c
    want_rc 1
    [ -c null ] || bad "-o onto a character device replaced the device node"
    no_temp_files
    ;;
out_fifo)
    mkfifo pipe
    timeout 60 cat pipe > got &
    reader=$!
    run -o pipe drv.c
    want_rc 1
    [ -p pipe ] || { bad "-o onto a FIFO replaced the FIFO"; kill "$reader" 2>/dev/null; }
    wait "$reader"
    grep -q "Irql_MCM_Function" got || bad "the report did not come through the FIFO"
    no_temp_files
    ;;
out_dash)
    run -o - --format=json drv.c
    want_rc 1
    [ ! -e ./- ] || bad "-o - created a file named '-'"
    printf '%s\n' "$out" | python3 -c 'import json,sys; json.load(sys.stdin)' || bad "-o - did not write the report to stdout"
    ;;
out_symlink)
    printf 'old\n' > real.txt
    ln -s real.txt link.txt
    run -o link.txt drv.c
    want_rc 1
    [ -L link.txt ] || bad "-o onto a symlink replaced the link"
    grep -q "Irql_MCM_Function" real.txt || bad "the file the link points to did not get the report"
    # a dangling link: the file it names is created
    ln -s made.txt dangling.txt
    run -o dangling.txt drv.c
    [ -L dangling.txt ] || bad "-o onto a dangling symlink replaced the link"
    grep -q "Irql_MCM_Function" made.txt || bad "the file a dangling link names was not created"
    # a link to this process's standard output (as /dev/stdout is)
    ln -s /proc/self/fd/1 stdout-link
    "$DDICHECK" -o stdout-link drv.c > captured 2>/dev/null
    [ -L stdout-link ] || bad "-o onto a link to /proc/self/fd/1 replaced the link"
    grep -q "Irql_MCM_Function" captured || bad "the report did not reach standard output"
    no_temp_files
    ;;

# ---- 2. write errors are exit 2 with a message ----
write_error_stdout)
    for fmt in text json sarif; do
        "$DDICHECK" --format=$fmt drv.c > /dev/full 2> err.txt
        rc=$?
        [ "$rc" -eq 2 ] || bad "--format=$fmt > /dev/full: exit $rc, expected 2"
        grep -q "standard output" err.txt || bad "--format=$fmt > /dev/full: no message naming standard output"
    done
    "$DDICHECK" --list-rules > /dev/full 2> err.txt
    rc=$?
    [ "$rc" -eq 2 ] || bad "--list-rules > /dev/full: exit $rc, expected 2"
    ;;
write_error_file)
    if ! mknod full c 1 7 2>/dev/null; then
        say "skipped: cannot create a device node (not root)"
        exit 77
    fi
    for fmt in text json sarif; do
        run --format=$fmt -o full drv.c
        want_rc 2
        want_err "cannot write the report to full"
    done
    [ -c full ] || bad "the device node was replaced"
    ;;

# ---- 3. signals remove the temporary file ----
signal_term | signal_int)
    command -v strace >/dev/null 2>&1 || { say "skipped: no strace"; exit 77; }
    strace -o /dev/null true 2>/dev/null || { say "skipped: ptrace is not permitted"; exit 77; }
    sig=TERM
    [ "$CASE" = signal_int ] && sig=INT
    printf 'previous report\n' > out.json
    # the signal arrives just before the temporary file would be renamed into place
    strace -f -qq -o /dev/null -e trace=rename,renameat,renameat2 \
        -e inject=rename,renameat,renameat2:error=EINTR:signal=SIG$sig \
        "$DDICHECK" --format=json -o out.json drv.c > /dev/null 2>&1
    rc=$?
    [ "$rc" -gt 128 ] || bad "ddicheck was not ended by SIG$sig (exit $rc)"
    no_temp_files
    [ "$(cat out.json)" = "previous report" ] || bad "the previous report was changed"
    ;;
signal_xfsz)
    printf 'previous report\n' > out.sarif
    # a file size limit: writing past it raises SIGXFSZ in the middle of the report
    (ulimit -c 0; ulimit -f 4; exec "$DDICHECK" --format=sarif -o out.sarif drv.c) > /dev/null 2>&1
    rc=$?
    [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ] || bad "ddicheck did not stop at the file size limit (exit $rc)"
    no_temp_files
    [ "$(cat out.sarif)" = "previous report" ] || bad "the previous report was changed"
    ;;

# ---- 4. inputs must be regular files, and not too large ----
fifo_inputs)
    mkfifo fifo
    run fifo
    want_rc 2
    want_msg "fifo: error: is a FIFO (named pipe), not a regular file"
    run --verify fifo drv.c
    want_rc 2
    want_msg "fifo: error: is a FIFO (named pipe), not a regular file"
    run --baseline=fifo drv.c
    want_rc 2
    want_err "fifo: error: cannot read the baseline: it is a FIFO (named pipe), not a regular file"
    run --config=fifo drv.c
    want_rc 2
    want_err "fifo: error: cannot read the configuration: it is a FIFO (named pipe), not a regular file"
    mkdir build && mkfifo build/compile_commands.json
    run -p build
    want_rc 2
    want_err "compile_commands.json: error: cannot read the compile database: it is a FIFO"
    ;;
device_inputs)
    # /dev/zero never ends: reading it whole would take all memory (bounded here so the case
    # cannot hurt the machine before the fix)
    for opt in --baseline --config; do
        (ulimit -v 4000000; exec timeout 60 "$DDICHECK" $opt=/dev/zero drv.c) > /dev/null 2> err.txt
        rc=$?
        [ "$rc" -eq 2 ] || bad "$opt=/dev/zero: exit $rc, expected 2"
        grep -q "/dev/zero: error: .*it is a character device, not a regular file" err.txt ||
            bad "$opt=/dev/zero: $(cat err.txt)"
    done
    run /dev/null
    want_rc 2
    want_msg "/dev/null: error: is a character device, not a regular file"
    printf '%s\n' "$out" | grep -q "compiler flags" && bad "blamed on the compiler flags: $out"
    ;;
size_caps)
    # sparse files: the size is checked before anything is read
    truncate -s 17M big.json
    run --config=big.json drv.c
    want_rc 2
    want_err "big.json: error: cannot read the configuration: it is larger than 16 MiB"
    run --baseline=big.json drv.c
    want_rc 2
    want_err "big.json: error: cannot read the baseline: it is larger than 16 MiB"
    mkdir build && truncate -s 65M build/compile_commands.json
    run -p build
    want_rc 2
    want_err "compile_commands.json: error: cannot read the compile database: it is larger than 64 MiB"
    ;;

# ---- 5. messages name the file and the actual cause ----
unreadable_source)
    cp drv.c locked.c
    chmod 000 locked.c
    if [ "$(id -u)" -eq 0 ]; then
        # root reads anything: run as nobody when possible
        command -v setpriv >/dev/null 2>&1 || { say "skipped: root without setpriv"; exit 77; }
        chmod 755 "$tmp"
        setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null || { say "skipped: setpriv fails"; exit 77; }
        setpriv --reuid=65534 --regid=65534 --clear-groups "$DDICHECK" locked.c > out.txt 2> err.txt
        rc=$?
        out=$(cat out.txt)
        if [ "$rc" -ne 2 ] && grep -q "cannot load\|data directory" err.txt; then
            say "skipped: ddicheck cannot run as nobody here"
            exit 77
        fi
        err=$(cat err.txt)
    else
        run locked.c
    fi
    want_rc 2
    want_msg "locked.c: error: cannot open source file: Permission denied"
    want_no_err "compiler flags"
    printf '%s\n' "$out" | grep -q "compiler flags" && bad "blamed on the compiler flags: $out"
    ;;
compdb_types)
    mkdir build
    printf '[\n {"directory": "%s", "file": 3, "arguments": ["cc", "x.c"]}\n]\n' "$tmp" > build/compile_commands.json
    run -p build
    want_rc 2
    want_err "compile_commands.json: error: invalid compile database: entry 1: \"file\" must be a non-empty string, but it is a number"
    printf '[{"directory": "%s", "file": "drv.c", "arguments": ["cc", "drv.c"]},\n {"directory": "%s", "file": "drv.c", "arguments": "x"}]\n' \
        "$tmp" "$tmp" > build/compile_commands.json
    run -p build
    want_rc 2
    want_err "entry 2: \"arguments\" must be a non-empty array of strings, but it is a string"
    want_no_err "compiler flags"
    printf '[{"directory": "%s", "file": "drv.c", "command": ["cc"]}]\n' "$tmp" > build/compile_commands.json
    run -p build
    want_rc 2
    want_err "entry 1: \"command\" must be a non-empty string, but it is an array"
    printf '{"directory": "%s"}\n' "$tmp" > build/compile_commands.json
    run -p build
    want_rc 2
    want_err "the top level is an object, not an array"
    ;;
json_messages)
    # jrun WANT ARGS...: as run, and json-c's internal state names never reach the user
    jrun() {
        run "$@"
        want_rc 2
        want_no_err ": continue"
    }
    : > empty.json
    jrun --config=empty.json drv.c
    want_err "empty.json: error: invalid JSON: the file is empty"
    printf '{\n  "fail_on": "warning",\n  "enable": ["Irql_*",\n' > trunc.json
    jrun --config=trunc.json drv.c
    want_err "trunc.json:4:1: error: invalid JSON: unexpected end of file"
    printf '{\n  "fail_on" "warning"\n}\n' > nocolon.json
    jrun --config=nocolon.json drv.c
    want_err "nocolon.json:2:13: error: invalid JSON: expected ':' after a member name, found '\"'"
    printf '{ "findings": [] } x\n' > trailing.json
    jrun --baseline=trailing.json drv.c
    want_err "trailing.json:1: error: the baseline is not valid JSON: unexpected text after the end of the JSON value"
    printf '{ "findings": [ {"fingerprint": "a"},\n' > cut.json
    jrun --baseline=cut.json drv.c
    want_err "cut.json:2: error: the baseline is not valid JSON: unexpected end of file"
    mkdir build && : > build/compile_commands.json
    jrun -p build
    want_err "compile_commands.json: error: invalid compile database: the file is empty"
    ;;
errors_on_stderr)
    # with -o the report file has the errors, and so does standard error: also when the report
    # cannot be written
    for fmt in text json sarif; do
        run --format=$fmt -o report.out missing.c
        want_rc 2
        want_err "missing.c: error: cannot open source file"
        mkdir -p adir
        run --format=$fmt -o adir missing.c
        want_rc 2
        want_err "missing.c: error: cannot open source file"
        want_err "cannot write the report to adir"
    done
    ;;
newline_file_name)
    nl='
'
    cp drv.c "a${nl}b.c"
    "$DDICHECK" "a${nl}b.c" > report.txt 2>/dev/null
    rc=$?
    [ "$rc" -eq 1 ] || bad "exit $rc, expected 1"
    grep -qF 'a\nb.c:' report.txt || bad "the file name is not escaped: $(cat report.txt)"
    # every line is a diagnostic or one of its source-snippet lines (which start with a blank)
    lines=$(wc -l < report.txt)
    diags=$(grep -c '^a\\nb\.c:[0-9]*:[0-9]*: \(warning\|note\|error\): ' report.txt)
    snippets=$(grep -c '^ *[0-9]* | \|^ *| ' report.txt)
    [ "$diags" -ge 2 ] && [ "$lines" -eq $((diags + snippets)) ] ||
        bad "$lines report lines but $diags diagnostics and $snippets snippet lines: $(cat report.txt)"
    ;;

# ---- 6. reporting is linear in its output ----
long_line)
    # 10,000 findings on one line of about 1.1 MB; comments with 2- and 4-byte UTF-8 characters
    # between the calls make the UTF-16 columns differ from the byte columns
    python3 - > one.c <<'EOF'
import sys
call = "NdisCloseAdapterEx(b->H); /* \u00e9\U0001F600 " + "x" * 80 + " */ "
out = ["#include <ndis.h>",
       "typedef struct _B { NDIS_HANDLE H; KSPIN_LOCK Lock; } B, *PB;",
       "PROTOCOL_UNBIND_ADAPTER_EX PrUnbind;",
       "NDIS_STATUS PrUnbind(NDIS_HANDLE U, NDIS_HANDLE C)",
       "{ PB b = (PB)C; KIRQL o; KeAcquireSpinLock(&b->Lock, &o); " + call * 10000 +
       " KeReleaseSpinLock(&b->Lock, o); return 0; }"]
sys.stdout.buffer.write(("\n".join(out) + "\n").encode("utf-8"))
EOF
    for fmt in json sarif text; do
        run --format=$fmt -o "report.$fmt" one.c
        want_rc 1
    done
    python3 - one.c report.json report.sarif <<'EOF' || bad "the reports do not hold the 10,000 findings with their columns"
import json, sys
line = open(sys.argv[1], "rb").read().split(b"\n")[4].decode("utf-8")
units_at = {}  # byte offset of each character of the line -> UTF-16 code units before it
b = u = 0
for ch in line:
    units_at[b] = u
    b += len(ch.encode("utf-8"))
    u += 2 if ord(ch) > 0xFFFF else 1
def utf16(col):  # 1-based UTF-16 column of the 1-based byte column col on that line
    return units_at[col - 1] + 1
j = json.load(open(sys.argv[2]))
f = j["findings"]
assert len(f) == 10000, len(f)
assert all(x["line"] == 5 and x["column_utf16"] == utf16(x["column"]) for x in f)
assert all(n["column_utf16"] == utf16(n["column"]) for x in f for n in x["notes"] if n["line"] == 5)
assert f[-1]["column_utf16"] < f[-1]["column"]
assert len(set(x["fingerprint"] for x in f)) == 10000
s = json.load(open(sys.argv[3]))
r = s["runs"][0]["results"]
assert len(r) == 10000
assert [x["locations"][0]["physicalLocation"]["region"]["startColumn"] for x in r] == [x["column_utf16"] for x in f]
EOF
    ;;

# ---- 7. the sanitizer build compiles with gcc outside Debug ----
sanitize_release_compile)
    # the flags of cmake -DDDICHECK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Release, on every C module
    command -v gcc >/dev/null 2>&1 || { say "skipped: no gcc"; exit 77; }
    for src in "$ROOT"/checker/*.c; do
        gcc -std=c11 -D_GNU_SOURCE -DDDICHECK_VERSION='"0"' -DDDICHECK_SOURCE_DIR='"."' -O3 -DNDEBUG \
            -fsanitize=address,undefined -fno-omit-frame-pointer -Wall -Wextra -Werror \
            -I"$ROOT/checker" $4 -c "$src" -o "$tmp/module.o" 2> err.txt ||
            bad "$(basename "$src") does not compile: $(cat err.txt)"
    done
    ;;

*)
    say "unknown case $CASE"
    exit 1
    ;;
esac
[ "$fail" -eq 0 ] && say "ok   $CASE"
exit $fail
