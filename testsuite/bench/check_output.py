#!/usr/bin/env python3
"""Check that a benchmark run printed well-formed tables (the smoke tests of testsuite/bench).

Usage: check_output.py generated OUTPUT
       check_output.py corpus OUTPUT --corpus DIR --drivers A,B --ddicheck BIN [--json FILE] [--rule-cost]

`generated` checks the table of `run_bench.sh` without --corpus: the column header, the start-up
row and the three rows of the generated corpus, every figure a number and each ratio the quotient of
its row's two wall times.

`corpus` checks the output of `run_bench.sh --corpus`: for each parallelism table, one row per
driver with the number of compile commands its compile_commands.json holds, numbers where numbers
belong, ratios that are the quotients of their columns, a TOTAL row that sums the rows, and, in the
census, each driver's exit status and number of findings as a `ddicheck -p DRIVER` run by this
script reports them (text report lines ending in "[RuleId]"). With --json the JSON file must name
the same drivers; with --rule-cost the rule-cost table must have its "no rule" and "all rules" rows.

Nothing about speed is checked. Prints what is wrong and exits 1; exits 0 when all is well.
"""

import argparse
import json
import os
import re
import subprocess
import sys

ERRORS = []


def bad(msg):
    ERRORS.append(msg)


def num(s, what):
    try:
        return float(s)
    except ValueError:
        bad("%s: '%s' is not a number" % (what, s))
        return None


def close(a, b, tol, what):
    if a is not None and b is not None and abs(a - b) > tol:
        bad("%s: %s, expected %s" % (what, a, b))


def check_generated(text):
    lines = text.splitlines()
    hdr = [i for i, ln in enumerate(lines) if ln.startswith("input set") and "ratio" in ln]
    if len(hdr) != 1:
        bad("no single table header ('input set ... ratio ...')")
        return
    rows = {}
    for ln in lines[hdr[0] + 1:]:
        if not ln.strip():
            break
        m = re.match(r"(.{34}) (.*)$", ln)
        if not m:
            bad("malformed row: " + ln)
            continue
        f = m.group(2).split()
        if len(f) != 8:
            bad("row '%s' has %d columns, expected 8" % (m.group(1).strip(), len(f)))
            continue
        rows[m.group(1).strip()] = f
    want = ["start-up: empty TU x ", "corpus: one run, all drivers", "corpus: one run per driver",
            "corpus: one process per file"]
    for w in want:
        hits = [k for k in rows if k.startswith(w)]
        if len(hits) != 1:
            bad("expected one row starting '%s', got %d" % (w, len(hits)))
    for label, f in rows.items():
        files, c, d, r = num(f[0], label + " files"), num(f[1], label + " clang s"), num(f[2], label + " ddchk s"), \
            num(f[3], label + " ratio")
        for k, col in ((4, "clang cpu"), (5, "ddchk cpu"), (6, "clang MiB"), (7, "ddchk MiB")):
            if f[k] != "-":
                num(f[k], label + " " + col)
        if files is not None and files < 1:
            bad("%s: no files" % label)
        if c and d is not None and r is not None:
            close(r, round(d / c, 2), 0.011, label + " ratio")


def driver_tus(corpus, name):
    with open(os.path.join(corpus, name, "compile_commands.json"), encoding="utf-8") as f:
        return len(json.load(f))


def findings_of(ddicheck, path):
    """(exit status, number of findings) of `ddicheck -p path`, from its text report."""
    r = subprocess.run([ddicheck, "-p", path], capture_output=True, text=True)
    n = sum(1 for ln in r.stdout.splitlines() if re.search(r": (warning|error|note): .*\[\w+\]$", ln))
    return r.returncode, n


def table(lines, start, ncols):
    """Rows (lists of fields) of the table whose header is lines[start], up to a blank line or a
    parenthesised note."""
    out = []
    for ln in lines[start + 1:]:
        if not ln.strip() or ln.startswith("("):
            break
        f = ln.split()
        if len(f) < ncols:
            bad("malformed row: " + ln)
            continue
        out.append(f)
    return out


def check_corpus(text, a):
    lines = text.splitlines()
    names = a.drivers.split(",")
    tus = {n: driver_tus(a.corpus, n) for n in names}
    truth = {n: findings_of(a.ddicheck, os.path.join(a.corpus, n)) for n in names}

    if not re.search(r"^corpus: .*: %d drivers, %d compile commands$" % (len(names), sum(tus.values())),
                     text, re.M):
        bad("no 'corpus: ...: %d drivers, %d compile commands' line" % (len(names), sum(tus.values())))
    heads = [i for i, ln in enumerate(lines) if ln.startswith("== ") and " at a time" in ln]
    if not heads:
        bad("no timing table ('== J at a time ...')")
    for h in heads:
        if not lines[h + 1].split()[:3] == ["driver", "TUs", "clang"]:
            bad("table '%s' lacks its column header" % lines[h])
            continue
        rows = table(lines, h + 1, 12)
        by = {f[0]: f for f in rows}
        if [f[0] for f in rows] != names + ["TOTAL"]:
            bad("table '%s': rows %s, expected %s" % (lines[h], [f[0] for f in rows], names + ["TOTAL"]))
            continue
        sums = [0.0] * 4
        for n in names + ["TOTAL"]:
            f = by[n]
            if len(f) != 12:
                bad("%s: %d columns, expected 12" % (n, len(f)))
                continue
            v = [num(x, "%s column %d" % (n, k)) for k, x in enumerate(f[1:], 1)]
            if None in v:
                continue
            tu, cw, dw, wr, cc, dc, cr, cm, dm, ex, nf = v
            want_tu = sum(tus.values()) if n == "TOTAL" else tus[n]
            close(tu, want_tu, 0, n + " TUs")
            close(wr, round(dw / cw, 2), 0.011, n + " wall ratio")
            close(cr, round(dc / cc, 2), 0.011, n + " cpu ratio")
            if min(cw, dw, cc, dc, cm, dm) <= 0:
                bad("%s: a time or size that is not positive" % n)
            if n == "TOTAL":
                for k, s in enumerate(sums):
                    close((cw, dw, cc, dc)[k], round(s, 3), 0.001 * (len(names) + 1), "TOTAL column %d" % (k + 2))
                close(nf, sum(t[1] for t in truth.values()), 0, "TOTAL findings")
            else:
                sums = [s + x for s, x in zip(sums, (cw, dw, cc, dc))]
                close(ex, truth[n][0], 0, n + " exit status")
                close(nf, truth[n][1], 0, n + " findings")

    cen = [i for i, ln in enumerate(lines) if ln.startswith("== census")]
    if len(cen) != 1:
        bad("no census table")
    else:
        rows = table(lines, cen[0] + 1, 9)
        if [f[0] for f in rows] != names:
            bad("census rows %s, expected %s" % ([f[0] for f in rows], names))
        for f in rows:
            if f[0] in truth:
                close(num(f[2], f[0] + " census exit"), truth[f[0]][0], 0, f[0] + " census exit")
                close(num(f[3], f[0] + " census findings"), truth[f[0]][1], 0, f[0] + " census findings")
                if f[5] != "0":
                    bad("%s: the clang side exited %s" % (f[0], f[5]))

    if a.rule_cost:
        rc = [i for i, ln in enumerate(lines) if ln.startswith("== rule cost")]
        if len(rc) != 1:
            bad("no rule-cost table")
        else:
            labels = [ln[:44].strip() for ln in lines[rc[0] + 2:] if ln.strip() and not ln.startswith("(")]
            labels = labels[:labels.index("") if "" in labels else None]
            for w in ("no rule (--disable='*')", "all rules"):
                if w not in labels:
                    bad("rule-cost table lacks the row '%s'" % w)
            if not any(x.startswith("kind ") for x in labels):
                bad("rule-cost table has no row per rule kind")

    if a.json:
        try:
            with open(a.json, encoding="utf-8") as f:
                js = json.load(f)
            if sorted(js.get("drivers", {})) != sorted(names):
                bad("JSON drivers %s, expected %s" % (sorted(js.get("drivers", {})), sorted(names)))
        except (OSError, ValueError) as e:
            bad("JSON %s: %s" % (a.json, e))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["generated", "corpus"])
    ap.add_argument("output")
    ap.add_argument("--corpus")
    ap.add_argument("--drivers")
    ap.add_argument("--ddicheck")
    ap.add_argument("--json")
    ap.add_argument("--rule-cost", action="store_true")
    a = ap.parse_args()
    with open(a.output, encoding="utf-8") as f:
        text = f.read()
    if a.mode == "generated":
        check_generated(text)
    else:
        if not (a.corpus and a.drivers and a.ddicheck):
            ap.error("corpus mode needs --corpus, --drivers and --ddicheck")
        check_corpus(text, a)
    for e in ERRORS:
        print("check_output: " + e)
    if ERRORS:
        print("check_output: %d problem(s) in %s" % (len(ERRORS), a.output))
        return 1
    print("check_output: %s is well formed" % a.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
