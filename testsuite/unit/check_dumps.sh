#!/bin/sh
# check_dumps.sh DDICHECK DIR — runs ddicheck with the mode named on each DIR/*.c file's
# "// RUN-MODE:" line (e.g. --dump-ir) and checks that the output contains every "// CHECK: text"
# line of the file, in order (each a substring of one output line). Exit 1 on any mismatch.
set -u
DDICHECK=$1
DIR=$2
fail=0
for src in "$DIR"/*.c; do
    mode=$(sed -n 's|^// RUN-MODE: *||p' "$src" | head -1)
    out=$("$DDICHECK" $mode "$src" 2>&1)
    checks=$(sed -n 's|^ *// CHECK: *||p' "$src")
    n=$(printf '%s\n' "$checks" | grep -c .)
    [ "$n" -gt 0 ] || { echo "$src: no CHECK lines"; fail=1; continue; }
    rest=$out
    lineno=0
    printf '%s\n' "$checks" > /tmp/ddicheck-checks.$$
    while IFS= read -r want; do
        lineno=$((lineno + 1))
        # drop output up to and including the first line containing $want
        found=$(printf '%s\n' "$rest" | grep -nF -- "$want" | head -1 | cut -d: -f1)
        if [ -z "$found" ]; then
            echo "$src: CHECK $lineno not found (in order): $want"
            echo "--- output was:"; printf '%s\n' "$out"
            fail=1
            break
        fi
        rest=$(printf '%s\n' "$rest" | sed "1,${found}d")
    done < /tmp/ddicheck-checks.$$
    rm -f /tmp/ddicheck-checks.$$
    [ $fail -eq 0 ] && echo "$src: $n CHECK lines matched"
done
exit $fail
