#!/usr/bin/env python3
"""tools.py - ddicheck on compile databases that real build tools write at test time.

Usage: tools.py TOOL --ddicheck PATH --root REPO

TOOL is one of
  cmake   cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (configure only: absolute paths, "command")
  bear    bear -- make, a Makefile in the build folder compiling ../src/*.c with -MD -MF
          (relative paths in the commands, dependency files written by the build)
  meson   meson setup (configure only: relative "file", "command" with -MD -MQ -MF)

Each run builds a small driver project in a temporary folder from the client sample
(samples/client) with two fault switches on, so that it has two findings:
  - src/cl_main.c: NdisClOpenAddressFamilyEx under a spin lock (Irql_Protocol_Driver_Function),
    on a line that has a non-ASCII character before the call (UTF-16 column != byte column);
  - src/cl_call.c: NdisCoGetTapiCallId at PASSIVE_LEVEL (Irql_Connection_Function), silenced by a
    `// ddicheck-suppress` comment on the line above.
The build tool writes the compile database, then ddicheck is checked for: paths relative to the
current directory under it and absolute elsewhere, JSON line/column/column_utf16 computed here
from the source text, SARIF URIs relative to %SRCROOT%, the suppression, baselines, a FILE that
no entry compiles (exit 2 naming it), -p given the JSON file or a folder below the database, the
database found from a source's folder without -p, and that the build's folder is left as it was
(no dependency or object file written by ddicheck).

Exit status: 0 pass, 1 fail, 77 the tool is not installed (skipped), 2 usage error.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
FAULTS = ["FAULT_OPENAF_UNDER_LOCK", "FAULT_TAPI_CALLID_PASSIVE"]
MAIN_CALL = "NdisClOpenAddressFamilyEx"
MAIN_RULE = "Irql_Protocol_Driver_Function"
CALL_RULE = "Irql_Connection_Function"

failures = []


def check(cond, what, detail=""):
    if cond:
        print("ok   %s" % what)
    else:
        print("FAIL %s%s" % (what, ("\n" + detail) if detail else ""))
        failures.append(what)


def run(cmd, cwd, env=None):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def make_sources(root, proj):
    """The client sample in PROJ/src with the non-ASCII character and the suppression; returns
    (line, byte column, UTF-16 column) of the cl_main.c finding, from the text itself."""
    src = os.path.join(proj, "src")
    os.makedirs(src)
    for f in ("cl_main.c", "cl_call.c", "cl.h"):
        shutil.copy(os.path.join(root, "samples", "client", f), src)
    path = os.path.join(src, "cl_main.c")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    needle = "    Status = %s(" % MAIN_CALL
    if text.count(needle) != 1:
        raise SystemExit("samples/client/cl_main.c changed: '%s' is not there once" % needle)
    text = text.replace(needle, "    /* \u00e9t\u00e9 \U0001F600 */ Status = %s(" % MAIN_CALL)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    lines = text.encode("utf-8").split(b"\n")
    for i, ln in enumerate(lines):
        k = ln.find(MAIN_CALL.encode())
        if k >= 0 and b"/*" in ln[:k]:
            line, col = i + 1, k + 1
            col16 = len(ln[:k].decode("utf-8").encode("utf-16-le")) // 2 + 1
            break
    path = os.path.join(src, "cl_call.c")
    with open(path, encoding="utf-8") as f:
        clines = f.read().split("\n")
    start = clines.index("#ifdef FAULT_TAPI_CALLID_PASSIVE")
    k = next(i for i in range(start, len(clines)) if "NdisCoGetTapiCallId(" in clines[i])
    clines.insert(k, "    // ddicheck-suppress %s: the test silences this one" % CALL_RULE)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(clines))
    # a source that no entry compiles
    with open(os.path.join(src, "other.c"), "w") as f:
        f.write("int other(void) { return 0; }\n")
    return line, col, col16


def build_cmake(root, proj, build):
    with open(os.path.join(proj, "CMakeLists.txt"), "w") as f:
        f.write("cmake_minimum_required(VERSION 3.16)\nproject(client C)\n"
                "add_library(client OBJECT src/cl_main.c src/cl_call.c)\n"
                "target_include_directories(client PRIVATE %s/runtime-model/include)\n"
                "target_compile_definitions(client PRIVATE %s)\n" % (root, " ".join(FAULTS)))
    rc, out, err = run(["cmake", "-S", proj, "-B", build, "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"], proj)
    return rc == 0, out + err


def build_bear(root, proj, build):
    os.makedirs(build)
    defs = " ".join("-D" + d for d in FAULTS)
    with open(os.path.join(build, "Makefile"), "w") as f:
        f.write("CFLAGS = -Wall -I%s/runtime-model/include %s\n"
                "all: cl_main.o cl_call.o\n"
                "%%.o: ../src/%%.c\n"
                "\t$(CC) $(CFLAGS) -MD -MF $*.d -c ../src/$*.c -o $@\n" % (root, defs))
    rc, out, err = run(["bear", "--", "make"], build)
    return rc == 0, out + err


def build_meson(root, proj, build):
    args = ", ".join("'-D%s'" % d for d in FAULTS)
    with open(os.path.join(proj, "meson.build"), "w") as f:
        f.write("project('client', 'c')\n"
                "static_library('client', 'src/cl_main.c', 'src/cl_call.c', c_args: [%s])\n" % args)
    rc, out, err = run(["meson", "setup", build, proj], proj)
    return rc == 0, out + err


TOOLS = {"cmake": (["cmake"], build_cmake), "bear": (["bear", "make"], build_bear),
         "meson": (["meson", "ninja"], build_meson)}


def snapshot(folder):
    """Every file below FOLDER with its size and modification time."""
    out = {}
    for d, _, files in os.walk(folder):
        for f in files:
            p = os.path.join(d, f)
            st = os.lstat(p)
            out[p] = (st.st_size, st.st_mtime_ns)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool", choices=sorted(TOOLS))
    ap.add_argument("--ddicheck", required=True)
    ap.add_argument("--root", required=True)
    opt = ap.parse_args()
    needs, build_fn = TOOLS[opt.tool]
    missing = [t for t in needs if not shutil.which(t)]
    if missing:
        print("skipped: %s not installed (scripts/setup.sh installs it)" % ", ".join(missing))
        return SKIP
    ddicheck = os.path.abspath(opt.ddicheck)
    root = os.path.abspath(opt.root)
    tmp = os.path.realpath(tempfile.mkdtemp(prefix="ddicheck-compdb-"))
    try:
        return check_tool(opt.tool, build_fn, ddicheck, root, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_tool(tool, build_fn, ddicheck, root, tmp):
    proj = os.path.join(tmp, "proj")
    os.makedirs(proj)
    line, col, col16 = make_sources(root, proj)
    build = os.path.join(proj, "build")
    ok, log = build_fn(root, proj, build)
    db = os.path.join(build, "compile_commands.json")
    if not ok or not os.path.isfile(db):
        print("FAIL %s did not write %s:\n%s" % (tool, db, log))
        return 1
    with open(db) as f:
        entries = json.load(f)
    print("%s wrote %d entries; first: %s" % (tool, len(entries), json.dumps(entries[0])[:300]))
    before = snapshot(build)
    elsewhere = os.path.join(tmp, "elsewhere")
    os.makedirs(elsewhere)
    src_main = os.path.join(proj, "src", "cl_main.c")
    want_rel = "src/cl_main.c:%d:%d: warning: " % (line, col)
    want_abs = "%s:%d:%d: warning: " % (src_main, line, col)
    # only the two rules the fault switches are for (FAULT_OPENAF_UNDER_LOCK also makes the lock rules
    # report the self-deadlock it causes in cl_call.c, which would come first)
    ddi = [ddicheck, "--enable=%s,%s" % (MAIN_RULE, CALL_RULE)]

    # 1. text report from the project's root: paths relative to it; the suppressed one is gone
    rc, out, err = run(ddi + ["-p", "build"], proj)
    check(rc == 1, "%s: exit 1 with a finding" % tool, out + err)
    check(out.startswith(want_rel) and ("[%s]" % MAIN_RULE) in out, "%s: finding at %s" % (tool, want_rel), out)
    check(CALL_RULE not in out and "1 finding(s) silenced" in err, "%s: ddicheck-suppress honoured" % tool,
          out + err)
    # 2. from another directory: absolute paths
    rc, out, err = run(ddi + ["-p", build], elsewhere)
    check(rc == 1 and out.startswith(want_abs), "%s: absolute path from elsewhere" % tool, out + err)
    # 3. JSON: file, line, byte and UTF-16 columns as the source says
    rc, out, err = run(ddi + ["-p", "build", "--format=json"], proj)
    rep = json.loads(out) if out.strip().startswith("{") else {"findings": []}
    fs = [f for f in rep["findings"] if f["rule"] == MAIN_RULE]
    got = (fs[0]["file"], fs[0]["line"], fs[0]["column"], fs[0]["column_utf16"]) if fs else None
    check(got == ("src/cl_main.c", line, col, col16), "%s: JSON location %s" % (tool, (line, col, col16)),
          "got %s" % (got,))
    # 4. SARIF: the URI is relative to %SRCROOT%
    rc, out, err = run(ddi + ["-p", build, "--format=sarif", "--srcroot=" + proj], elsewhere)
    try:
        loc = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    except (ValueError, KeyError, IndexError):
        loc = None
    check(loc == {"uri": "src/cl_main.c", "uriBaseId": "%SRCROOT%"}, "%s: SARIF URI under %%SRCROOT%%" % tool,
          "got %s" % (loc,))
    # 5. --show-suppressed lists the silenced finding at its own path
    rc, out, err = run(ddi + ["-p", "build", "--show-suppressed"], proj)
    check("src/cl_call.c:" in out and CALL_RULE in out, "%s: --show-suppressed lists it" % tool, out + err)
    # 6. a baseline written here silences the finding here
    rc, out, err = run(ddi + ["-p", "build", "--write-baseline=" + os.path.join(tmp, "base.json")], proj)
    rc, out, err = run(ddi + ["-p", "build", "--baseline=" + os.path.join(tmp, "base.json")], proj)
    check(rc == 0 and MAIN_RULE not in out, "%s: baseline" % tool, out + err)
    # 7. one file of the database; a file in no entry
    rc, out, err = run(ddi + ["-p", "build", "src/cl_main.c"], proj)
    check(rc == 1 and out.startswith(want_rel), "%s: -p with one FILE" % tool, out + err)
    rc, out, err = run(ddi + ["-p", "build", "src/cl_main.c", "src/other.c"], proj)
    check(rc == 2 and "src/other.c: error: no entry of the compile database" in out + err,
          "%s: FILE in no entry is an error" % tool, out + err)
    # 8. -p takes the JSON file, or a folder below the database's
    rc, out, err = run(ddi + ["-p", db], elsewhere)
    check(rc == 1 and out.startswith(want_abs), "%s: -p FILE.json" % tool, out + err)
    os.makedirs(os.path.join(build, "deeper", "still"), exist_ok=True)
    rc, out, err = run(ddi + ["-p", "build/deeper/still"], proj)
    check(rc == 1 and out.startswith(want_rel), "%s: -p searches parent folders" % tool, out + err)
    # 9. no -p: the database nearest up from the file's folder (here a link at the project root,
    #    as editors want it) supplies the fault switches; without it there is no finding
    rc, out, err = run(ddi + ["src/cl_main.c", "src/cl_call.c"], proj)
    check(rc == 0 and out == "", "%s: without a database, no fault switch, no finding" % tool, out + err)
    os.symlink(db, os.path.join(proj, "compile_commands.json"))
    rc, out, err = run(ddi + ["src/cl_main.c", "src/cl_call.c"], proj)
    check(rc == 1 and out.startswith(want_rel), "%s: database found without -p" % tool, out + err)
    rc, out, err = run(ddi + ["src/cl_main.c", "src/cl_call.c", "--"], proj)
    check(rc == 0 and out == "", "%s: -- means no database" % tool, out + err)
    os.unlink(os.path.join(proj, "compile_commands.json"))
    # 10. the build folder is as the build left it (no .d or .o written by ddicheck)
    after = snapshot(build)
    changed = sorted(p for p in after if p not in before or after[p] != before[p]
                     if not p.startswith(os.path.join(build, "deeper")))
    check(not changed, "%s: nothing written into the build folder" % tool, "\n".join(changed))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
