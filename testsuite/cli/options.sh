#!/bin/sh
# options.sh DDICHECK ROOT — the command line as a user coming from clang-tidy or gcc types it:
# getopt_long forms (--opt=V and --opt V, -j N), @response files, directory inputs, --exclude,
# -q, the summary line, clang-style source snippets with a caret, colours (--color, NO_COLOR) and
# the progress line on a terminal. Every input is generated here.
set -u
DDICHECK=$1
ROOT=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

# run ARGS...: $rc, $out (stdout), $err (stderr)
run() {
    "$DDICHECK" "$@" >"$tmp/.out" 2>"$tmp/.err"
    rc=$?
    out=$(cat "$tmp/.out")
    err=$(cat "$tmp/.err")
}
has() { printf '%s\n' "$2" | grep -qF -- "$3" || { bad "$1: lacks '$3'"; printf '%s\n' "$2" | head -n 20; return 1; }; }
hasnt() { ! printf '%s\n' "$2" | grep -qF -- "$3" || { bad "$1: has '$3'"; return 1; }; }

# isr FILE NAME CALL...: a driver source whose ISR NAME (DIRQL) calls each DDI CALL (one finding each)
isr() {
    f=$1 name=$2
    shift 2
    {
        printf '#include <ndis.h>\ntypedef struct _A { NDIS_HANDLE Vc; } A;\nMINIPORT_ISR %s;\n' "$name"
        printf 'BOOLEAN %s(NDIS_HANDLE Ctx, PBOOLEAN Q, PULONG T)\n{\n    A *a = (A *)Ctx;\n' "$name"
        printf '    UNREFERENCED_PARAMETER(Q);\n    UNREFERENCED_PARAMETER(T);\n'
        for c in "$@"; do printf '    %s(a->Vc);\n' "$c"; done
        printf '    return TRUE;\n}\n'
    } > "$f"
}

mkdir -p drv/sub drv/.hidden drv/vendor
isr drv/one.c IsrOne NdisMCmDeactivateVc
isr drv/sub/two.c IsrTwo NdisMCmDeactivateVc NdisMCmDeleteVc
isr drv/.hidden/three.c IsrThree NdisMCmDeactivateVc
isr drv/vendor/four.c IsrFour NdisMCmDeactivateVc
printf 'int x;\n' > drv/sub/notes.txt

# ---- getopt_long: both spellings, separate values, -j ----
run --format=json drv/one.c
j1=$out
run --format json drv/one.c
[ "$rc" -eq 1 ] && [ "$out" = "$j1" ] && has format_separate "$out" '"rule":"Irql_MCM_Function"' &&
    ok "--format json is --format=json" || bad "--format json (exit $rc)"
printf '{ "disable": ["Irql_MCM_Function"] }\n' > off.json
run --config off.json drv/one.c
[ "$rc" -eq 0 ] && ok "--config FILE" || bad "--config FILE (exit $rc): $err"
run --config=off.json drv/one.c
[ "$rc" -eq 0 ] && ok "--config=FILE" || bad "--config=FILE (exit $rc)"
for j in "-j 2" "-j2" "--jobs=2" "--jobs 2"; do
    # shellcheck disable=SC2086
    run $j drv/one.c drv/sub/two.c
    [ "$rc" -eq 1 ] && has "$j" "$out" "two.c:10:5: warning: 'NdisMCmDeleteVc'" && ok "$j"
done
run -j 0 drv/one.c
[ "$rc" -eq 2 ] && has j_zero "$err" "-j needs a number of jobs from 1 to 1024, not '0'" && ok "-j 0 is a usage error"
run -j drv/one.c
[ "$rc" -eq 2 ] && has j_word "$err" "not 'drv/one.c'" && ok "-j WORD is a usage error"
run --format
[ "$rc" -eq 2 ] && has format_missing "$err" "--format needs an argument" && ok "--format without a value"
run --list-rules=yes
[ "$rc" -eq 2 ] && has no_value "$err" "--list-rules=yes takes no value" && ok "--list-rules=yes"
run --frobnicate drv/one.c
[ "$rc" -eq 2 ] && has unknown "$err" "unknown option '--frobnicate'" && ok "unknown long option"
run -O2 drv/one.c
[ "$rc" -eq 2 ] && has unknown_short "$err" "unknown option '-O'" && ok "unknown short option"
# compiler flags mix with options in any order; -I DIR and -DNAME
mkdir -p inc && printf '#define CALL NdisMCmDeleteVc\n' > inc/call.h
isr flags.c IsrF CALL
sed -i 's|#include <ndis.h>|#include <ndis.h>\n#include "call.h"|' flags.c
run -I inc -q flags.c
[ "$rc" -eq 1 ] && has flags_sep "$out" "'NdisMCmDeleteVc'" && ok "-I DIR before -q"
run flags.c -q -Iinc --format=text
[ "$rc" -eq 1 ] && ok "-IDIR after a file" || bad "-IDIR after a file (exit $rc): $err"

# ---- @response files (gcc's syntax: quotes, backslashes, nesting) ----
mkdir -p "dir with space"
isr "dir with space/five.c" IsrFive NdisMCmDeleteVc
printf -- '--format=json\n"dir with space/five.c" @inner.rsp\n' > outer.rsp
printf -- "'drv/one.c' drv/sub/two\\\\.c\n" > inner.rsp
run @outer.rsp
[ "$rc" -eq 1 ] && python3 - "$tmp/.out" <<'EOF' && ok "@file: nested, quoted, escaped" || bad "@file (exit $rc): $err"
import json, sys
files = sorted({f["file"] for f in json.load(open(sys.argv[1]))["findings"]})
assert files == ["dir with space/five.c", "drv/one.c", "drv/sub/two.c"], files
EOF
run @missing.rsp
[ "$rc" -eq 2 ] && has missing_rsp "$out" "@missing.rsp: error: cannot open source file" && ok "a missing @file is a missing input"
printf -- '@loop.rsp\n' > loop.rsp
run @loop.rsp
[ "$rc" -eq 2 ] && has loop_rsp "$out" "@loop.rsp: error: cannot open source file" && ok "a response file naming itself stops"

# ---- directories: every .c below, hidden directories skipped, --exclude ----
run --format=json -o dir.json drv
[ "$rc" -eq 1 ] && python3 - dir.json <<'EOF' && ok "a directory is every .c below it" || bad "directory input (exit $rc): $err"
import json, sys
files = sorted({f["file"] for f in json.load(open(sys.argv[1]))["findings"]})
assert files == ["drv/one.c", "drv/sub/two.c", "drv/vendor/four.c"], files
EOF
run --format=json -o ex.json --exclude=vendor --exclude 'drv/sub/*' drv
[ "$rc" -eq 1 ] && python3 - ex.json <<'EOF' && ok "--exclude: a component name and a path glob" || bad "--exclude (exit $rc): $err"
import json, sys
files = sorted({f["file"] for f in json.load(open(sys.argv[1]))["findings"]})
assert files == ["drv/one.c"], files
EOF
run --exclude='*.c' drv
[ "$rc" -eq 2 ] && has empty_dir "$err" "drv: error: is a directory with no .c file below it (after --exclude)" && ok "a directory with nothing left"
run --exclude='t*.c' drv/one.c drv/sub/two.c -q
[ "$rc" -eq 1 ] && hasnt exclude_file "$out" "two.c" && ok "--exclude applies to files named too"

# ---- -q and the summary ----
run drv/one.c drv/sub/two.c
[ "$rc" -eq 1 ] && has summary "$err" "3 warnings in 2 files (2 files checked)" && ok "summary line"
run -q drv/one.c drv/sub/two.c
[ "$rc" -eq 1 ] && [ -z "$err" ] && ok "-q: nothing on stderr" || bad "-q printed: $err"
printf '#include <ndis.h>\nint clean;\n' > clean.c
run clean.c
[ "$rc" -eq 0 ] && has summary_clean "$err" "no findings (1 file checked)" && ok "summary of a clean run"
run --fail-on=error --format=json -o counts.json drv drv/sub/two.c
python3 - counts.json "$err" <<'EOF' && ok "summary counts match the report" || bad "summary counts: $err"
import json, sys
r = json.load(open(sys.argv[1]))
n = len(r["findings"]); files = len({f["file"] for f in r["findings"]})
want = "%d warning%s in %d file%s" % (n, "" if n == 1 else "s", files, "" if files == 1 else "s")
assert want in sys.argv[2], (want, sys.argv[2])
EOF

# ---- snippets: the source line and a caret under the byte column, tabs and UTF-8 before it ----
python3 - <<'EOF'
lines = ["#include <ndis.h>", "typedef struct _A { NDIS_HANDLE Vc; } A;", "MINIPORT_ISR Isr;",
         "BOOLEAN Isr(NDIS_HANDLE Ctx, PBOOLEAN Q, PULONG T)", "{", "    A *a = (A *)Ctx;",
         "    UNREFERENCED_PARAMETER(Q); UNREFERENCED_PARAMETER(T);",
         "\t/* \u00e9\u00e8 \U0001F600 */\tNdisMCmDeleteVc(a->Vc);",
         "    /* " + "x" * 400 + " */ NdisMCmDeactivateVc(a->Vc); /* " + "y" * 400 + " */",
         "    return TRUE;", "}"]
open("snip.c", "w", encoding="utf-8").write("\n".join(lines) + "\n")
EOF
run snip.c
python3 - snip.c "$tmp/.out" <<'EOF' && ok "snippets: line, caret column, long-line window" || bad "snippets: $out"
import re, sys
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = open(sys.argv[2], encoding="utf-8").read().split("\n")
def width(s):  # display columns as ddicheck counts them: tabs to 8-column stops, one per code point
    col = 0
    for ch in s:
        col = (col // 8 + 1) * 8 if ch == "\t" else col + 1
    return col
seen = 0
for i, l in enumerate(out):
    m = re.match(r"^snip\.c:(\d+):(\d+): (warning|note): ", l)
    if not m:
        continue
    line, col = int(m.group(1)), int(m.group(2))
    text = src[line - 1]
    g = re.match(r"^ +(\d+) \| (.*)$", out[i + 1])
    c = re.match(r"^ +\| ( *)\^$", out[i + 2])
    assert g and c and int(g.group(1)) == line, out[i:i + 3]
    prefix = text.encode("utf-8")[:col - 1].decode("utf-8")
    if len(text.encode("utf-8")) <= 240:
        assert g.group(2) == text.expandtabs(8), (g.group(2), text)
        assert len(c.group(1)) == width(prefix), (len(c.group(1)), width(prefix))
    else:  # a window: "..." on both sides, the caret under the call
        shown = g.group(2)
        assert shown.startswith("...") and shown.endswith("..."), shown
        assert len(shown) < 260
        assert shown[len(c.group(1)):].startswith("NdisMCmDeactivateVc"), shown[len(c.group(1)):][:30]
    seen += 1
assert seen >= 2, seen
EOF
run --no-caret snip.c
[ "$rc" -eq 1 ] && hasnt no_caret "$out" " | " && ok "--no-caret"

# ---- colours: --color, NO_COLOR, only on a terminal ----
esc=$(printf '\033[')
run --color=always drv/one.c
has color_always "$out" "${esc}0;1;35mwarning: " && has color_caret "$out" "${esc}0;1;32m^" && ok "--color=always"
run drv/one.c
hasnt color_pipe "$out" "$esc" && ok "no colour into a pipe"
NO_COLOR=1 "$DDICHECK" --color=always drv/one.c > col.txt 2>&1
grep -qF "$esc" col.txt && ok "--color=always wins over NO_COLOR" || bad "--color=always under NO_COLOR"
run --color=sometimes drv/one.c
[ "$rc" -eq 2 ] && has color_bad "$err" "unknown --color value 'sometimes'" && ok "--color=sometimes is refused"
# on a terminal (a pseudo-terminal for stdout and stderr): auto colours unless NO_COLOR or --color=never
ptyrun() { # ENV-ASSIGNMENT|- ARGS...: prints what the terminal showed; $tmp/pty.secs the run's time
    python3 - "$DDICHECK" "$@" <<'EOF'
import os, pty, sys, time
exe, env_kv, args = sys.argv[1], sys.argv[2], sys.argv[3:]
env = dict(os.environ)
env.pop("NO_COLOR", None)
env["TERM"] = "xterm"
if env_kv != "-":
    k, v = env_kv.split("=", 1)
    env[k] = v
t0 = time.time()
pid, fd = pty.fork()
if pid == 0:
    os.execve(exe, [exe] + args, env)
data = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
os.waitpid(pid, 0)
open(os.environ["TMPDIR_PTY"] + "/pty.secs", "w").write("%.3f" % (time.time() - t0))
sys.stdout.write(data.decode("utf-8", "replace"))
EOF
}
export TMPDIR_PTY="$tmp"
t=$(ptyrun - drv/one.c)
has pty_auto "$t" "${esc}0;1;35mwarning: " && ok "--color=auto on a terminal"
t=$(ptyrun NO_COLOR=1 drv/one.c)
hasnt pty_no_color "$t" "$esc" && ok "NO_COLOR on a terminal"
t=$(ptyrun - --color=never drv/one.c)
hasnt pty_never "$t" "$esc" && ok "--color=never on a terminal"

# ---- progress: a status line on a terminal for runs over a second, never into a pipe or with -q ----
mkdir -p many
i=0
while [ $i -lt 40 ]; do isr "many/f$i.c" "Isr$i" NdisMCmDeleteVc; i=$((i + 1)); done
t=$(ptyrun - -j 1 many)
secs=$(cat "$tmp/pty.secs")
if awk -v s="$secs" 'BEGIN { exit !(s > 1.5) }'; then
    has progress_tty "$t" "[40/40] parsed many/" && ok "progress line on a terminal (${secs} s)"
    t=$(ptyrun - -q -j 1 many)
    hasnt progress_quiet "$t" "] parsed " && ok "-q: no progress line"
else
    echo "skip progress: the run took ${secs} s, under the 1 s threshold's margin"
fi
"$DDICHECK" -j 1 many > /dev/null 2> prog.err
hasnt progress_pipe "$(cat prog.err)" "] parsed " && ok "no progress line into a pipe"

exit $fail
