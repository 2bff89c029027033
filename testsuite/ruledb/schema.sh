#!/bin/sh
# schema.sh DDICHECK ROOT NPMDIR — the JSON Schema of rule definitions
# (ROOT/rules/schema/rule-definition.schema.json, draft 2020-12) compiles in ajv's strict mode and
# accepts every ROOT/rules/defs/*.json; each broken definition of defects.sh that a schema can see
# is rejected by the schema AND by the loader (ddicheck --rules-dir: exit 2, FILE:LINE).
set -u
DDICHECK=$1 ROOT=$2 NPMDIR=$3
AJV="$NPMDIR/node_modules/.bin/ajv"
SCHEMA_FILE="$ROOT/rules/schema/rule-definition.schema.json"
[ -x "$AJV" ] || { echo "ajv missing: run the report/npm_tools test first"; exit 1; }
. "$(dirname "$0")/defects.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'void f(void) {}\n' > "$tmp/x.c"

ajv() {
    "$AJV" validate --spec=draft2020 --strict=true -s "$SCHEMA_FILE" "$@"
}

# one ajv run for all the files (node starts once): every definition must be valid
set -- 
for f in "$ROOT"/rules/defs/*.json; do set -- "$@" -d "$f"; done
[ $# -gt 0 ] || { echo "FAIL: no definitions in $ROOT/rules/defs"; exit 1; }
ajv "$@" > "$tmp/ajv.log" 2>&1 || { cat "$tmp/ajv.log"; echo "FAIL: a definition does not match the schema"; exit 1; }
n=$(grep -c ' valid$' "$tmp/ajv.log")
[ "$n" -eq $(($# / 2)) ] || { cat "$tmp/ajv.log"; echo "FAIL: ajv validated $n of $(($# / 2)) definitions"; exit 1; }
echo "ok   $n definitions match rules/schema/rule-definition.schema.json"

# each broken definition the schema can see, in its own copy of rules/: the loader rejects it ...
set --
checked=""
for c in $DEFECT_CASES; do
    mkdir "$tmp/$c"
    cp -r "$ROOT/rules" "$tmp/$c/rules"
    defect "$c" "$tmp/$c/rules"
    [ "$SCHEMA" = yes ] || continue
    out=$("$DDICHECK" --rules-dir="$tmp/$c/rules" "$tmp/x.c" 2>&1)
    rc=$?
    if [ "$rc" -ne 2 ] || ! printf '%s\n' "$out" | grep -qF -- "$FILE:$LINE: error: "; then
        echo "FAIL $c: the loader gave exit $rc, expected 2 with $FILE:$LINE"; printf '%s\n' "$out" | head -n 3
        exit 1
    fi
    set -- "$@" -d "$FILE"
    checked="$checked $c:$FILE:$LINE"
done
[ $# -ge 10 ] || { echo "FAIL: only $(($# / 2)) broken definitions checked"; exit 1; }
# ... and so does the schema (a file ajv cannot parse is rejected on its own run)
ajv "$@" > "$tmp/ajv.log" 2>&1
for entry in $checked; do
    c=${entry%%:*} rest=${entry#*:}
    f=${rest%:*} line=${rest##*:}
    if ! grep -qxF -- "$f invalid" "$tmp/ajv.log"; then
        ajv -d "$f" > "$tmp/one.log" 2>&1
        # rejected: "FILE invalid", or ajv cannot parse it ("error: FILE: Unexpected ...")
        if ! grep -qxF -- "$f invalid" "$tmp/one.log" && ! grep -q "^error: .*$f: .*JSON" "$tmp/one.log"; then
            echo "FAIL $c: the schema does not reject $f"; cat "$tmp/one.log"; exit 1
        fi
    fi
    echo "ok   $c: rejected by the schema and by the loader ($(basename "$f"):$line)"
done
