#!/bin/sh
# vocabulary.sh DDICHECK MODEL SAMPLE ROOT — the checker and the runtime model read IRQL names with one
# vocabulary: with every PASSIVE_LEVEL of the fact tables written as its alias LOW_LEVEL, both load
# the rules and report exactly what they report with the original tables (MODEL: the client sample
# that opens its AF, a PASSIVE_LEVEL DDI, with a spin lock held).
set -u
DDICHECK=$1 MODEL=$2 SAMPLE=$3 ROOT=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$ROOT/rules" "$tmp/rules"
sed -i 's/\tPASSIVE_LEVEL/\tLOW_LEVEL/g' "$tmp/rules/facts/ddi-irql.tsv" "$tmp/rules/facts/role-irql.tsv"
grep -q 'LOW_LEVEL' "$tmp/rules/facts/ddi-irql.tsv" || { echo "FAIL: no LOW_LEVEL written"; exit 1; }
src="$ROOT/testsuite/rules/Irql_Protocol_Driver_Function_keacquire.c"
"$DDICHECK" --rules-dir="$tmp/rules" --verify "$src" || { echo "FAIL: ddicheck with LOW_LEVEL tables"; exit 1; }
echo "ok   ddicheck --verify $(basename "$src") with LOW_LEVEL tables"
"$MODEL" --quiet --rules "$ROOT/rules" "$SAMPLE" all > "$tmp/orig.txt" 2>&1
"$MODEL" --quiet --rules "$tmp/rules" "$SAMPLE" all > "$tmp/low.txt" 2>&1
grep -q 'requires PASSIVE_LEVEL \[Irql_Protocol_Driver_Function\]' "$tmp/orig.txt" || {
    echo "FAIL: the model reports no PASSIVE_LEVEL violation with the original tables"; cat "$tmp/orig.txt"; exit 1; }
if ! cmp -s "$tmp/orig.txt" "$tmp/low.txt"; then
    echo "FAIL: the model reports differently with LOW_LEVEL tables"; diff "$tmp/orig.txt" "$tmp/low.txt" | head; exit 1
fi
echo "ok   the model reports the same with LOW_LEVEL tables"
