# lib.sh — helpers sourced by the integration tests: a private temporary directory, a clean
# environment, and checks that print "ok"/"FAIL" lines and count failures.
set -u
LC_ALL=C
export LC_ALL
unset DDICHECK_WERROR DDICHECK_FLAGS DDICHECK_CC DDICHECK_CC_VERBOSE DDICHECK_TEST DDICHECK_TIMEOUT DDICHECK_DATA_DIR \
    CFLAGS CPPFLAGS MAKEFLAGS MFLAGS MAKELEVEL CC
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
out="$tmp/out"

# run CMD...: runs CMD with stdout and stderr in $out; sets $rc.
run() {
    "$@" >"$out" 2>&1
    rc=$?
}

bad() {
    echo "FAIL $1"
    sed 's/^/     | /' "$out"
    failures=$((failures + 1))
}

# rc_is NAME WANT: the last run exited WANT ("nonzero" for any failure)
rc_is() {
    if [ "$2" = nonzero ]; then [ "$rc" -ne 0 ] || { bad "$1: exit 0, expected a failure"; return 1; }
    else [ "$rc" -eq "$2" ] || { bad "$1: exit $rc, expected $2"; return 1; }
    fi
}

# has NAME TEXT: the last run's output contains TEXT (a fixed string)
has() {
    grep -qF -- "$2" "$out" || { bad "$1: output lacks: $2"; return 1; }
}

# lacks NAME TEXT: the last run's output does not contain TEXT
lacks() {
    ! grep -qF -- "$2" "$out" || { bad "$1: output has: $2"; return 1; }
}

# exists NAME FILE / absent NAME FILE
exists() {
    [ -e "$2" ] || { bad "$1: $2 was not built"; return 1; }
}
absent() {
    [ ! -e "$2" ] || { bad "$1: $2 exists"; return 1; }
}

ok() {
    echo "ok   $1"
}

finish() {
    if [ "$failures" -ne 0 ]; then
        echo "$failures check(s) failed"
        exit 1
    fi
    exit 0
}

# The finding the driver's mcm_intr.c must produce, as "LINE:COL: warning: MESSAGE [RuleId]".
finding_of_intr() {
    awk '/NdisMCmDispatchIncomingCall\(/ { print NR ":" index($0, "NdisMCmDispatchIncomingCall") ": warning: " \
        "'"'"'NdisMCmDispatchIncomingCall'"'"' is called at DIRQL, but it requires IRQL <= DISPATCH_LEVEL " \
        "[Irql_MCM_Function]"; exit }' "$1/mcm_intr.c"
}
