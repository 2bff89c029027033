#!/usr/bin/env python3
"""own_headers.py - compile the real-driver corpus against ddicheck's own headers.

Each driver folder under the corpus holds a compile_commands.json built against the
real WDK headers.  This script rewrites every entry without the WDK: it drops the
-isystem/-I/-idirafter paths below the WDK root and the WDK -ivfsoverlay files
(vfs-wdk*.yaml), keeps everything else (the driver's own -I paths, its case-insensitive
.vfs.yaml overlay, the shims, the defines, the -Wno-error flags, the target) and adds
-isystem <repo>/runtime-model/include, with a case-insensitive -ivfsoverlay of that
folder (drivers written on Windows spell header names in any case; the WDK overlays did
the same for the WDK).  Entries built with -nostdinc also get -isystem
<repo>/runtime-model/include/crt, the C library subset.  The rewritten databases are
written to a
temporary (or --out) directory, one folder per driver, and every entry is run through
`clang -fsyntax-only`; the script counts clang's errors per driver.

Usage:
  own_headers.py [--corpus DIR] [--include DIR] [--driver NAME]... [--jobs N]
                 [--out DIR] [--show-errors] [--missing N] [--check]

--corpus defaults to $DDICHECK_CORPUS.  With --check the exit status is 1 when any
driver has an error.  Exit status: 0 no errors (or errors without --check),
1 errors with --check, 2 usage or tool error, 77 corpus unset or absent (skipped).
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

ERROR_RE = re.compile(r"^(.*?):(\d+):(\d+): (?:fatal )?error: (.*)$")
MISSING_RES = [
    re.compile(r"use of undeclared identifier '([^']+)'"),
    re.compile(r"unknown type name '([^']+)'"),
    re.compile(r"call to undeclared function '([^']+)'"),
    re.compile(r"no member named '([^']+)'"),
    re.compile(r"'([^']+)' file not found"),
    re.compile(r"incomplete (?:definition of )?type '([^']+)'"),
    re.compile(r"variable has incomplete type '([^']+)'"),
]


def is_under(path, root):
    """True when PATH (absolute or not) lies at or below directory ROOT."""
    p = os.path.normpath(os.path.abspath(path))
    r = os.path.normpath(os.path.abspath(root))
    return p == r or p.startswith(r + os.sep)


def write_overlay(path, include_dir):
    """Write to PATH a clang -ivfsoverlay file mapping INCLUDE_DIR (and its sub-folders)
    case-insensitively onto itself."""
    roots = []
    for d, _, files in os.walk(include_dir):
        contents = [{"type": "file", "name": f, "external-contents": os.path.join(d, f)}
                    for f in sorted(files)]
        roots.append({"type": "directory", "name": d, "contents": contents})
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"version": 0, "case-sensitive": "false", "roots": roots}, f)


def rewrite(args, wdk_root, include_dir, overlay=None):
    """Return ARGS without WDK include paths/overlays and with INCLUDE_DIR added.

    ARGS is a compile command as a list (argv[0] first).  Paths under WDK_ROOT given to
    -isystem, -I, -idirafter (joined or separate) are removed, as is any -ivfsoverlay
    whose file name starts with "vfs-wdk".  -isystem INCLUDE_DIR (and INCLUDE_DIR/crt
    when ARGS has -nostdinc) takes the place of the first removed path (or is inserted
    after argv[0] when none was removed); OVERLAY, when given, is added as -ivfsoverlay.
    """
    ours = ["-isystem", include_dir]
    if "-nostdinc" in args:
        ours += ["-isystem", os.path.join(include_dir, "crt")]
    if overlay:
        ours = ["-ivfsoverlay", overlay] + ours
    out = []
    inserted = False
    i = 0
    path_opts = ("-isystem", "-I", "-idirafter", "-iquote")
    while i < len(args):
        a = args[i]
        val = None
        opt = None
        consumed = 1
        for o in path_opts:
            if a == o and i + 1 < len(args):
                opt, val, consumed = o, args[i + 1], 2
                break
            if a.startswith(o) and len(a) > len(o):
                opt, val = o, a[len(o):]
                break
        if opt is not None and wdk_root and is_under(val, wdk_root):
            if not inserted:
                out += ours
                inserted = True
            i += consumed
            continue
        if a == "-ivfsoverlay" and i + 1 < len(args):
            if os.path.basename(args[i + 1]).startswith("vfs-wdk"):
                i += 2
                continue
            out += args[i:i + 2]
            i += 2
            continue
        out += args[i:i + consumed]
        i += consumed
    if not inserted:
        out[1:1] = ours
    return out


def load_corpus(corpus, names):
    """Return [(driver, entries)] for the driver folders of CORPUS (filtered by NAMES)."""
    drivers = []
    for d in sorted(os.listdir(corpus)):
        db = os.path.join(corpus, d, "compile_commands.json")
        if not os.path.isfile(db) or (names and d not in names):
            continue
        try:
            with open(db, encoding="utf-8") as f:
                entries = json.load(f)
        except (OSError, ValueError) as e:
            raise SystemExit("%s: cannot read compile database: %s" % (db, e))
        drivers.append((d, entries))
    return drivers


def entry_args(entry):
    """The argument list of a compile database ENTRY (arguments or command)."""
    if "arguments" in entry:
        return list(entry["arguments"])
    import shlex
    return shlex.split(entry["command"])


def run_entry(clang, entry):
    """Run clang -fsyntax-only on one rewritten ENTRY; return (file, [error lines])."""
    args = entry["arguments"]
    cmd = [clang] + [a for a in args[1:] if a not in ("-c",)]
    # drop the output file, if any
    clean = []
    skip = False
    for a in cmd:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        clean.append(a)
    clean += ["-fsyntax-only", "-ferror-limit=0", "-fno-color-diagnostics", "-w"]
    try:
        p = subprocess.run(clean, cwd=entry["directory"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return entry["file"], ["%s: error: could not run clang: %s" % (entry["file"], e)]
    text = p.stdout.decode("utf-8", "replace")
    errs = [line for line in text.splitlines() if ERROR_RE.match(line)]
    if p.returncode != 0 and not errs:
        errs = ["%s: error: clang exited %d: %s" % (entry["file"], p.returncode, text[-400:])]
    return entry["file"], errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.environ.get("DDICHECK_CORPUS", ""))
    ap.add_argument("--include", default=os.path.join(REPO, "runtime-model", "include"))
    ap.add_argument("--wdk-root", default=None,
                    help="WDK folder to drop (default: CORPUS/../wdk)")
    ap.add_argument("--driver", action="append", default=[])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--clang", default=shutil.which("clang-19") or "clang")
    ap.add_argument("--out", default=None, help="keep the rewritten databases here")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--missing", type=int, default=0, metavar="N",
                    help="print the N most frequent missing names")
    ap.add_argument("--check", action="store_true", help="exit 1 on any error")
    opt = ap.parse_args()

    if not opt.corpus or not os.path.isdir(opt.corpus):
        print("skipped: DDICHECK_CORPUS is unset or not a directory")
        return SKIP
    corpus = os.path.abspath(opt.corpus)
    wdk_root = opt.wdk_root or os.path.join(os.path.dirname(corpus), "wdk")
    include_dir = os.path.abspath(opt.include)
    if not os.path.isfile(os.path.join(include_dir, "ndis.h")):
        print("%s: no ndis.h here" % include_dir, file=sys.stderr)
        return 2

    drivers = load_corpus(corpus, set(opt.driver))
    if not drivers:
        print("skipped: no driver folder with compile_commands.json in %s" % corpus)
        return SKIP

    out_root = opt.out or tempfile.mkdtemp(prefix="ddicheck-own-headers-")
    os.makedirs(out_root, exist_ok=True)
    overlay = os.path.join(out_root, "own-headers-vfs.yaml")
    write_overlay(overlay, include_dir)
    jobs = []
    for name, entries in drivers:
        new = []
        for e in entries:
            args = rewrite(entry_args(e), wdk_root, include_dir, overlay)
            new.append({"directory": e["directory"], "file": e["file"], "arguments": args})
        d = os.path.join(out_root, name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "compile_commands.json"), "w", encoding="utf-8") as f:
            json.dump(new, f, indent=1)
        jobs += [(name, e) for e in new]

    per_driver = collections.OrderedDict((n, 0) for n, _ in drivers)
    missing = collections.Counter()
    seen = set()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opt.jobs)) as pool:
        futs = [(n, pool.submit(run_entry, opt.clang, e)) for n, e in jobs]
        for n, fut in futs:
            _, errs = fut.result()
            per_driver[n] += len(errs)
            for line in errs:
                if opt.show_errors:
                    print(line)
                if line in seen:
                    continue
                seen.add(line)
                for rx in MISSING_RES:
                    m = rx.search(line)
                    if m:
                        missing[m.group(1)] += 1
                        break

    total = 0
    clean = 0
    for n, c in per_driver.items():
        print("%-20s %6d" % (n, c))
        total += c
        clean += c == 0
    print("%d of %d drivers without errors, %d errors in all" % (clean, len(per_driver), total))
    if opt.missing:
        for name, c in missing.most_common(opt.missing):
            print("missing %6d %s" % (c, name))
    if not opt.out:
        shutil.rmtree(out_root, ignore_errors=True)
    return 1 if (opt.check and total) else 0


if __name__ == "__main__":
    sys.exit(main())
