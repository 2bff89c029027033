#!/bin/sh
# no_caps.sh DDICHECK MODEL TS_SAMPLE CS_SAMPLE ROOT — a rule definition may say as much as it needs: in a
# copy of ROOT/rules, eight more typestate rules (copies of ProtocolHandle_InvalidAfterDeregister)
# and one more call_status rule (a copy of SapComplete_Status) are added, the last of each with
# dummy creations, transitions, checks and DDI names placed BEFORE the real ones, beyond the
# former fixed limits (4 typestate rules, 4 creations, 6 transitions, 6 DDIs per list, 6 checks in
# the checker; 8 rules, 4 DDIs, 8 checks in the model). Every copy must report where the original
# does, in the checker and in the runtime model (MODEL: ndis-model-run; TS_SAMPLE: a sample whose
# driver uses the protocol handle after deregistering; CS_SAMPLE: one that completes a SAP
# registration with PENDING). Then the path-sensitive state engine on generated drivers with more
# handles, statuses and pending requests than it ever had room for.
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

# the path-sensitive state engine keeps as many handles, value facts and pending requests as the
# driver has (formerly 16 facts of each sort per path and 64 pending returns per run): N handles
# completed and completed again, N status variables known to be NDIS_STATUS_PENDING, N SAP
# registration handlers that pend and never complete; each one reported
N=70
python3 - "$tmp" "$N" <<'PY' || exit 1
import sys
d, n = sys.argv[1], int(sys.argv[2])
fields = "".join("    NDIS_HANDLE H%d;\n" % i for i in range(n))
with open(d + "/handles.c", "w") as f:
    f.write("#include <ndis.h>\ntypedef struct _CTX {\n%s} CTX, *PCTX;\nVOID\nTeardown(PCTX Ctx)\n{\n" % fields)
    f.write("".join("    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Ctx->H%d);\n" % i for i in range(n)))
    f.write("".join("    NdisMCmDeregisterSapComplete(NDIS_STATUS_SUCCESS, Ctx->H%d);\n" % i for i in range(n)))
    f.write("}\n")
with open(d + "/statuses.c", "w") as f:
    f.write("#include <ndis.h>\ntypedef struct _CTX {\n%s} CTX, *PCTX;\nVOID\nComplete(PCTX Ctx)\n{\n" % fields)
    f.write("".join("    NDIS_STATUS S%d = NDIS_STATUS_PENDING;\n" % i for i in range(n)))
    f.write("".join("    NdisMCmRegisterSapComplete(S%d, Ctx->H%d, Ctx);\n" % (i, i) for i in range(n)))
    f.write("}\n")
with open(d + "/pending.c", "w") as f:
    f.write("#include <ndis.h>\n")
    for i in range(n):
        f.write("PROTOCOL_CM_REG_SAP RegSap%d;\nNDIS_STATUS\nRegSap%d(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, "
                "NDIS_HANDLE NdisSapHandle, PNDIS_HANDLE CallMgrSapContext)\n{\n    UNREFERENCED_PARAMETER(Sap);\n"
                "    UNREFERENCED_PARAMETER(NdisSapHandle);\n    *CallMgrSapContext = CallMgrAfContext;\n"
                "    return NDIS_STATUS_PENDING;\n}\n" % (i, i))
PY
# count CASE RULE: the findings of RULE in "$tmp/CASE.c" must number N
count() {
    c=$("$DDICHECK" --enable="$2" "$tmp/$1.c" 2>&1 | grep -c -- "warning: .*\[$2\]")
    if [ "$c" -eq "$N" ]; then
        echo "ok   engine: $N of $N [$2] in $1.c"
    else
        echo "FAIL engine: $c of $N [$2] in $1.c"; fail=1
    fi
}
count handles SapHandle_InvalidAfterComplete
count statuses SapComplete_Status
count pending SapPending_NeverCompleted

out=$("$MODEL" --quiet --rules "$tmp/rules" "$TS_SAMPLE" all 2>&1)
has "model" "$out" ProtocolHandle_InvalidAfterDeregister
for i in 1 2 3 4 5 6 7 8; do has "model" "$out" "Zz_TypestateCopy$i"; done
out=$("$MODEL" --quiet --rules "$tmp/rules" "$CS_SAMPLE" all 2>&1)
has "model" "$out" SapComplete_Status
has "model" "$out" Zz_StatusCopy
exit $fail
