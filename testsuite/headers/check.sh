#!/bin/sh
# check.sh - compile the header-set tests with every supported compiler.
#
# Six configurations: gcc, clang-19 for Linux and clang-19 for the MSVC
# target (-fms-extensions -fms-compatibility), each for x64 and x86, all
# with -Wall -Wextra -Werror. In each configuration it compiles
#   - compile_all.c, compile_ndis5.c and compile_extra.c with their
#     version-macro variants, a bare <ndis.h> and <ntddk.h> before <ndis.h>;
#   - every public header of runtime-model/include on its own (the files
#     that only <ndis.h> may include are skipped, the structure-packing
#     headers are compiled in their push/pop pairs);
#   - all public headers together, as an NDIS 6 miniport, an NDIS 5.1
#     miniport and an NDIS 6 protocol;
#   - each C library substitute of crt/ on its own, with -nostdinc.
# The x64 gcc and clang runs of compile_all.c produce object files, the others
# are syntax-only. A configuration whose compiler is missing (for example gcc
# without 32-bit support) is reported and skipped. Exits non-zero if any
# compilation fails. Compilers can be overridden with CC_GCC and CC_CLANG.
set -u

here=$(cd "$(dirname "$0")" && pwd)
inc=$(cd "$here/../../runtime-model/include" && pwd)
gcc_cc=${CC_GCC:-gcc}
clang_cc=${CC_CLANG:-clang-19}
warn="-Wall -Wextra -Werror"
failures=0
runs=0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

compile() {
    runs=$((runs + 1))
    if "$@" >"$tmp/out" 2>&1; then
        [ -n "${VERBOSE:-}" ] && echo "ok   $*"
    else
        failures=$((failures + 1))
        echo "FAIL $*"
        cat "$tmp/out"
    fi
    return 0
}

# --- translation units --------------------------------------------------------

printf '#include <ndis.h>\n' >"$tmp/plain.c"
printf '#include <ntddk.h>\n#include <ndis.h>\n' >"$tmp/ntddk_first.c"

# Public headers: all of include/ except the parts of <ndis.h>, the
# call-site capture header of the runtime model and the packing headers.
public=""
for h in "$inc"/*.h; do
    name=$(basename "$h")
    case "$name" in
    ndis_model_callsite.h | pshpack*.h | poppack.h | packon.h | packoff.h) continue ;;
    esac
    if grep -q 'include <ndis.h> instead of' "$h"; then
        continue
    fi
    public="$public $name"
done

alone=""
for name in $public; do
    tu="$tmp/alone_${name%.h}.c"
    printf '#include <%s>\n' "$name" >"$tu"
    alone="$alone $tu"
done

pairs=""
for n in 1 2 4 8; do
    printf '#include <pshpack%s.h>\nstruct s%s { char c; long l; };\n#include <poppack.h>\n' \
        "$n" "$n" >"$tmp/pack$n.c"
    pairs="$pairs $tmp/pack$n.c"
done
printf '#include <packon.h>\nstruct s { char c; long l; };\n#include <packoff.h>\n' >"$tmp/packon.c"
pairs="$pairs $tmp/packon.c"

# All public headers together, <ntddk.h> and <ndis.h> first.
{
    printf '#include <ntddk.h>\n#include <ndis.h>\n'
    for name in $public; do
        printf '#include <%s>\n' "$name"
    done
} >"$tmp/together.c"

crt=""
for h in "$inc"/crt/*.h; do
    name=$(basename "$h")
    tu="$tmp/crt_${name%.h}.c"
    printf '#include <%s>\n' "$name" >"$tu"
    crt="$crt $tu"
done

# --- configurations -----------------------------------------------------------

# run_config NAME OBJECTS CC FLAGS...: OBJECTS=yes compiles compile_all.c to an
# object file, the rest is syntax-only.
run_config() {
    cname=$1
    objects=$2
    shift 2
    printf 'int x;\n' >"$tmp/probe.c"
    if ! "$@" -fsyntax-only "$tmp/probe.c" >/dev/null 2>&1; then
        echo "skip $cname: '$*' cannot compile"
        return 0
    fi
    before=$failures
    start=$runs
    if [ "$objects" = yes ]; then
        compile "$@" -std=c11 $warn -I"$inc" -c "$here/compile_all.c" -o "$tmp/out.o"
    else
        compile "$@" -std=c11 $warn -I"$inc" -fsyntax-only "$here/compile_all.c"
    fi
    for variant in \
        "$here/compile_ndis5.c" \
        "$here/compile_ndis5.c -DNDIS_MINIPORT_DRIVER -DNDIS51_MINIPORT" \
        "$here/compile_all.c -DNDIS51" \
        "$here/compile_all.c -DNDIS_MODEL_CAPTURE_CALLSITE" \
        "$here/compile_extra.c" \
        "$here/compile_extra.c -DEXTRA_NDIS5" \
        "$tmp/plain.c" \
        "$tmp/ntddk_first.c"; do
        # shellcheck disable=SC2086
        compile "$@" -std=c11 $warn -I"$inc" -fsyntax-only $variant
    done
    for tu in $alone; do
        compile "$@" -std=c11 $warn -I"$inc" -fsyntax-only "$tu"
    done
    for tu in $pairs; do
        compile "$@" -std=c11 $warn -Wno-pragma-pack -I"$inc" -fsyntax-only "$tu"
    done
    compile "$@" -std=c11 $warn -I"$inc" -fsyntax-only \
        -DNDIS_MINIPORT_DRIVER -DNDIS620_MINIPORT "$tmp/together.c"
    compile "$@" -std=c11 $warn -I"$inc" -fsyntax-only \
        -DNDIS_MINIPORT_DRIVER -DNDIS51_MINIPORT "$tmp/together.c"
    compile "$@" -std=c11 $warn -I"$inc" -fsyntax-only -DNDIS60 "$tmp/together.c"
    for tu in $crt; do
        compile "$@" -std=c11 $warn -nostdinc -isystem "$inc/crt" -fsyntax-only "$tu"
    done
    echo "$cname: $((runs - start - failures + before))/$((runs - start)) compilations passed"
}

msvc="-fms-extensions -fms-compatibility"
run_config "gcc x64" yes "$gcc_cc"
run_config "gcc x86" no "$gcc_cc" -m32
run_config "clang x64" yes "$clang_cc"
run_config "clang x86" no "$clang_cc" --target=i686-linux-gnu
# shellcheck disable=SC2086
run_config "clang msvc x64" no "$clang_cc" --target=x86_64-pc-windows-msvc $msvc
# shellcheck disable=SC2086
run_config "clang msvc x86" no "$clang_cc" --target=i686-pc-windows-msvc $msvc

echo "$((runs - failures))/$runs compilations passed"
[ "$failures" -eq 0 ]
