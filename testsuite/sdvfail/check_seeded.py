#!/usr/bin/env python3
"""check_seeded.py - the seeded defects of the SDV NDIS fail drivers are found on their lines.

    check_seeded.py --ddicheck BIN [--corpus DIR] [--table seeded.tsv]

For every row of the table (rule, driver, file, line) it runs `ddicheck --format=json -p
CORPUS/DRIVER` once per driver and checks that a finding of that rule is reported at that file and
line; it also checks that the line holds the seeded call's marker block above it (an
`SDV - Injected Defect` comment within the 12 lines before, or one naming the row's rule within
the 40 lines before), so that a table row cannot drift from
the source. --corpus defaults to $DDICHECK_CORPUS (the folder holding the driver folders).

Output: one line per row, "ok" or "FAIL" with what ddicheck reported instead, then a count.
Exit status: 0 every row found, 1 a row missed, 2 a tool error (ddicheck failed, bad table),
77 the corpus is unset or absent (prints "skipped").
"""
import argparse
import json
import os
import subprocess
import sys

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))


def read_table(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) != 4 or not f[3].isdigit():
                raise ValueError("%s:%d: expected rule<TAB>driver<TAB>file<TAB>line" % (path, n))
            rows.append((f[0], f[1], f[2], int(f[3])))
    return rows


def findings(ddicheck, driver_dir):
    p = subprocess.run([ddicheck, "--format=json", "-p", driver_dir], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise RuntimeError("ddicheck -p %s failed (exit %d): %s" % (driver_dir, p.returncode, p.stderr.strip()))
    out = []
    for f in json.loads(p.stdout).get("findings", []):
        path = f["file"] if os.path.isabs(f["file"]) else os.path.join(driver_dir, f["file"])
        out.append((f["rule"], os.path.realpath(path), f["line"]))
    return out


def marked(path, line, rule):
    """True when an SDV seeded-defect marker precedes `line` of `path` closely (12 lines), or a marker
    naming `rule` does within 40 lines (a defect reported where its effect shows, such as the release
    that follows a commented-out acquire)."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = fh.read().split("\n")
    if any("SDV - Injected Defect" in l for l in lines[max(0, line - 13):line - 1]):
        return True
    named = "SDV - Injected Defect - Rule: %s" % rule
    return any(l.rstrip().endswith(named) for l in lines[max(0, line - 41):line - 1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ddicheck", required=True)
    ap.add_argument("--corpus", default=os.environ.get("DDICHECK_CORPUS"))
    ap.add_argument("--table", default=os.path.join(HERE, "seeded.tsv"))
    a = ap.parse_args()
    if not a.corpus or not os.path.isdir(a.corpus):
        print("skipped: DDICHECK_CORPUS is not set to the corpus folder")
        return SKIP
    try:
        rows = read_table(a.table)
        cache, missed = {}, 0
        for rule, driver, rel, line in rows:
            ddir = os.path.join(a.corpus, driver)
            if not os.path.isfile(os.path.join(ddir, "compile_commands.json")):
                print("skipped: %s has no compile_commands.json (corpus not built)" % ddir)
                return SKIP
            src = os.path.realpath(os.path.join(ddir, rel))
            if not marked(src, line, rule):
                raise ValueError("%s:%d: no 'SDV - Injected Defect' marker above the line (row %s %s)"
                                 % (src, line, rule, driver))
            if driver not in cache:
                cache[driver] = findings(a.ddicheck, ddir)
            got = cache[driver]
            if (rule, src, line) in got:
                print("ok   %s %s/%s:%d" % (rule, driver, rel, line))
                continue
            missed += 1
            near = ["%s@%d" % (r, l) for r, p, l in got if p == src]
            print("FAIL %s %s/%s:%d not reported; %s reports: %s" % (rule, driver, rel, line, rel,
                                                                    ", ".join(near) or "nothing"))
    except (OSError, ValueError, RuntimeError) as e:
        print("check_seeded: error: %s" % e, file=sys.stderr)
        return 2
    print("%d of %d seeded defects found" % (len(rows) - missed, len(rows)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
