#!/bin/sh
# cli_docs.sh DDICHECK ROOT — the man page and the shell completions generated from --help
# (scripts/gen-cli-docs.py): every option --help lists is in all three, the page has its sections
# and renders without groff warnings, and the bash completion completes options, the values of
# --format/--color/--fail-on, rule ids (also after a comma), directories for -p and .c files, in
# both ways bash splits --opt=VALUE words; zsh reads its file when zsh is installed.
set -u
DDICHECK=$1
ROOT=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
python3 "$ROOT/scripts/gen-cli-docs.py" "$DDICHECK" "$tmp/docs" || { echo "FAIL the generator"; exit 1; }
man1="$tmp/docs/ddicheck.1" bash1="$tmp/docs/ddicheck.bash" zsh1="$tmp/docs/_ddicheck"

# every option of --help, as the first word of each part of an option line
"$DDICHECK" --help | sed -n 's/^  \(-[^ ]*\).*/\1/p; s/^  \(-[^ ]*\)\(, -[^ ]*\).*/\1\2/p' |
    tr ',' '\n' | sed 's/^ *//; s/[=[ ].*//' | sort -u > "$tmp/opts"
[ "$(wc -l < "$tmp/opts")" -ge 30 ] || bad "only $(wc -l < "$tmp/opts") options read from --help"
missing=""
while read -r o; do
    case $o in ''|-I|-D|-U|-isystem|-include|-std|--target) continue ;; esac
    grep -qF -- "\\fB$(printf '%s' "$o" | sed 's/-/\\-/g')\\fR" "$man1" || missing="$missing man:$o"
    grep -qF -- " $o" "$bash1" || grep -qF -- "$o)" "$bash1" || missing="$missing bash:$o"
    grep -qF -- "'$o" "$zsh1" || missing="$missing zsh:$o"
done < "$tmp/opts"
[ -z "$missing" ] && ok "all $(wc -l < "$tmp/opts") options of --help in the man page and both completions" || bad "missing:$missing"
for sec in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT FILES '"EXIT STATUS"'; do
    grep -q "^\.SH $sec" "$man1" || bad "the man page has no $sec section"
done
if command -v groff >/dev/null 2>&1; then
    warn=$(groff -man -Tutf8 -ww "$man1" 2>&1 >/dev/null)
    [ -z "$warn" ] && ok "the man page renders without groff warnings" || bad "groff: $warn"
    # overstrikes (c BACKSPACE c) removed: the options read and copy as typed, hyphen-minus included
    groff -man -Tutf8 "$man1" 2>/dev/null | sed 's/.\x08//g' | grep -q -- "--report-unused-suppressions" &&
        ok "the rendered page shows the options as typed" ||
        bad "rendered page"
fi

# bash: COMP_WORDS as bash splits them (with '=' in COMP_WORDBREAKS, and without)
mkdir -p "$tmp/w/srcdir" "$tmp/w/build1"
: > "$tmp/w/drv.c"
: > "$tmp/w/notes.txt"
cat > "$tmp/t.sh" <<EOT
. "$bash1"
PATH="$(dirname "$DDICHECK"):\$PATH"
cd "$tmp/w"
c() { COMP_WORDS=("\$@"); COMP_CWORD=\$((\${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _ddicheck; printf '%s|' "\${COMPREPLY[@]}"; echo; }
c ddicheck --form
c ddicheck --format = js
c ddicheck --format=js
c ddicheck --color = 
c ddicheck --fail-on = w
c ddicheck --enable = Irql_MC
c ddicheck --disable = SapComplete_Status,SapH
c ddicheck -p bu
c ddicheck ''
EOT
bash "$tmp/t.sh" > "$tmp/bash.out" 2>&1
cat > "$tmp/bash.want" <<'EOT'
--format=|
json|
--format=json|
auto|always|never|
warning|
Irql_MCM_Function|Irql_MCO_Function|
SapComplete_Status,SapHandle_InvalidAfterComplete|
build1/|
EOT
# the last case: directories and .c files, in some order
head -n 8 "$tmp/bash.out" | sed 's|^build1|build1/|; s|^build1//|build1/|' > "$tmp/bash.got"
if cmp -s "$tmp/bash.got" "$tmp/bash.want" || diff "$tmp/bash.got" "$tmp/bash.want" | grep -q '^< build1|$'; then
    ok "bash: options, choices, rule ids, directories"
else
    bad "bash completion:"; diff "$tmp/bash.got" "$tmp/bash.want"
fi
last=$(tail -n 1 "$tmp/bash.out" | tr '|' '\n' | grep . | sort | paste -sd' ' -)
[ "$last" = "build1 drv.c srcdir" ] && ok "bash: sources are .c files and directories" || bad "bash files: '$last'"
if command -v zsh >/dev/null 2>&1; then
    zsh -n "$zsh1" && ok "zsh reads _ddicheck" || bad "zsh -n _ddicheck"
else
    echo "skip zsh: not installed"
fi
exit $fail
