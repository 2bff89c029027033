#!/bin/sh
# run-samples.sh — README command 1: sets everything up, builds ddicheck and runs it on every
# bundled sample driver configuration listed in samples/samples.tsv (clean builds and the -D fault
# switches), printing the findings of each and whether they are the rules the manifest expects.
# Exit status, as ddicheck's: 0 no findings, 1 findings (the faulty samples have them), 2 a tool
# error or a configuration whose findings differ from the manifest.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
"$ROOT/scripts/setup.sh"
DDICHECK="$ROOT/build/bin/ddicheck"
cd "$ROOT/samples"
known=$(mktemp)
trap 'rm -f "$known"' EXIT
"$DDICHECK" --list-rules | awk '{print $1}' > "$known"
echo - >> "$known"
status=0
total=0
findings=0
while IFS='	' read -r name files flags prefix expected; do
    case "$name" in ''|'#'*) continue ;; esac
    [ "$flags" = "-" ] && flags=""
    total=$((total + 1))
    echo "=== $name: ddicheck $flags $files"
    set +e
    # shellcheck disable=SC2086
    out=$("$DDICHECK" $flags $files 2>&1)
    rc=$?
    set -e
    [ -n "$out" ] && printf '%s\n' "$out"
    [ "$rc" -eq 1 ] && findings=1
    got=$(printf '%s\n' "$out" | sed -n 's/.*warning: .*\[\([A-Za-z0-9_]*\)\]$/\1/p' | sort -u | paste -sd, -)
    [ -n "$got" ] || got="-"
    # rules ddicheck does not have yet (the runtime model checks them, runtime-model/README.md) are not expected
    want=$(printf '%s' "$expected" | tr ',' '\n' | grep -Fx -f "$known" | sort -u | paste -sd, -)
    [ -n "$want" ] || want="-"
    if [ "$rc" -eq 2 ]; then
        echo "--- $name: ERROR (exit 2)"; status=2
    elif [ "$got" = "$want" ]; then
        if [ "$want" = "-" ]; then echo "--- $name: clean, as expected"; else echo "--- $name: found $got, as expected"; fi
    else
        echo "--- $name: MISMATCH: expected $want, got $got"; status=2
    fi
    echo
done < samples.tsv
[ "$status" -eq 0 ] && status=$findings
echo "ddicheck ran on $total sample configurations (exit $status)"
exit $status
