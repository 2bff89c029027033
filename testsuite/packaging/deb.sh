#!/bin/sh
# deb.sh BUILD ROOT — `cpack -G DEB` on the build tree writes a .deb whose control file names the
# libraries the programs load (each NEEDED library of usr/bin and usr/lib comes from a Depends
# package, as dpkg -S sees it on this machine), which holds the programs, the rules, the NDIS
# headers, the docs, the man page (rendered by groff without warnings) and the bash and zsh
# completions, and which works unpacked elsewhere: --version, --list-rules reading the packaged
# rules (a rule removed from them is gone from the list) and a check of a sample driver with the
# packaged headers. Exit 77 (skipped) without dpkg-deb.
set -u
BUILD=$1 ROOT=$2
command -v dpkg-deb >/dev/null 2>&1 || { echo "skipped: no dpkg-deb"; exit 77; }
command -v cpack >/dev/null 2>&1 || { echo "skipped: no cpack"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

(cd "$BUILD" && cpack -G DEB -B "$tmp/out" > "$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; echo "FAIL cpack"; exit 1; }
deb=$(ls "$tmp"/out/ddicheck_*_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] && ok "cpack -G DEB wrote $(basename "$deb")" || { bad "no .deb"; exit 1; }
dpkg-deb -f "$deb" Package Version Architecture Depends > "$tmp/control"
grep -q '^Package: ddicheck$' "$tmp/control" && grep -q '^Version: ' "$tmp/control" && ok "control: $(grep Depends "$tmp/control")" ||
    bad "control: $(cat "$tmp/control")"
dpkg-deb -x "$deb" "$tmp/root"
for f in usr/bin/ddicheck usr/bin/ddicheck-cc usr/share/ddicheck/rules/defs/Irql_MCM_Function.json \
    usr/share/ddicheck/rules/docs/Irql_MCM_Function.md usr/share/ddicheck/rules/facts/ddi-irql.tsv \
    usr/share/ddicheck/runtime-model/include/ndis.h usr/share/man/man1/ddicheck.1 \
    usr/share/bash-completion/completions/ddicheck usr/share/zsh/vendor-completions/_ddicheck \
    usr/share/doc/ddicheck/README.md usr/share/doc/ddicheck/usage.md usr/share/doc/ddicheck/ddicheck-config.schema.json \
    usr/share/doc/ddicheck/ddicheck-problem-matcher.json; do
    [ -e "$tmp/root/$f" ] || bad "the package lacks /$f"
done
[ "$fail" -eq 0 ] && ok "programs, rules, headers, docs, man page and completions are in it"

# every library the programs need comes from a package the .deb depends on
if command -v dpkg >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1; then
    deps=$(sed -n 's/^Depends: //p' "$tmp/control" | tr ',' '\n' | sed 's/^ *//; s/ .*//; s/:.*//')
    for elf in "$tmp"/root/usr/bin/* "$tmp"/root/usr/lib/*.so; do
        [ -f "$elf" ] || continue
        for lib in $(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
            case $lib in ld-linux*|linux-vdso*) continue ;; esac
            path=$(ldd "$BUILD/bin/ddicheck" "$BUILD/bin/ddicheck-cc" 2>/dev/null | awk -v l="$lib" '$1 == l { print $3; exit }')
            [ -n "$path" ] || path=$(ldconfig -p | awk -v l="$lib" '$1 == l { print $NF; exit }')
            pkg=$(dpkg -S "$path" 2>/dev/null | head -n 1 | cut -d: -f1)
            [ -z "$pkg" ] && pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n 1 | cut -d: -f1)
            printf '%s\n' "$deps" | grep -qx "$pkg" || bad "$(basename "$elf") needs $lib ($path, package '$pkg'), not in Depends"
        done
    done
    [ "$fail" -eq 0 ] && ok "Depends covers every library the programs and the plugin load"
fi

man1="$tmp/root/usr/share/man/man1/ddicheck.1"
if command -v groff >/dev/null 2>&1; then
    warn=$(groff -man -Tutf8 -ww "$man1" 2>&1 >/dev/null)
    [ -z "$warn" ] && ok "the man page renders without warnings" || bad "groff: $warn"
fi

# the unpacked programs run from their tree, with its rules and headers
D="$tmp/root/usr/bin/ddicheck"
v=$(env -u DDICHECK_DATA_DIR "$D" --version)
[ "$v" = "$("$BUILD/bin/ddicheck" --version)" ] && ok "--version: $v" || bad "--version: $v"
n=$(env -u DDICHECK_DATA_DIR "$D" --list-rules | wc -l)
rm "$tmp/root/usr/share/ddicheck/rules/defs/SapComplete_Status.json" "$tmp/root/usr/share/ddicheck/rules/docs/SapComplete_Status.md"
m=$(env -u DDICHECK_DATA_DIR "$D" --list-rules | wc -l)
[ "$m" -eq $((n - 1)) ] && ok "the rules come from the package's share/ddicheck ($n, then $m)" || bad "rules: $n then $m"
cd "$ROOT/samples/client" || exit 1
env -u DDICHECK_DATA_DIR "$D" -q --no-caret cl_main.c cl_call.c -DFAULT_OPENAF_UNDER_LOCK > "$tmp/sample.out" 2>&1
rc=$?
[ "$rc" -eq 1 ] && grep -q "cl_main.c:[0-9]*:[0-9]*: warning: 'NdisClOpenAddressFamilyEx' is called at DISPATCH_LEVEL" "$tmp/sample.out" &&
    ok "the packaged ddicheck checks a sample driver" || { bad "sample run: exit $rc"; cat "$tmp/sample.out"; }
mv "$tmp/root/usr/share/ddicheck/runtime-model/include/ndis.h" "$tmp/ndis.h.away"
env -u DDICHECK_DATA_DIR "$D" -q --no-caret cl_main.c > "$tmp/noh.out" 2>&1
rc=$?
[ "$rc" -eq 2 ] && grep -q "'ndis.h' file not found" "$tmp/noh.out" && ok "the NDIS headers used are the package's" ||
    bad "headers: exit $rc $(cat "$tmp/noh.out")"
exit $fail
