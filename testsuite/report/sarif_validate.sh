#!/bin/sh
# sarif_validate.sh DDICHECK ROOT NPMDIR — writes the SARIF of every faulty sample configuration
# (samples/samples.tsv rows that expect findings), of every rule test with an expected warning, of
# a run that lists suppressed findings and of a run with a clang error, then validates them all
# with Microsoft's SARIF Multitool, its SARIF rules and GitHub's ingestion rules ("Gh;Sarif").
# Fails on any validation error, and when most logs of faulty inputs have no results (the
# validation would then prove little).
set -eu
DDICHECK=$1
ROOT=$2
NPMDIR=$3
MULTITOOL="$NPMDIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
[ -x "$MULTITOOL" ] || { echo "SARIF Multitool missing: run the report/npm_tools test first"; exit 1; }
# the Multitool is a .NET program; without ICU it needs invariant globalization
if ! "$MULTITOOL" --version >/dev/null 2>&1; then
    export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/sarif"

# run NAME "WANT_RC..." ARGS... : ddicheck --format=sarif ARGS -> $tmp/sarif/NAME.sarif
run() {
    name=$1 want=$2
    shift 2
    set +e
    "$DDICHECK" --format=sarif --srcroot="$ROOT" -o "$tmp/sarif/$name.sarif" "$@" 2>"$tmp/stderr"
    rc=$?
    set -e
    case " $want " in *" $rc "*) ;; *)
        echo "FAIL $name: ddicheck exit $rc, expected $want"; cat "$tmp/stderr"; exit 1 ;;
    esac
}

n=0
if [ -f "$ROOT/samples/samples.tsv" ]; then
    # name, files, flags, prefix, expected rules
    while IFS="$(printf '\t')" read -r name files flags prefix rules; do
        case "$name" in ''|'#'*) continue ;; esac
        [ "$rules" = "-" ] && continue
        [ "$flags" = "-" ] && flags=""
        paths=""
        for f in $files; do paths="$paths $ROOT/samples/$f"; done
        # the findings themselves are the samples tests' business; exit 0 or 1 is fine here
        # shellcheck disable=SC2086
        run "sample-$name" "0 1" $flags $paths
        n=$((n + 1))
    done < "$ROOT/samples/samples.tsv"
fi
for src in "$ROOT"/testsuite/rules/*.c; do
    grep -q 'expected-warning' "$src" || continue
    flags=$(sed -n 's|^// ddicheck-flags:[ ]*||p' "$src" | head -n 1)
    # whether the findings are right is the rules tests' business; here exit 0 or 1 is fine
    want="0 1"
    grep -q 'expected-error' "$src" && want=2
    # shellcheck disable=SC2086
    run "rule-$(basename "$src" .c)" "$want" $flags "$src"
    n=$((n + 1))
done
run suppressed 1 --show-suppressed "$ROOT/testsuite/report/suppress_input.c"
run clang-error 2 "$ROOT/testsuite/cli/syntax_error.c"
echo "ddicheck wrote $((n + 2)) SARIF logs"

"$MULTITOOL" validate --rule-kind "Gh;Sarif" -o "$tmp/validation.sarif" "$tmp"/sarif/*.sarif > "$tmp/multitool.log" 2>&1 || {
    cat "$tmp/multitool.log"; echo "FAIL: the SARIF Multitool did not run"; exit 1; }

python3 - "$tmp/validation.sarif" "$tmp/sarif" <<'PY'
import json, os, sys
log = json.load(open(sys.argv[1]))
errors = warnings = 0
for run in log["runs"]:
    for r in run.get("results", []):
        level = r.get("level", "warning")
        uri = r.get("locations", [{}])[0].get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "?")
        args = r.get("message", {}).get("arguments", [])
        line = "%s %s %s %s" % (level, r.get("ruleId"), os.path.basename(uri), " | ".join(args[:2]))
        if level == "error":
            errors += 1
            print("ERROR", line)
        elif level == "warning":
            warnings += 1
            print("warning", line)
    for n in run.get("invocations", [{}])[0].get("toolExecutionNotifications", []):
        if n.get("level", "warning") == "error":
            errors += 1
            print("MULTITOOL ERROR", n.get("message", {}).get("text"))
empty = []
for f in sorted(os.listdir(sys.argv[2])):
    sarif = json.load(open(os.path.join(sys.argv[2], f)))
    res = sarif["runs"][0]["results"]
    if not res:
        empty.append(f)
    for r in res:
        assert r["partialFingerprints"]["primaryLocationLineHash"], (f, r)
        assert r["codeFlows"][0]["threadFlows"][0]["locations"], (f, r)
if "suppressed.sarif" in empty or len(empty) > len(os.listdir(sys.argv[2])) // 2:
    print("FAIL: too many SARIF logs of faulty inputs without results:", " ".join(empty))
    sys.exit(1)
print("SARIF Multitool (Gh;Sarif): %d error(s), %d warning(s) in %d logs" % (errors, warnings, len(os.listdir(sys.argv[2]))))
sys.exit(1 if errors else 0)
PY

# the validation is not vacuous: the same log without $schema and rules[] must fail GitHub's rules
python3 - "$tmp/sarif/suppressed.sarif" "$tmp/broken.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
del log["$schema"]
del log["runs"][0]["tool"]["driver"]["rules"]
for r in log["runs"][0]["results"]:
    del r["ruleIndex"]
json.dump(log, open(sys.argv[2], "w"))
PY
"$MULTITOOL" validate --rule-kind "Gh;Sarif" -o "$tmp/broken-validation.sarif" "$tmp/broken.sarif" > "$tmp/multitool.log" 2>&1 || true
python3 - "$tmp/broken-validation.sarif" <<'PY'
import json, sys
ids = {r["ruleId"] for run in json.load(open(sys.argv[1]))["runs"] for r in run.get("results", [])
       if r.get("level", "warning") == "error"}
if not {"GH1013", "GH1018"} <= ids:
    print("FAIL: the Multitool did not reject a log without $schema and rules[] (got %s)" % sorted(ids))
    sys.exit(1)
print("negative check: a log without $schema and rules[] fails with", " ".join(sorted(ids)))
PY
