#!/bin/sh
# check_json_report.sh DDICHECK SRCROOT — runs ddicheck --format=json -o on a faulty input and
# checks the report's documented fields (docs/json-report.md) with python3's json module.
set -eu
DDICHECK=$1
ROOT=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
set +e
"$DDICHECK" --format=json -o "$tmp/report.json" "$ROOT/testsuite/unit/json_input.c"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "expected exit 1 (findings), got $rc"; exit 1; }
ls "$tmp" | grep -v '^report.json$' && { echo "temporary file left behind"; exit 1; }
python3 - "$tmp/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["tool"]["name"] == "ddicheck" and r["tool"]["version"], r["tool"]
assert r["errors"] == [], r["errors"]
f = r["findings"]
assert len(f) == 1, f
f = f[0]
for k, t in (("rule", str), ("severity", str), ("message", str), ("file", str), ("line", int),
             ("column", int), ("column_utf16", int), ("function", str), ("notes", list)):
    assert isinstance(f[k], t), (k, f)
assert f["rule"] == "Irql_MCM_Function" and f["severity"] == "warning"
assert f["line"] == 13 and f["function"] == "MyIsr", f
assert f["message"] == "'NdisMCmDispatchIncomingCall' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL", f
n = f["notes"]
assert len(n) == 1 and n[0]["line"] == 7 and "MINIPORT_ISR" in n[0]["message"], n
print("json report: fields checked")
PY
