#!/usr/bin/env python3
"""check_model.py - runtime-model scenario tests (CTest label "model").

Each row of a cases table (cases.tsv by default) runs one scenario of one sample
configuration on build/bin/ndis-model-run (seeded or explored) with --json and compares the
set of violations (rule, source file name, line) with the expected set; a row that expects
no violation also expects the scenario's own checks (nm_check) to pass. Every violation of a
rule that rules/defs defines must come without the runner's "model_only" mark, every other
one with it. --model-only: the table lists rules rules/defs does not define yet (the model
checks them on its own); a row whose rule is defined by now fails with a note to move it to
cases.tsv. --trace NAME compares the text trace of mcm_miniport/lifecycle --seed 0 with the
golden file NAME (absolute paths and handler addresses normalised).
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


def defined_rules(root):
    return {f[:-5] for f in os.listdir(os.path.join(root, "rules", "defs")) if f.endswith(".json")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--trace")
    ap.add_argument("--cases", default="cases.tsv")
    ap.add_argument("--model-only", action="store_true")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    runner = os.path.join(a.bin, "ndis-model-run")
    if a.trace:
        p = subprocess.run([runner, "--seed", "0", "mcm_miniport", "lifecycle"], capture_output=True, text=True)
        got = norm_trace(p.stdout, a.root)
        want = open(os.path.join(here, a.trace), encoding="utf-8").read()
        if p.returncode != 0 or got != want:
            sys.stdout.write(got)
            sys.stdout.write(p.stderr)
            print("trace differs from %s (exit %d)" % (a.trace, p.returncode))
            return 1
        print("trace matches %s" % a.trace)
        return 0
    defined = defined_rules(a.root)
    failures = 0
    for n, line in enumerate(open(os.path.join(here, a.cases), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        sample, scenario, opts, expected = line.split("\t")
        want = set() if expected == "-" else set(expected.split(","))
        if a.model_only:
            now = sorted({w.split("@")[0] for w in want} & defined)
            if now:
                failures += 1
                print("FAIL %s:%d: %s now in rules/defs: move this row to cases.tsv" % (a.cases, n, ", ".join(now)))
                continue
        cmd = [runner, "--json"] + opts.split() + [sample, scenario]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode not in (0, 1):
            print("ERROR %s: exit %d: %s" % (" ".join(cmd), p.returncode, p.stderr.strip()))
            return 2
        got, marks, checks = set(), [], []
        for r in json.loads(p.stdout)["runs"]:
            for v in r["violations"]:
                got.add("%s@%s:%d" % (v["rule"], os.path.basename(v["file"]), v["line"]))
                if v["model_only"] == (v["rule"] in defined):
                    marks.append("%s is %smarked model-only" % (v["rule"], "" if v["model_only"] else "not "))
            for c in r.get("failed_checks", []):
                checks.append(c if isinstance(c, str) else c["check"])
        # a clean driver must also do what its scenario expects; a faulty one may fail a check
        ok = got == want and not marks and (want or (not checks and p.returncode == 0))
        ok = ok and (not want or p.returncode == 1)
        failures += not ok
        print("%s %s %s %s: %s" % ("ok  " if ok else "FAIL", sample, scenario, opts,
                                   ", ".join(sorted(got)) or "no violations"))
        if got != want:
            print("     expected: %s" % (", ".join(sorted(want)) or "no violations"))
        for m in marks:
            print("     wrong mark: %s" % m)
        if not want:
            for c in checks:
                print("     check failed: %s" % c)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
