#!/usr/bin/env python3
"""irql_ruledb.py - the runtime model checks the IRQL of NDIS 6 miniport DDIs from the rule database.

The model has no IRQL list of its own: every DDI call is checked against rules/facts/ddi-irql.tsv
through the rule database. This test runs the NDIS 6 miniport sample's fault build
ndis6_miniport.sleep_in_timer (its watchdog timer, which NDIS may run at DISPATCH_LEVEL, calls
NdisMSleep, which requires IRQL <= APC_LEVEL) and its clean build with a rules directory in which
Irql_Miniport_Driver_Function covers NdisMSleep:
- when rules/ already defines the rule with that row, rules/ itself;
- otherwise a temporary copy of rules/ to which the test adds the definition (the fields of
  Irql_MCM_Function with the id changed) and the NdisMSleep row of SDV's list.
Expected: the fault build reports Irql_Miniport_Driver_Function at the NdisMSleep line (a database
rule, not marked model-only) in some explored schedule, and the clean build reports nothing.
It also runs the fault build with the unchanged rules/ and expects exactly what rules/ says:
no finding while no row covers NdisMSleep (the model invents no IRQL requirement).
Exit: 0 pass, 1 fail, 2 tool error.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

RULE = "Irql_Miniport_Driver_Function"


def has_row(rules):
    with open(os.path.join(rules, "facts", "ddi-irql.tsv"), encoding="utf-8") as fh:
        return any(l.split("\t")[0] == "NdisMSleep" and l.rstrip("\n").split("\t")[-1] == RULE for l in fh)


def prepare(root, tmp):
    rules = os.path.join(root, "rules")
    if os.path.isfile(os.path.join(rules, "defs", RULE + ".json")) and has_row(rules):
        return rules, "rules/ as it is"
    copy = os.path.join(tmp, "rules")
    shutil.copytree(rules, copy)
    d = json.load(open(os.path.join(copy, "defs", "Irql_MCM_Function.json"), encoding="utf-8"))
    d["id"] = RULE
    d["summary"] = "Each NDIS miniport DDI is called at the IRQL its reference page requires."
    d["applies_to"] = {"table": "ddi-irql.tsv", "rule_column": RULE}
    d["source"] = "https://learn.microsoft.com/windows-hardware/drivers/devtest/ndis-irql-miniport-driver-function"
    d["doc"] = "docs/%s.md" % RULE
    json.dump(d, open(os.path.join(copy, "defs", RULE + ".json"), "w", encoding="utf-8"), indent=2)
    shutil.copy(os.path.join(copy, "docs", "Irql_MCM_Function.md"), os.path.join(copy, "docs", RULE + ".md"))
    with open(os.path.join(copy, "facts", "ddi-irql.tsv"), "a", encoding="utf-8") as fh:
        fh.write("NdisMSleep\tPASSIVE_LEVEL\tAPC_LEVEL\t%s\n" % RULE)
    return copy, "a copy of rules/ with the %s row for NdisMSleep" % RULE


def run(runner, rules, sample):
    p = subprocess.run([runner, "--json", "--rules", rules, "--explore", sample, "concurrency"],
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise RuntimeError("%s %s: exit %d: %s" % (runner, sample, p.returncode, p.stderr.strip()))
    return [v for r in json.loads(p.stdout)["runs"] for v in r["violations"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    runner = os.path.join(a.bin, "ndis-model-run")
    src = os.path.join(a.root, "samples", "ndis6_miniport", "n6_main.c")
    lines = [n for n, l in enumerate(open(src, encoding="utf-8"), 1) if re.search(r"\bNdisMSleep\s*\(", l)]
    if len(lines) != 1:
        print("error: expected one NdisMSleep call in %s, found %d" % (src, len(lines)))
        return 2
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        try:
            rules, how = prepare(a.root, tmp)
            print("rules: %s" % how)
            fault = run(runner, rules, "ndis6_miniport.sleep_in_timer")
            clean = run(runner, rules, "ndis6_miniport")
            plain = run(runner, os.path.join(a.root, "rules"), "ndis6_miniport.sleep_in_timer")
        except (RuntimeError, OSError, ValueError) as e:
            print("error: %s" % e)
            return 2
    want = "%s@n6_main.c:%d" % (RULE, lines[0])
    got = {"%s@%s:%d" % (v["rule"], os.path.basename(v["file"]), v["line"]) for v in fault}
    ok = got == {want} and not any(v["model_only"] for v in fault)
    failures += not ok
    print("%s sleep_in_timer: %s (expected %s)" % ("ok  " if ok else "FAIL", ", ".join(sorted(got)) or "-", want))
    ok = not clean
    failures += not ok
    print("%s clean build: %s" % ("ok  " if ok else "FAIL", ", ".join(v["rule"] for v in clean) or "no violations"))
    expect_plain = has_row(os.path.join(a.root, "rules"))
    got_plain = any(v["rule"] == RULE for v in plain)
    ok = got_plain == expect_plain
    failures += not ok
    print("%s unchanged rules/ (%s NdisMSleep row): %s" % ("ok  " if ok else "FAIL", "with its" if expect_plain else "no",
                                                           "found" if got_plain else "not found"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
