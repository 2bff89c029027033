#!/bin/sh
# no_caps.sh DDICHECK MODEL TS_SAMPLE CS_SAMPLE ROOT — a rule definition may say as much as it needs: in a
# copy of ROOT/rules, eight more typestate rules (copies of ProtocolHandle_InvalidAfterDeregister)
# and one more call_status rule (a copy of SapComplete_Status) are added, the last of each with
# dummy creations, transitions, checks and DDI names placed BEFORE the real ones, beyond the
# former fixed limits (4 typestate rules, 4 creations, 6 transitions, 6 DDIs per list, 6 checks in
# the checker; 8 rules, 4 DDIs, 8 checks in the model). Every copy must report where the original
# does, in the checker and in the runtime model (MODEL: ndis-model-run; TS_SAMPLE: a sample whose driver uses the
# protocol handle after deregistering; CS_SAMPLE: one that completes a SAP registration with PENDING).
set -u
DDICHECK=$1 MODEL=$2 TS_SAMPLE=$3 CS_SAMPLE=$4 ROOT=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$ROOT/rules" "$tmp/rules"
python3 - "$tmp/rules" <<'PY' || exit 1
import json, shutil, sys
R = sys.argv[1]
def dummies(prefix, n):
    return ["NdisDummy%s%d" % (prefix, i) for i in range(n)]
def copy(src, new, widen):
    d = json.load(open("%s/defs/%s.json" % (R, src)))
    d["id"] = new
    d["doc"] = "docs/%s.md" % new
    if widen:
        widen(d)
    json.dump(d, open("%s/defs/%s.json" % (R, new), "w"), indent=2)
    shutil.copy("%s/docs/%s.md" % (R, src), "%s/docs/%s.md" % (R, new))
def widen_ts(d):
    d["create"] = [{"ddi": n, "out_arg": 0} for n in dummies("Create", 6)] + d["create"]
    for t in d["transitions"]:
        t["ddi"] = dummies("Trans", 9) + (t["ddi"] if isinstance(t["ddi"], list) else [t["ddi"]])
    d["transitions"] = [{"ddi": dummies("T%d_" % i, 9), "arg": 0, "to": "invalid"} for i in range(8)] + d["transitions"]
def widen_cs(d):
    for c in d["checks"]:
        c["ddi"] = dummies("Check", 9) + c["ddi"]
    d["checks"] = [{"ddi": dummies("C%d_" % i, 9), "arg": 0, "forbid": "NDIS_STATUS_PENDING", "message": "m"}
                   for i in range(8)] + d["checks"]
for i in range(1, 9):
    copy("ProtocolHandle_InvalidAfterDeregister", "Zz_TypestateCopy%d" % i, widen_ts if i == 8 else None)
copy("SapComplete_Status", "Zz_StatusCopy", widen_cs)
PY

fail=0
# has NAME OUTPUT RULE: OUTPUT names RULE in a finding
has() {
    if printf '%s\n' "$2" | grep -qF -- "[$3]"; then
        echo "ok   $1 reports [$3]"
    else
        echo "FAIL $1: no finding of [$3]"; fail=1
    fi
}
src="$ROOT/testsuite/rules/ProtocolHandle_InvalidAfterDeregister_ndis5.c"
out=$("$DDICHECK" --rules-dir="$tmp/rules" -DNDIS51 "$src" 2>&1)
[ $? -eq 1 ] || { echo "FAIL: ddicheck on $src: expected exit 1"; printf '%s\n' "$out"; exit 1; }
has "ddicheck" "$out" ProtocolHandle_InvalidAfterDeregister
for i in 1 2 3 4 5 6 7 8; do has "ddicheck" "$out" "Zz_TypestateCopy$i"; done
out=$("$DDICHECK" --rules-dir="$tmp/rules" "$ROOT/testsuite/rules/SapComplete_Status_pending_literal.c" 2>&1)
has "ddicheck" "$out" SapComplete_Status
has "ddicheck" "$out" Zz_StatusCopy

out=$("$MODEL" --quiet --rules "$tmp/rules" "$TS_SAMPLE" all 2>&1)
has "model" "$out" ProtocolHandle_InvalidAfterDeregister
for i in 1 2 3 4 5 6 7 8; do has "model" "$out" "Zz_TypestateCopy$i"; done
out=$("$MODEL" --quiet --rules "$tmp/rules" "$CS_SAMPLE" all 2>&1)
has "model" "$out" SapComplete_Status
has "model" "$out" Zz_StatusCopy
exit $fail
