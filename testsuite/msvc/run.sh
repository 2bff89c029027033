#!/bin/sh
# run.sh DDICHECK ROOT FILE — one construct that the Microsoft C compiler accepts and clang rejects
# by default (the first line of FILE says how: "// clang-without-msvc-flags: error", or "warning
# -WGROUP" where clang 19 only warns). Two checks:
#   1. ddicheck --verify FILE: ddicheck parses the file without errors and finds the violation the
#      file announces (so the construct did not stop the analysis);
#   2. the control: clang-19 -fsyntax-only on FILE without ddicheck's MSVC flags does reject it (or
#      warns with -WGROUP), so the test stands for a real difference. Skipped without clang-19.
set -u
DDICHECK=$1
ROOT=$2
FILE=$3
fail=0
out=$("$DDICHECK" --verify "$FILE" 2>&1)
if [ $? -ne 0 ]; then
    echo "FAIL ddicheck --verify $FILE:"; printf '%s\n' "$out"; fail=1
else
    echo "ok   ddicheck --verify: $out"
fi
want=$(sed -n '1s|^// clang-without-msvc-flags: *||p' "$FILE")
CLANG=$(command -v clang-19 || command -v clang || true)
if [ -z "$want" ]; then
    echo "FAIL $FILE: no '// clang-without-msvc-flags:' first line"; fail=1
elif [ -z "$CLANG" ]; then
    echo "note: no clang-19 here, the control is skipped"
else
    cout=$("$CLANG" -fsyntax-only -isystem "$ROOT/runtime-model/include" "$FILE" 2>&1)
    crc=$?
    case "$want" in
    error)
        if [ $crc -eq 0 ]; then echo "FAIL control: clang accepts $FILE without MSVC flags"; fail=1
        else echo "ok   control: clang without MSVC flags rejects it: $(printf '%s\n' "$cout" | grep -m1 'error:')"; fi ;;
    "warning "*)
        grp=${want#warning }
        if printf '%s\n' "$cout" | grep -qF -- "[$grp]"; then echo "ok   control: clang warns [$grp]"
        else echo "FAIL control: clang does not warn [$grp]:"; printf '%s\n' "$cout"; fail=1; fi ;;
    *) echo "FAIL $FILE: unknown control '$want'"; fail=1 ;;
    esac
fi
exit $fail
