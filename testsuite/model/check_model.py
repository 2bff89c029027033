#!/usr/bin/env python3
"""check_model.py - runtime-model scenario tests (CTest label "model").

Each row of cases.tsv runs one scenario of one driver build (seeded or explored) with
--json and compares the set of violations (rule, source file name, line) with the
expected set. --trace NAME compares the text trace of mcm_miniport/lifecycle --seed 0
with the golden file NAME (absolute paths and handler addresses normalised).
Exit: 0 all pass, 1 a mismatch, 2 a tool error.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def norm_trace(text, root):
    text = text.replace(os.path.realpath(root) + "/", "")
    return re.sub(r"handler@0x[0-9a-f]+", "handler@ADDR", text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--trace")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    if a.trace:
        p = subprocess.run([os.path.join(a.bin, "ndis-model-run-mcm_miniport"), "--seed", "0", "lifecycle"],
                           capture_output=True, text=True)
        got = norm_trace(p.stdout, a.root)
        want = open(os.path.join(here, a.trace), encoding="utf-8").read()
        if p.returncode != 0 or got != want:
            sys.stdout.write(got)
            print("trace differs from %s (exit %d)" % (a.trace, p.returncode))
            return 1
        print("trace matches %s" % a.trace)
        return 0
    failures = 0
    for line in open(os.path.join(here, "cases.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        runner, scenario, opts, expected = line.split("\t")
        cmd = [os.path.join(a.bin, "ndis-model-run-" + runner), "--json"] + opts.split() + [scenario]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode not in (0, 1):
            print("ERROR %s: exit %d: %s" % (" ".join(cmd), p.returncode, p.stderr.strip()))
            return 2
        got = set()
        for r in json.loads(p.stdout)["runs"]:
            for v in r["violations"]:
                got.add("%s@%s:%d" % (v["rule"], os.path.basename(v["file"]), v["line"]))
        want = set() if expected == "-" else set(expected.split(","))
        ok = got == want and (p.returncode == 1) == bool(want)
        failures += not ok
        print("%s %s %s %s: %s" % ("ok  " if ok else "FAIL", runner, scenario, opts,
                                   ", ".join(sorted(got)) or "no violations"))
        if not ok:
            print("     expected: %s" % (", ".join(sorted(want)) or "no violations"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
