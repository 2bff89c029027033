#!/bin/sh
# config.sh DDICHECK ROOT — .ddicheck.json as a project of several directories uses it: "inherit"
# (the parent's settings merged in, three levels deep, lists joined and the nearest scalar winning),
# a child without "inherit" dropping the parent as before, --dump-config (its output is a valid
# configuration that reads back to itself), and JSON errors named by line and column in plain
# words (truncated files, an unclosed comment, a wrong value type). Every input is generated here.
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

# a source with one Irql_MCM_Function finding (an ISR) and one Irql_Protocol_Driver_Function
# finding (under a spin lock), and a check of NDIS60 / NDIS_MINIPORT_DRIVER / an include directory
src() {
    cat > "$1" <<'EOF'
#include <ndis.h>
#include "proj.h"
typedef struct _A { NDIS_HANDLE Vc; NDIS_SPIN_LOCK Lock; NDIS_HANDLE Af; } A;
MINIPORT_ISR Isr;
BOOLEAN Isr(NDIS_HANDLE Ctx, PBOOLEAN Q, PULONG T)
{
    UNREFERENCED_PARAMETER(Q);
    UNREFERENCED_PARAMETER(T);
    NdisMCmDeleteVc(((A *)Ctx)->Vc);
    return TRUE;
}
void Locked(A *a)
{
    NdisAcquireSpinLock(&a->Lock);
    NdisClOpenAddressFamilyEx(a->Af, NULL, NULL, NULL);
    NdisReleaseSpinLock(&a->Lock);
}
#if defined(WANT_NDIS60) && !defined(NDIS60)
#error "NDIS60 is not defined"
#endif
#if defined(WANT_MINIPORT) && !defined(NDIS_MINIPORT_DRIVER)
#error "NDIS_MINIPORT_DRIVER is not defined"
#endif
EOF
}
mkdir -p proj/inc proj/drv/sub proj/other
printf '#define PROJ 1\n' > proj/inc/proj.h
src proj/drv/sub/a.c
src proj/other/b.c
# rules found: prints the rule ids of the findings of the last run, sorted
rules_found() { printf '%s\n' "$out" | sed -n 's/.*warning: .*\[\([A-Za-z0-9_]*\)\]$/\1/p; s/.*error: .*\[\([A-Za-z0-9_]*\)\]$/\1E/p' | sort -u | paste -sd, -; }

printf '{ "include": ["inc"], "defines": ["WANT_NDIS60"], "ndis_version": "6.0", "severity": { "Irql_*": "error" },\n  "disable": ["CallManager_Role"] }\n' \
    > proj/.ddicheck.json
printf '{ "inherit": true, "disable": ["Irql_MCM_Function"], "defines": ["WANT_MINIPORT"] }\n' > proj/drv/.ddicheck.json
printf '{ "inherit_parent": true, "ndis_miniport": true, "severity": { "Irql_Protocol_Driver_Function": "warning" } }\n' \
    > proj/drv/sub/.ddicheck.json
run proj/drv/sub/a.c
[ "$rc" -eq 1 ] && [ "$(rules_found)" = "Irql_Protocol_Driver_Function" ] &&
    ok "three levels: include and NDIS version from the root, disable and a define from the middle, miniport and a severity from the leaf" ||
    bad "inherit chain: rc $rc, rules $(rules_found): $out $err"
run proj/other/b.c
[ "$rc" -eq 1 ] && [ "$(rules_found)" = "Irql_MCM_FunctionE,Irql_Protocol_Driver_FunctionE" ] &&
    ok "a sibling directory has the root's settings only" || bad "sibling: rc $rc, $(rules_found) $err"
printf '{ "disable": ["Irql_MCM_Function", "CallManager_Role"] }\n' > proj/drv/.ddicheck.json
printf '{ "inherit": true }\n' > proj/drv/sub/.ddicheck.json
run proj/drv/sub/a.c
[ "$rc" -eq 2 ] && has no_inherit_middle "$out$err" "proj.h' file not found" &&
    ok "a file without \"inherit\" stops the chain (the root's include is not read)"
printf '{ "inherit": true, "disable": ["Irql_MCM_Function"], "defines": ["WANT_MINIPORT"] }\n' > proj/drv/.ddicheck.json
printf '{ "inherit_parent": true, "ndis_miniport": true, "severity": { "Irql_Protocol_Driver_Function": "warning" } }\n' \
    > proj/drv/sub/.ddicheck.json

# ---- --dump-config ----
run --dump-config proj/drv/sub/a.c
[ "$rc" -eq 0 ] && printf '%s\n' "$out" > dump.json && python3 - dump.json "$tmp" <<'EOF' && ok "--dump-config merges the chain" || bad "--dump-config: $out $err"
import json, sys
d = json.load(open(sys.argv[1]))
t = sys.argv[2]
assert d["disable"] == ["CallManager_Role", "Irql_MCM_Function"], d
assert d["defines"] == ["WANT_NDIS60", "WANT_MINIPORT"], d
assert d["include"] == [t + "/proj/inc"], d
assert d["ndis_version"] == "6.0" and d["ndis_miniport"] is True, d
assert list(d["severity"].items()) == [("Irql_*", "error"), ("Irql_Protocol_Driver_Function", "warning")], d
assert d["$comment"] == "from %s/proj/drv/sub/.ddicheck.json, %s/proj/drv/.ddicheck.json, %s/proj/.ddicheck.json" % (t, t, t), d
EOF
run --config=dump.json --dump-config proj/other/b.c
printf '%s\n' "$out" > dump2.json
python3 - dump.json dump2.json <<'EOF' && ok "the dump reads back as the same configuration" || bad "dump round trip: $err"
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
a.pop("$comment"); b.pop("$comment")
assert a == b, (a, b)
EOF
run --config=dump.json proj/other/b.c
[ "$rc" -eq 1 ] && [ "$(rules_found)" = "Irql_Protocol_Driver_Function" ] && ok "the dump used with --config checks alike"
run --no-config --dump-config proj/drv/sub/a.c
[ "$rc" -eq 0 ] && has no_config "$out" '"$comment": "no configuration file"' && ok "--dump-config --no-config"
cd proj/drv || exit 1
"$DDICHECK" --dump-config > "$tmp/cwd.json" 2>&1
cd "$tmp" || exit 1
has dump_cwd "$(cat cwd.json)" '"from '"$tmp"'/proj/drv/.ddicheck.json, '"$tmp"'/proj/.ddicheck.json"' && ok "--dump-config without a file: the current directory"

# ---- errors: line and column in plain words ----
# bad NAME TEXT WANT: TEXT as proj/other/.ddicheck.json; WANT is the message after FILE:LINE:COL
# computed from the marker '@' in TEXT (removed before writing): the place the error is at
badcfg() {
    name=$1 text=$2 want=$3
    pos=$(printf '%s' "$text" | python3 -c 'import sys; t=sys.stdin.read(); i=t.index("@"); print("%d:%d" % (t[:i].count("\n") + 1, i - (t.rfind("\n", 0, i) + 1) + 1))')
    printf '%s' "$text" | tr -d '@' > proj/other/.ddicheck.json
    run proj/other/b.c
    [ "$rc" -eq 2 ] && has "$name" "$err" "proj/other/.ddicheck.json:$pos: error: $want" && ok "error: $name ($pos)"
}
badcfg missing_comma '{ "enable": ["Irql_*"]
  @"disable": [] }' "invalid JSON: expected ',' or '}' after a member value, found '\"'"
badcfg truncated '{ "enable": [
   "Irql_*",
@' "invalid JSON: unexpected end of file (an object, array, string or comment is not closed)"
badcfg open_comment '{ "enable": [] /* the rest
  of the file@' "invalid JSON: unexpected end of file (an object, array, string or comment is not closed)"
badcfg bad_word '{ "inherit": @tru }' "invalid JSON: invalid word (expected true or false), found 'tru'"
badcfg bad_number '{ "x": [1, @-e5] }' "invalid JSON: invalid number, found '-e5'"
badcfg wrong_type '{
  "ndis_version": "6.0",
  @"include": "inc" }' "\"include\" must be an array of strings"
badcfg unknown_key '{ @"fail-on": "error" }' "unknown key \"fail-on\""
badcfg inherit_type '{ @"inherit": "yes" }' "\"inherit\" must be true or false"
# an error in an inherited file names that file
rm -f proj/other/.ddicheck.json
printf '{ "inherit": true }\n' > proj/drv/sub/.ddicheck.json
printf '{ "inherit": true,\n  "severity": { "Irql_*": "fatal" } }\n' > proj/drv/.ddicheck.json
run proj/drv/sub/a.c
[ "$rc" -eq 2 ] && has parent_error "$err" "proj/drv/.ddicheck.json:2:17: error: severity of 'Irql_*' must be" && ok "an inherited file's error names that file"
exit $fail
