#!/usr/bin/env python3
"""cases.py - compile database entries no build tool on this machine writes, written here.

Usage: cases.py --ddicheck PATH --root REPO

  cl_command     an MSBuild-style cl.exe entry: a "command" string whose compiler path is quoted
                 and has spaces, a "directory" relative to the database's folder, a relative
                 "file", /I and /FI relative to the entry's directory, a UTF-16 response file
                 (@defs.rsp) with a /D, and the build-only /c /Fo: /Fd /Fp /Yu /Zi /showIncludes
                 (and /MD, a run-time library choice that stays); ddicheck runs from elsewhere
  clang_cl_args  a clang-cl entry in "arguments" form with -imsvc and /D
  posix_quoting  a "command" with a source folder whose name has a space, a define whose
                 value has spaces and parentheses, and a POSIX response file
  header_case    #include <NDIS.H> with ddicheck's own headers (drivers are written on
                 case-insensitive file systems), and no file left in $TMPDIR by the overlay
  errors         what clang itself says about a command line it refuses (an unknown option,
                 two sources in one command), an unreadable response file, a FILE that is not
                 there, -p naming a folder with no database above it

The client sample (samples/client) is copied into a temporary folder; the fault switches
FAULT_OPENAF_UNDER_LOCK (cl_main.c, Irql_Protocol_Driver_Function) and FAULT_TAPI_CALLID_PASSIVE
(cl_call.c, Irql_Connection_Function) are turned on only through the entry's mechanisms under
test, so each finding proves that the mechanism was honoured. Exit status 0 pass, 1 fail.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

failures = []
MAIN = "Irql_Protocol_Driver_Function"
CALL = "Irql_Connection_Function"


def check(cond, what, detail=""):
    print(("ok   %s" if cond else "FAIL %s") % what)
    if not cond:
        if detail:
            print(detail)
        failures.append(what)


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def copy_sample(root, dest):
    os.makedirs(dest, exist_ok=True)
    for f in ("cl_main.c", "cl_call.c", "cl.h"):
        shutil.copy(os.path.join(root, "samples", "client", f), dest)


def write_db(folder, entries):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)


def files_below(folder):
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(folder) for f in fs)


def rules_at(out):
    """{(path, rule)} of the warnings of MAIN and CALL in a text report (FAULT_OPENAF_UNDER_LOCK also
    makes the lock rules report the self-deadlock it causes in cl_call.c: not what is tested here)."""
    got = set()
    for line in out.splitlines():
        if ": warning: " in line and line.endswith("]"):
            rule = line.rsplit("[", 1)[1][:-1]
            if rule in (MAIN, CALL):
                got.add((line.split(":", 1)[0], rule))
    return got


def case_cl_command(ddicheck, root, tmp):
    proj = os.path.join(tmp, "cl_command")
    src = os.path.join(proj, "src")
    copy_sample(root, src)
    build = os.path.join(proj, "out", "x64")
    os.makedirs(os.path.join(build, "include"))
    with open(os.path.join(build, "include", "forced.h"), "w") as f:
        f.write("#define FAULT_OPENAF_UNDER_LOCK 1\n")
    with open(os.path.join(build, "defs.rsp"), "wb") as f:  # UTF-16LE with a byte-order mark
        f.write("\ufeff/DFAULT_TAPI_CALLID_PASSIVE /DUNUSED=\"a b\"\r\n".encode("utf-16-le"))
    inc = os.path.join(root, "runtime-model", "include")
    cmd = ('"/opt/Microsoft Visual Studio/VC/Tools/MSVC/bin/Hostx64/x64/cl.exe" /nologo /c /W4 /WX /Zi /MD '
           '/I../../src /I%s /FIinclude/forced.h /Fo:obj/ /Fdobj/vc143.pdb /Fpobj/client.pch /Yuprecomp.h '
           '/showIncludes @defs.rsp ../../src/%s')
    entries = [{"directory": "out/x64", "file": "../../src/" + f, "command": cmd % (inc, f)}
               for f in ("cl_main.c", "cl_call.c")]
    write_db(proj, entries)
    before = files_below(proj)
    elsewhere = os.path.join(tmp, "elsewhere")
    os.makedirs(elsewhere, exist_ok=True)
    rc, out, err = run([ddicheck, "-p", proj], elsewhere)
    want = {(os.path.join(src, "cl_main.c"), MAIN), (os.path.join(src, "cl_call.c"), CALL)}
    check(rc == 1 and rules_at(out) == want, "cl_command: /FI, /I and @rsp honoured in clang-cl mode, "
          "absolute paths from elsewhere", "exit %d\n%s%s" % (rc, out, err))
    check(files_below(proj) == before, "cl_command: no /Fo, /Fd, /Fp or .pdb output written",
          "\n".join(sorted(set(files_below(proj)) - set(before))))
    rc, out, err = run([ddicheck, "-p", "compile_commands.json"], proj)
    check(rc == 1 and rules_at(out) == {("src/cl_main.c", MAIN), ("src/cl_call.c", CALL)},
          "cl_command: relative paths from the project folder", out + err)


def case_clang_cl_args(ddicheck, root, tmp):
    proj = os.path.join(tmp, "clang_cl_args")
    copy_sample(root, proj)
    inc = os.path.join(root, "runtime-model", "include")
    entries = [{"directory": proj, "file": f,
                "arguments": ["clang-cl", "/c", "-imsvc", inc, "/DFAULT_OPENAF_UNDER_LOCK", "/DFAULT_TAPI_CALLID_PASSIVE",
                              "/Fo" + f + ".obj", f]} for f in ("cl_main.c", "cl_call.c")]
    write_db(os.path.join(proj, "build"), entries)
    rc, out, err = run([ddicheck, "-p", "build"], proj)
    check(rc == 1 and rules_at(out) == {("cl_main.c", MAIN), ("cl_call.c", CALL)},
          "clang_cl_args: clang-cl arguments", "exit %d\n%s%s" % (rc, out, err))


def case_posix_quoting(ddicheck, root, tmp):
    proj = os.path.join(tmp, "posix quoting")
    src = os.path.join(proj, "src dir")
    copy_sample(root, src)
    build = os.path.join(proj, "build")
    os.makedirs(build)
    with open(os.path.join(build, "more.rsp"), "w") as f:
        f.write("'-DFAULT_TAPI_CALLID_PASSIVE=( 1 )'\n-DUNUSED=\"x y\"\n")
    entries = []
    for f in ("cl_main.c", "cl_call.c"):
        entries.append({"directory": ".", "file": "../src dir/" + f,
                        "command": "gcc -DFAULT_OPENAF_UNDER_LOCK=\"( 1 )\" @more.rsp -MD -MF deps/%s.d "
                                   "-o objs/%s.o -c \"../src dir/%s\"" % (f, f, f)})
    write_db(build, entries)
    rc, out, err = run([ddicheck, "-p", "build"], proj)
    check(rc == 1 and rules_at(out) == {("src dir/cl_main.c", MAIN), ("src dir/cl_call.c", CALL)},
          "posix_quoting: quoted paths and defines, response file, relative directory", out + err)
    check(not os.path.exists(os.path.join(build, "deps")) and not os.path.exists(os.path.join(build, "objs")),
          "posix_quoting: -MF and -o dropped (nothing written)")


def case_header_case(ddicheck, root, tmp):
    proj = os.path.join(tmp, "header_case")
    copy_sample(root, proj)
    path = os.path.join(proj, "cl.h")
    with open(path) as f:
        text = f.read()
    if "#include <ndis.h>" not in text:
        raise SystemExit("samples/client/cl.h changed: no '#include <ndis.h>'")
    with open(path, "w") as f:
        f.write(text.replace("#include <ndis.h>", "#include <NDIS.H>"))
    tmpdir = os.path.join(tmp, "tmpdir")
    os.makedirs(tmpdir)
    p = subprocess.run([ddicheck, "cl_main.c", "cl_call.c", "--", "-DFAULT_OPENAF_UNDER_LOCK"], cwd=proj,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, TMPDIR=tmpdir))
    out = p.stdout.decode() + p.stderr.decode()
    check(p.returncode == 1 and rules_at(p.stdout.decode()) == {("cl_main.c", MAIN)},
          "header_case: #include <NDIS.H> finds ndis.h", out)
    check(os.listdir(tmpdir) == [], "header_case: nothing left in $TMPDIR", " ".join(os.listdir(tmpdir)))


def case_errors(ddicheck, root, tmp):
    proj = os.path.join(tmp, "errors")
    copy_sample(root, proj)

    def one(name, entry, want, args=None):
        write_db(os.path.join(proj, name), [entry])
        rc, out, err = run([ddicheck, "-p", name] + (args or []), proj)
        check(rc == 2 and want in out + err and "libclang error" not in out + err,
              "errors: %s says '%s'" % (name, want), "exit %d\n%s%s" % (rc, out, err))

    one("unknown_option", {"directory": proj, "file": "cl_main.c",
                           "arguments": ["clang", "-fno-such-option", "-c", "cl_main.c"]},
        "cl_main.c: error: unknown argument: '-fno-such-option'")
    one("two_sources", {"directory": proj, "file": "cl_main.c",
                        "arguments": ["cc", "-c", "cl_main.c", "cl_call.c"]},
        "cl_main.c: error: the command compiles 2 source files")
    one("cl_unknown_target", {"directory": proj, "file": "cl_main.c",
                              "command": "clang-cl /c --target=nonsense-unknown-thing cl_main.c"},
        "unknown target triple 'nonsense-unknown-thing'")
    one("missing_rsp", {"directory": proj, "file": "cl_main.c", "command": "cc @nowhere.rsp -c cl_main.c"},
        "entry 1: cannot read the response file '%s/nowhere.rsp': No such file or directory" % proj)
    one("missing_source", {"directory": proj, "file": "gone.c", "command": "cc -c gone.c"},
        "gone.c: error: cannot open source file: No such file or directory")
    empty = os.path.join(tmp, "no_db_here")
    os.makedirs(empty)
    rc, out, err = run([ddicheck, "-p", empty], tmp)
    check(rc == 2 and "compile_commands.json: error: cannot read the compile database: No such file or directory"
          in err, "errors: -p without a database above it", out + err)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ddicheck", required=True)
    ap.add_argument("--root", required=True)
    opt = ap.parse_args()
    ddicheck = os.path.abspath(opt.ddicheck)
    root = os.path.abspath(opt.root)
    tmp = os.path.realpath(tempfile.mkdtemp(prefix="ddicheck-compdb-cases-"))
    try:
        for case in (case_cl_command, case_clang_cl_args, case_posix_quoting, case_header_case, case_errors):
            case(ddicheck, root, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
