#!/bin/sh
# json_schema.sh DDICHECK ROOT NPMDIR — validates JSON reports against docs/report-schema.json with
# ajv (strict mode): faulty and clean samples, a report with clang errors, one listing suppressed
# findings, one with baselined findings, and the report of a single file written to stdout (what
# an editor runs on save). A report that breaks the schema must be rejected.
set -eu
DDICHECK=$1
ROOT=$2
NPMDIR=$3
AJV="$NPMDIR/node_modules/.bin/ajv"
SCHEMA="$ROOT/docs/report-schema.json"
[ -x "$AJV" ] || { echo "ajv missing: run the report/npm_tools test first"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/json"

# run NAME "WANT_RC..." ARGS... : ddicheck --format=json ARGS > $tmp/json/NAME.json
run() {
    name=$1 want=$2
    shift 2
    set +e
    "$DDICHECK" --format=json "$@" > "$tmp/json/$name.json" 2>"$tmp/stderr"
    rc=$?
    set -e
    case " $want " in *" $rc "*) ;; *)
        echo "FAIL $name: ddicheck exit $rc, expected $want"; cat "$tmp/stderr"; exit 1 ;;
    esac
}

if [ -f "$ROOT/samples/samples.tsv" ]; then
    while IFS="$(printf '\t')" read -r name files flags prefix rules; do
        case "$name" in ''|'#'*) continue ;; esac
        [ "$flags" = "-" ] && flags=""
        want="0 1" # the findings themselves are the samples tests' business
        paths=""
        for f in $files; do paths="$paths $ROOT/samples/$f"; done
        # shellcheck disable=SC2086
        run "sample-$name" "$want" $flags $paths
    done < "$ROOT/samples/samples.tsv"
fi
run editor-one-file 1 "$ROOT/testsuite/unit/json_input.c"
run clang-error 2 "$ROOT/testsuite/cli/syntax_error.c"
run suppressed 1 --show-suppressed "$ROOT/testsuite/report/suppress_input.c"
cp "$ROOT/testsuite/unit/json_input.c" "$tmp/a.c"
"$DDICHECK" --write-baseline="$tmp/base.json" "$tmp/a.c" >/dev/null || true
cp "$tmp/base.json" "$tmp/json/written-baseline.json"
run baselined 0 --baseline="$tmp/base.json" "$tmp/a.c"

for f in "$tmp"/json/*.json; do
    "$AJV" validate --strict=true -s "$SCHEMA" -d "$f" > "$tmp/ajv.log" 2>&1 || {
        cat "$tmp/ajv.log"; echo "FAIL: $(basename "$f") does not match docs/report-schema.json"; exit 1; }
done
echo "$(ls "$tmp/json" | wc -l) JSON reports match docs/report-schema.json"

# the schema rejects a report with a misspelled field
sed 's/"column_utf16"/"column_utf8"/' "$tmp/json/editor-one-file.json" > "$tmp/bad.json"
if "$AJV" validate --strict=true -s "$SCHEMA" -d "$tmp/bad.json" > "$tmp/ajv.log" 2>&1; then
    echo "FAIL: the schema accepted a report with a misspelled field"; exit 1
fi
echo "negative check: a misspelled field is rejected"
