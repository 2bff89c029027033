#!/bin/sh
# config_schema.sh DDICHECK ROOT NPMDIR — docs/ddicheck-config.schema.json (draft 2020-12) compiles in
# ajv's strict mode; it accepts the configuration examples of docs/usage.md and README.md and what
# --dump-config prints, and it rejects each broken configuration below, which ddicheck rejects too
# (exit 2, naming the file), so the schema and the loader say the same.
set -u
DDICHECK=$1 ROOT=$2 NPMDIR=$3
AJV="$NPMDIR/node_modules/.bin/ajv"
SCHEMA="$ROOT/docs/ddicheck-config.schema.json"
[ -x "$AJV" ] || { echo "ajv missing: run the report/npm_tools test first"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ajv() { "$AJV" validate --spec=draft2020 --strict=true -s "$SCHEMA" "$@"; }
printf '#include <ndis.h>\nint x;\n' > "$tmp/a.c"

# the ```json blocks of the docs that are configurations (they have no "findings" or "runs")
python3 - "$ROOT/docs/usage.md" "$ROOT/README.md" "$tmp" <<'EOF'
import json, re, sys
n = 0
for doc in sys.argv[1:3]:
    for block in re.findall(r"```json\n(.*?)```", open(doc).read(), re.S):
        v = json.loads(block)
        if isinstance(v, dict) and not {"findings", "runs", "tool"} & set(v):
            n += 1
            open("%s/doc%d.json" % (sys.argv[3], n), "w").write(block)
print("%d configuration examples in the docs" % n)
assert n >= 1, n
EOF
[ $? -eq 0 ] || fail=1
mkdir -p "$tmp/p/sub"
printf '{ "ndis_version": "6.20", "include": ["inc"], "severity": { "Irql_*": "error" }, "fail_on": "warning" }\n' \
    > "$tmp/p/.ddicheck.json"
printf '{ "inherit": true, "disable": ["CallManager_Role"], "ndis_miniport": true, "defines": ["X=1"] }\n' \
    > "$tmp/p/sub/.ddicheck.json"
"$DDICHECK" --dump-config "$tmp/p/sub/a.c" > "$tmp/dump1.json" || fail=1
"$DDICHECK" --no-config --dump-config > "$tmp/dump2.json" || fail=1
set --
for f in "$tmp"/doc*.json "$tmp/dump1.json" "$tmp/dump2.json" "$tmp/p/.ddicheck.json" "$tmp/p/sub/.ddicheck.json"; do
    set -- "$@" -d "$f"
done
if ajv "$@" > "$tmp/ajv.log" 2>&1 && [ "$(grep -c ' valid$' "$tmp/ajv.log")" -eq $(($# / 2)) ]; then
    echo "ok   $(($# / 2)) configurations (docs, --dump-config, inherit) match the schema"
else
    cat "$tmp/ajv.log"; echo "FAIL: a valid configuration does not match the schema"; fail=1
fi

# broken NAME JSON MESSAGE: the schema rejects JSON, and ddicheck says MESSAGE about it
broken() {
    name=$1
    mkdir -p "$tmp/$name"
    printf '%s\n' "$2" > "$tmp/$name/.ddicheck.json"
    cp "$tmp/a.c" "$tmp/$name/a.c"
    if ajv -d "$tmp/$name/.ddicheck.json" > "$tmp/ajv.log" 2>&1; then
        echo "FAIL $name: the schema accepts it"; fail=1; return
    fi
    out=$("$DDICHECK" -q "$tmp/$name/a.c" 2>&1)
    rc=$?
    if [ "$rc" -ne 2 ] || ! printf '%s\n' "$out" | grep -qF -- "$name/.ddicheck.json:" ||
        ! printf '%s\n' "$out" | grep -qF -- "$3"; then
        echo "FAIL $name: ddicheck exit $rc: $out"; fail=1; return
    fi
    echo "ok   $name: rejected by the schema and by ddicheck"
}
broken unknown_key '{ "enabled": ["Irql_*"] }' 'unknown key "enabled"'
broken enable_string '{ "enable": "Irql_*" }' '"enable" must be an array of strings'
broken empty_pattern '{ "disable": [""] }' '"disable" must be an array of non-empty strings'
broken bad_severity '{ "severity": { "Irql_*": "fatal" } }' "severity of 'Irql_*' must be"
broken bad_version '{ "ndis_version": "7.0" }' '"ndis_version" must be one of'
broken version_number '{ "ndis_version": 6.2 }' '"ndis_version" must be one of'
broken miniport_string '{ "ndis_miniport": "yes" }' '"ndis_miniport" must be true or false'
broken bad_fail_on '{ "fail_on": "warnings" }' '"fail_on" must be'
broken inherit_string '{ "inherit": "true" }' '"inherit" must be true or false'
broken not_object '[ "Irql_*" ]' 'the configuration must be a JSON object'
exit $fail
