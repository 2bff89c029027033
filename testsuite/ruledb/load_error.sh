#!/bin/sh
# load_error.sh CASE DDICHECK MODEL_RUNNER ROOT SAMPLE — one defect (defects.sh) in a copy of ROOT/rules:
# ddicheck --rules-dir=COPY and the runtime model (MODEL_RUNNER --rules COPY SAMPLE) must both exit 2 with
# "FILE:LINE: error: ..." naming the defect; the untouched copy must load in both.
set -u
CASE=$1 DDICHECK=$2 MODEL=$3 ROOT=$4 SAMPLE=$5
. "$(dirname "$0")/defects.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$ROOT/rules" "$tmp/rules"
printf 'void f(void) {}\n' > "$tmp/x.c"

# run NAME WANT_RC ARGS...: sets OUT (stdout+stderr)
run() {
    name=$1 want=$2
    shift 2
    OUT=$("$@" 2>&1)
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        echo "FAIL $CASE ($name): exit $rc, expected $want"; printf '%s\n' "$OUT" | tail -n 5; exit 1
    fi
    if printf '%s\n' "$OUT" | grep -q "Segmentation\|Aborted\|AddressSanitizer\|runtime error"; then
        echo "FAIL $CASE ($name): crashed"; printf '%s\n' "$OUT"; exit 1
    fi
}
expect_message() {
    want="$FILE:$LINE: error: "
    if ! printf '%s\n' "$OUT" | grep -qF -- "$want"; then
        echo "FAIL $CASE ($1): the message does not name $want"; printf '%s\n' "$OUT" | head -n 5; exit 1
    fi
    if ! printf '%s\n' "$OUT" | grep -F -- "$want" | grep -qF -- "$MSG"; then
        echo "FAIL $CASE ($1): the message lacks '$MSG'"; printf '%s\n' "$OUT" | head -n 5; exit 1
    fi
}

run "ddicheck, intact rules" 0 "$DDICHECK" --rules-dir="$tmp/rules" "$tmp/x.c"
run "model, intact rules" 0 "$MODEL" --quiet --rules "$tmp/rules" "$SAMPLE" all
defect "$CASE" "$tmp/rules"
run ddicheck 2 "$DDICHECK" --rules-dir="$tmp/rules" "$tmp/x.c"
expect_message ddicheck
echo "ok   ddicheck: $(printf '%s\n' "$OUT" | grep -F -- "$FILE:$LINE: error: " | sed "s|$tmp/||")"
run model 2 "$MODEL" --quiet --rules "$tmp/rules" "$SAMPLE" all
expect_message model
echo "ok   model:    $(printf '%s\n' "$OUT" | grep -F -- "$FILE:$LINE: error: " | sed "s|$tmp/||")"
