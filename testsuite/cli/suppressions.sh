#!/bin/sh
# suppressions.sh DDICHECK ROOT — what suppress_forms.c (checked with --verify) cannot show: the
# warnings about NOLINTBEGIN/END that do not pair, --report-unused-suppressions (which names only
# ddicheck's own suppressions, of enabled rules) and its exit status, the suppression file
# (--suppressions-list) with its line numbers, globs and errors, and the reasons --show-suppressed
# and the JSON report give. Every input is generated here.
set -u
DDICHECK=$1
ROOT=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
run() {
    "$DDICHECK" -q --no-caret "$@" >"$tmp/.out" 2>"$tmp/.err"
    rc=$?
    out=$(cat "$tmp/.out")
    err=$(cat "$tmp/.err")
}
has() { printf '%s\n' "$2" | grep -qF -- "$3" || { bad "$1: lacks '$3'"; printf '%s\n' "$2" | head -n 20; return 1; }; }
hasnt() { ! printf '%s\n' "$2" | grep -qF -- "$3" || { bad "$1: has '$3'"; return 1; }; }
count() { printf '%s\n' "$1" | grep -cF -- "$2"; }

# drv FILE LINE...: an ISR whose body is the given lines (each call there is an Irql_MCM_Function
# finding); the body starts on line 6
drv() {
    f=$1
    shift
    {
        printf '#include <ndis.h>\ntypedef struct _A { NDIS_HANDLE Vc; } A;\nMINIPORT_ISR Isr;\n'
        printf 'BOOLEAN Isr(NDIS_HANDLE Ctx, PBOOLEAN Q, PULONG T)\n{\n'
        for l in "$@"; do printf '%s\n' "$l"; done
        printf '    UNREFERENCED_PARAMETER(Q); UNREFERENCED_PARAMETER(T); return TRUE;\n}\n'
    } > "$f"
}
C='NdisMCmDeactivateVc(((A *)Ctx)->Vc);'

# ---- NOLINTBEGIN/END that do not pair: a warning each, and they silence nothing ----
drv pairs.c "    // NOLINTBEGIN(Irql_MCM_Function)" "    $C" "    // NOLINTEND(Irql_*)" "    $C" \
    "    // NOLINTEND" "    // NOLINTBEGIN"
run pairs.c
[ "$rc" -eq 1 ] && [ "$(count "$out" 'warning: ')" -eq 2 ] &&
    has begin_unpaired "$err" "pairs.c:6:5: warning: 'NOLINTBEGIN(Irql_MCM_Function)' has no NOLINTEND with the same list after it; it suppresses nothing [suppression]" &&
    has end_other_list "$err" "pairs.c:8:5: warning: 'NOLINTEND(Irql_*)' has no NOLINTBEGIN with the same list before it" &&
    has end_alone "$err" "pairs.c:10:5: warning: 'NOLINTEND' has no NOLINTBEGIN" &&
    has begin_at_end "$err" "pairs.c:11:5: warning: 'NOLINTBEGIN' has no NOLINTEND" && ok "unpaired NOLINTBEGIN/NOLINTEND"
drv paren.c "    $C // NOLINT(Irql_MCM_Function"
run paren.c
[ "$rc" -eq 1 ] && has paren "$err" "paren.c:6:42: warning: 'NOLINT(' has no closing parenthesis" && ok "NOLINT( without ')'"

# ---- --report-unused-suppressions ----
drv unused.c "    $C // NOLINT(Irql_MCM_Function)" "    int x = 0; // NOLINT(Irql_MCM_Function)" \
    "    x++; // NOLINT(bugprone-inc-dec-in-conditions)" "    x++; // NOLINT" \
    "    // ddicheck-suppress SapComplete_Status: stale" "    x++;" \
    "#pragma warning(suppress: 28121)" "    x++;" "#pragma warning(suppress: 6011)" "    x++;" \
    "    // ddicheck-suppress No_Such_Rule: typo" "    x++;"
run unused.c
[ "$rc" -eq 0 ] && [ -z "$err" ] && ok "unused suppressions are not reported unless asked" || bad "unused, not asked: rc $rc: $err"
run --report-unused-suppressions unused.c
[ "$rc" -eq 1 ] &&
    has unused_nolint "$err" "unused.c:7:16: warning: 'NOLINT(Irql_MCM_Function)' suppresses no finding [suppression]" &&
    has unused_ddicheck "$err" "unused.c:10:5: warning: 'ddicheck-suppress SapComplete_Status' suppresses no finding" &&
    has unused_pragma "$err" "unused.c:12:1: warning: '#pragma warning(suppress: 28121)' suppresses no finding" &&
    has unused_typo "$err" "unused.c:16:5: warning: 'ddicheck-suppress No_Such_Rule' suppresses no finding" &&
    [ "$(count "$err" 'suppresses no finding')" -eq 4 ] && hasnt used "$err" "unused.c:6:" &&
    ok "--report-unused-suppressions: ddicheck's own, exit status 1" || bad "unused: $err"
run --report-unused-suppressions --disable=SapComplete_Status unused.c
[ "$rc" -eq 1 ] && hasnt disabled "$err" "SapComplete_Status" && ok "a disabled rule's suppression is not unused"
drv used.c "    $C // NOLINT(Irql_MCM_Function)"
run --report-unused-suppressions used.c
[ "$rc" -eq 0 ] && [ -z "$err" ] && ok "every suppression used: exit 0" || bad "used: rc $rc $err"

# ---- the suppression file ----
mkdir -p src/sub vendor
drv src/a.c "    $C" "    $C" "    $C"
drv src/sub/b.c "    $C"
drv vendor/c.c "    $C"
cat > supp.txt <<'EOF'
# RuleId:path-glob[:line]
Irql_MCM_Function:src/a.c:7 # reviewed: the adapter is halted
Irql_*:*/vendor/*
Irql_MCM_Function:b.c
Irql_MCM_Function:src/a.c:99
EOF
run --suppressions-list=supp.txt --show-suppressed --report-unused-suppressions src/a.c src/sub/b.c vendor/c.c
[ "$rc" -eq 1 ] && [ "$(count "$out" "is called at DIRQL")" -eq 5 ] && [ "$(count "$out" "(suppressed")" -eq 3 ] &&
    has file_line "$out" "src/a.c:7:5: warning: 'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function] (suppressed: reviewed: the adapter is halted)" &&
    has file_glob "$out" "vendor/c.c:6:5: warning: 'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function] (suppressed)" &&
    has file_base "$out" "src/sub/b.c:6:5: warning: 'NdisMCmDeactivateVc' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL [Irql_MCM_Function] (suppressed)" &&
    has file_unused "$err" "supp.txt:5:1: warning: 'Irql_MCM_Function:src/a.c:99' suppresses no finding" &&
    ok "suppression file: line, path glob, base name, unused entry" || bad "suppression file: $out $err"
run --format=json --suppressions-list "$tmp/supp.txt" --show-suppressed src/a.c
python3 - "$tmp/.out" <<'EOF' && ok "JSON report: counts.suppressed and the reasons" || bad "JSON suppressed: $out"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["counts"]["suppressed"] == 1 and len(r["findings"]) == 2, r["counts"]
s = r["suppressed"][0]
assert s["line"] == 7 and s["suppression"]["reason"] == "reviewed: the adapter is halted", s
EOF
printf 'Irql_MCM_Function\n' > bad1.txt
run --suppressions-list=bad1.txt src/a.c
[ "$rc" -eq 2 ] && has bad_line "$err" "bad1.txt:1: error: expected RuleId:path-glob[:line], found 'Irql_MCM_Function'" && ok "a malformed line"
printf '\n# nothing\nNo_Such_*:src/a.c\n' > bad2.txt
run --suppressions-list=bad2.txt src/a.c
[ "$rc" -eq 2 ] && has bad_rule "$err" "bad2.txt:3: error: unknown rule 'No_Such_*'" && ok "an unknown rule"
run --suppressions-list=missing.txt src/a.c
[ "$rc" -eq 2 ] && has missing "$err" "missing.txt: error: cannot read the suppression file" && ok "a missing suppression file"
run --suppressions-list=/dev/zero src/a.c
[ "$rc" -eq 2 ] && has device "$err" "/dev/zero: error: cannot read the suppression file" && ok "a device is refused"
exit $fail
