#!/bin/sh
# check.sh - compile the header-set tests with every supported compiler.
#
# Compiles compile_all.c and compile_ndis5.c (and a few version-macro
# variants) against runtime-model/include with gcc, clang-19 for Linux and
# clang-19 for the x86_64 MSVC target (syntax only), all with
# -Wall -Wextra -Werror. Exits non-zero if any compilation fails.
# Compilers can be overridden with CC_GCC and CC_CLANG.
set -u

here=$(cd "$(dirname "$0")" && pwd)
inc="$here/../../runtime-model/include"
gcc_cc=${CC_GCC:-gcc}
clang_cc=${CC_CLANG:-clang-19}
warn="-Wall -Wextra -Werror"
failures=0
runs=0

compile() {
    runs=$((runs + 1))
    if "$@" >"$tmp/out" 2>&1; then
        echo "ok   $*"
    else
        failures=$((failures + 1))
        echo "FAIL $*"
        cat "$tmp/out"
    fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

printf '#include <ndis.h>\n' >"$tmp/plain.c"
printf '#include <ntddk.h>\n#include <ndis.h>\n' >"$tmp/ntddk_first.c"

for variant in \
    "$here/compile_all.c" \
    "$here/compile_ndis5.c" \
    "$here/compile_ndis5.c -DNDIS_MINIPORT_DRIVER -DNDIS51_MINIPORT" \
    "$here/compile_all.c -DNDIS51" \
    "$here/compile_all.c -DNDIS_MODEL_CAPTURE_CALLSITE" \
    "$tmp/plain.c" \
    "$tmp/ntddk_first.c"; do
    # shellcheck disable=SC2086
    set -- $variant
    compile "$gcc_cc" -std=c11 $warn -I"$inc" -c "$@" -o "$tmp/out.o"
    compile "$clang_cc" -std=c11 $warn -I"$inc" -c "$@" -o "$tmp/out.o"
    compile "$clang_cc" -fsyntax-only --target=x86_64-pc-windows-msvc -fms-extensions \
        -fms-compatibility $warn -I"$inc" "$@"
done

echo "$((runs - failures))/$runs compilations passed"
[ "$failures" -eq 0 ]
