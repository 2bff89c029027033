#!/bin/sh
# bad_input.sh DDICHECK DIR — every kind of bad input gets one clear message naming the culprit
# and exit status 2, never a crash or a partial report.
set -u
DDICHECK=$1
DIR=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# expect NAME WANT_RC PATTERN -- ARGS... : runs ddicheck, checks exit status and that the output
# (stdout+stderr) contains PATTERN (fixed string)
expect() {
    name=$1 want=$2 pat=$3
    shift 4
    out=$("$DDICHECK" "$@" 2>&1)
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        echo "FAIL $name: exit $rc, expected $want"; printf '%s\n' "$out"; fail=1; return
    fi
    if ! printf '%s\n' "$out" | grep -qF -- "$pat"; then
        echo "FAIL $name: output lacks '$pat'"; printf '%s\n' "$out"; fail=1; return
    fi
    if printf '%s\n' "$out" | grep -q "Segmentation\|Aborted\|AddressSanitizer"; then
        echo "FAIL $name: crashed"; fail=1; return
    fi
    echo "ok   $name"
}

expect missing_file 2 "nosuch.c: error: cannot open source file" -- "$tmp/nosuch.c"
expect directory 2 "error: is a directory" -- "$tmp"
printf '\177ELF\001\001\000\000binary' > "$tmp/prog.c"
expect binary_file 2 "prog.c: error: is a binary file" -- "$tmp/prog.c"
expect missing_header 2 "missing_header.c:3:10: error: 'driver_private.h' file not found" -- "$DIR/missing_header.c"
expect syntax_error 2 "syntax_error.c:8:27: error: expected expression" -- "$DIR/syntax_error.c"
# the rest of a TU with a syntax error is still analyzed
expect syntax_error_still_analyzed 2 "[Irql_MCM_Function]" -- "$DIR/syntax_error.c"
mkdir -p "$tmp/bad_db"
printf '[\n  {"directory": "/tmp", "file": "a.c", "arguments": ["cc", "a.c"]},\n  {"directory": "/tmp" "file": "b.c"}\n]\n' \
    > "$tmp/bad_db/compile_commands.json"
expect broken_compdb 2 "compile_commands.json:3: error: invalid compile database" -- -p "$tmp/bad_db"
mkdir -p "$tmp/no_db"
expect missing_compdb 2 "compile_commands.json: error: cannot read the compile database: No such file or directory" -- -p "$tmp/no_db"
expect unknown_rule_enable 2 "unknown rule 'Irql_Nonexistent' in --enable" -- --enable=Irql_Nonexistent "$DIR/syntax_error.c"
expect unknown_rule_disable 2 "unknown rule 'Nope*' in --disable" -- --disable='Nope*' "$DIR/syntax_error.c"
expect unknown_option 2 "unknown option '--frobnicate'" -- --frobnicate x.c
expect unknown_format 2 "unknown format 'xml'" -- --format=xml x.c
expect no_inputs 2 "no input files" --

# a bad rule file names the file and line
cp -r "$(dirname "$DIR")/../rules" "$tmp/rules"
printf '{\n  "id": "Irql_MCM_Function",\n  "kind": "irql"\n  "summary": "x"\n}\n' > "$tmp/rules/defs/Irql_MCM_Function.json"
expect bad_rule_json 2 "Irql_MCM_Function.json:4: error: invalid rule definition" -- --rules-dir="$tmp/rules" "$DIR/syntax_error.c"
cp -r "$(dirname "$DIR")/../rules" "$tmp/rules2"
printf 'NdisFoo\tPASSIVE_LEVEL\tSOMETIMES_LEVEL\tIrql_MCM_Function\n' >> "$tmp/rules2/facts/ddi-irql.tsv"
expect bad_rule_tsv 2 "ddi-irql.tsv:" -- --rules-dir="$tmp/rules2" "$DIR/syntax_error.c"

# a report is written whole even when an input has errors, and nothing else is left behind
"$DDICHECK" --format=json -o "$tmp/out/report.json" "$DIR/syntax_error.c" >/dev/null 2>&1
rc=$?
if [ "$rc" -ne 2 ]; then echo "FAIL report_to_missing_dir: exit $rc, expected 2"; fail=1; else echo "ok   report_to_missing_dir"; fi
mkdir -p "$tmp/out"
"$DDICHECK" --format=json -o "$tmp/out/report.json" "$DIR/syntax_error.c" >/dev/null 2>&1
if python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["errors"] and r["findings"]' "$tmp/out/report.json" &&
   [ "$(ls "$tmp/out")" = "report.json" ]; then
    echo "ok   report_whole_with_errors"
else
    echo "FAIL report_whole_with_errors"; fail=1
fi
exit $fail
