#!/bin/sh
# features.sh DDICHECK ROOT — suppressions, baselines, .ddicheck.json, --fail-on, --explain and the
# per-file JSON report an editor runs on save, tried as a user would from a scratch project.
set -u
DDICHECK=$1
ROOT=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
SUPP="$ROOT/testsuite/report/suppress_input.c"
ONE="$ROOT/testsuite/unit/json_input.c"

# expect NAME WANT_RC PATTERN -- ARGS... : exit status and a fixed string in stdout+stderr
# (PATTERN "" checks only the status; "!TEXT" requires TEXT to be absent)
expect() {
    name=$1 want=$2 pat=$3
    shift 4
    out=$(cd "$tmp/proj" && "$DDICHECK" "$@" 2>&1)
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        echo "FAIL $name: exit $rc, expected $want"; printf '%s\n' "$out"; fail=1; return
    fi
    case "$pat" in
    "") ;;
    !*) if printf '%s\n' "$out" | grep -qF -- "${pat#!}"; then
            echo "FAIL $name: output has '${pat#!}'"; printf '%s\n' "$out"; fail=1; return
        fi ;;
    *) if ! printf '%s\n' "$out" | grep -qF -- "$pat"; then
           echo "FAIL $name: output lacks '$pat'"; printf '%s\n' "$out"; fail=1; return
       fi ;;
    esac
    echo "ok   $name"
}

mkdir -p "$tmp/proj/src/sub" "$tmp/proj/inc"
cp "$ONE" "$tmp/proj/src/sub/drv.c"

# --- suppressions ---
expect suppress_verify 0 "1 finding(s)" -- --verify "$SUPP"
expect suppress_count 1 "2 finding(s) silenced by suppressions" -- "$SUPP"
expect suppress_hidden 1 "!NdisMCmDeactivateVc" -- "$SUPP"
expect suppress_listed 1 "(suppressed: reviewed)" -- --show-suppressed "$SUPP"
expect suppress_json 1 '"suppressed":2' -- --format=json "$SUPP"

# --- baselines: moving code keeps old findings hidden; a new finding shows ---
cp "$ONE" "$tmp/proj/a.c"
expect baseline_write 1 "" -- --write-baseline="$tmp/base.json" a.c
expect baseline_hides 0 "1 finding(s) hidden because the baseline" -- --baseline="$tmp/base.json" a.c
{ printf '/* a comment\n   that moves everything down */\n\n'; cat "$ONE"; } > "$tmp/proj/a.c"
expect baseline_moved 0 "!warning:" -- --baseline="$tmp/base.json" a.c
sed 's|    return TRUE;|    NdisMCmActivateVc(a->Vc, NULL);\n    return TRUE;|' "$ONE" > "$tmp/proj/a.c"
expect baseline_new 1 "'NdisMCmActivateVc' is called at DIRQL" -- --baseline="$tmp/base.json" a.c
expect baseline_new_only 1 "!NdisMCmDispatchIncomingCall" -- --baseline="$tmp/base.json" a.c
printf '{ "findings": [\n  { "rule": "x" }\n]\n' > "$tmp/badbase.json"
expect baseline_invalid 2 "badbase.json:4: error: the baseline is not valid JSON" -- --baseline="$tmp/badbase.json" a.c
printf '{ "findings": [ { "rule": "x" } ] }\n' > "$tmp/oldbase.json"
expect baseline_no_fingerprint 2 "has no \"fingerprint\"" -- --baseline="$tmp/oldbase.json" a.c

# --- configuration, found by walking up from the source ---
printf '{ "disable": ["Irql_MCM_Function"] }\n' > "$tmp/proj/.ddicheck.json"
expect config_disable 0 "" -- src/sub/drv.c
expect config_cli_enable_wins 1 "[Irql_MCM_Function]" -- --enable=Irql_MCM_Function src/sub/drv.c
expect config_ignored 1 "[Irql_MCM_Function]" -- --no-config src/sub/drv.c
printf '{ "severity": { "Irql_*": "note" }, "fail_on": "warning" }\n' > "$tmp/proj/.ddicheck.json"
expect config_severity_fail_on 0 "note: 'NdisMCmDispatchIncomingCall' is called" -- src/sub/drv.c
expect cli_fail_on_wins 1 "" -- --fail-on=note src/sub/drv.c
printf '{ "severity": { "Irql_MCM_Function": "error" } }\n' > "$tmp/proj/.ddicheck.json"
expect config_severity_error 1 "error: 'NdisMCmDispatchIncomingCall' is called" -- src/sub/drv.c
expect fail_on_error 1 "" -- --fail-on=error src/sub/drv.c
printf '#include <ndis.h>\n#ifndef NDIS51\n#error "NDIS51 is not defined"\n#endif\n#include "local.h"\nint x = LOCAL_VALUE;\n' \
    > "$tmp/proj/src/sub/ver.c"
printf '#define LOCAL_VALUE 1\n' > "$tmp/proj/inc/local.h"
printf '{ "ndis_version": "5.1", "include": ["inc"], "defines": ["UNUSED_MACRO=2"] }\n' > "$tmp/proj/.ddicheck.json"
expect config_ndis_version_include 0 "" -- src/sub/ver.c
expect cli_ndis_define_wins 2 "NDIS51 is not defined" -- src/sub/ver.c -DNDIS60
printf '{ "ndis_version": "5.1",\n  "include": "inc" }\n' > "$tmp/proj/.ddicheck.json"
expect config_bad_type 2 ".ddicheck.json:2:3: error: \"include\" must be an array of strings" -- src/sub/ver.c
printf '{ "ndis_version": "5.1"\n  "include": ["inc"] }\n' > "$tmp/proj/.ddicheck.json"
expect config_bad_json 2 ".ddicheck.json:2:3: error: invalid JSON" -- src/sub/ver.c
printf '{ "disable": ["No_Such_Rule"] }\n' > "$tmp/proj/.ddicheck.json"
expect config_unknown_rule 2 "unknown rule 'No_Such_Rule' in \"disable\"" -- src/sub/drv.c
printf '{ "ndis_version": "7.0" }\n' > "$tmp/proj/.ddicheck.json"
expect config_bad_version 2 "\"ndis_version\" must be one of" -- src/sub/drv.c
printf '{ "disable": ["Irql_MCM_Function"] }\n' > "$tmp/other.json"
expect config_explicit 0 "" -- --config="$tmp/other.json" src/sub/drv.c
rm "$tmp/proj/.ddicheck.json"

# --- options ---
expect fail_on_bad 2 "unknown --fail-on level 'fatal'" -- --fail-on=fatal src/sub/drv.c
expect format_bad 2 "unknown format 'xml' (use text, json, sarif, github, gitlab or checkstyle)" -- --format=xml src/sub/drv.c
expect explain 0 "# Irql_MCM_Function" -- --explain Irql_MCM_Function
expect explain_eq 0 "## What it checks" -- --explain=SapComplete_Status
expect explain_unknown 2 "unknown rule 'Nope'" -- --explain=Nope

# --- the editor's run on save: one file, JSON on stdout, nothing else there ---
(cd "$tmp/proj" && "$DDICHECK" --format=json src/sub/drv.c > "$tmp/editor.json" 2>/dev/null)
rc=$?
if [ "$rc" -eq 1 ] && python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
f = r["findings"][0]
assert f["file"] == "src/sub/drv.c" and f["line"] == 13 and f["column"] == 5 and f["column_utf16"] == 5, f
assert f["offset"] > 0 and f["fingerprint"], f
' "$tmp/editor.json"; then echo "ok   editor_json"; else echo "FAIL editor_json (exit $rc)"; fail=1; fi

exit $fail
