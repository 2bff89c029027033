#!/usr/bin/env python3
"""validate.py - the static-vs-runtime validation matrix (CTest label "validation").

For every configuration in samples/samples.tsv it runs the checker
(build/bin/ddicheck --format=json FLAGS FILES, in samples/) and the runtime model
(build/bin/ndis-model-run-<name> --json --explore=RUNS all) and compares them:
- a faulty configuration agrees on a rule when both engines report it at the same place:
  the same file and line, or the runtime's line is one of the static finding's note
  lines in that file (request rules: the model sees the completion call the checker
  names in a note, never the return statement), or, for a runtime finding without a
  line (end-of-scenario checks), the same function;
- a clean configuration agrees when both engines are silent.
It prints a table rule x {static, runtime, agree} over every rule in rules/defs. A rule
passes when at least one faulty configuration agrees on it and at least one clean
configuration of a sample that has a fault for it is silent in both engines. A rule the
model cannot express (a line of rules/model-exceptions.tsv, with its reason) is judged by
the checker alone: its faulty configurations agree when the checker reports it.
Exit status: 0 every rule passes, 1 some rule fails, 2 a tool error.
"""
import argparse
import json
import os
import subprocess
import sys


def load_rows(root):
    rows = []
    with open(os.path.join(root, "samples", "samples.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            rows.append({"name": f[0], "files": f[1].split(), "flags": [] if f[2] == "-" else f[2].split(),
                         "expected": [] if f[4] == "-" else f[4].split(",")})
    return rows


def model_exceptions(root):
    """The rules of rules/model-exceptions.tsv (RuleId TAB reason)."""
    out = set()
    with open(os.path.join(root, "rules", "model-exceptions.tsv"), encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if f[0] and not f[0].startswith("#") and len(f) > 1 and f[1].strip():
                out.add(f[0])
    return out


def run_static(root, ddicheck, row):
    cmd = [ddicheck, "--format=json"] + row["flags"] + row["files"]
    p = subprocess.run(cmd, cwd=os.path.join(root, "samples"), capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise RuntimeError("ddicheck failed (%d) on %s: %s" % (p.returncode, row["name"], p.stderr.strip()))
    out = []
    for f in json.loads(p.stdout).get("findings", []):
        path = os.path.realpath(os.path.join(root, "samples", f["file"]))
        notes = set()
        for n in f.get("notes", []):
            notes.add((os.path.realpath(os.path.join(root, "samples", n["file"])), n["line"]))
        out.append({"rule": f["rule"], "file": path, "line": f["line"], "function": f.get("function", ""),
                    "notes": notes})
    return out


def run_runtime(binary, runs):
    p = subprocess.run([binary, "--json", "--explore=%d" % runs, "all"], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise RuntimeError("%s failed (%d): %s" % (binary, p.returncode, p.stderr.strip()))
    out = []
    for r in json.loads(p.stdout)["runs"]:
        for v in r["violations"]:
            out.append({"rule": v["rule"], "file": os.path.realpath(v["file"]) if v["file"] else "",
                        "line": v["line"], "function": v["function"], "scenario": r["scenario"],
                        "choices": v.get("choices", "")})
    return out


def same_place(s, r):
    if r["line"] == 0:
        return bool(r["function"]) and r["function"] == s["function"]
    return (r["file"], r["line"]) == (s["file"], s["line"]) or (r["file"], r["line"]) in s["notes"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--runs", type=int, default=400, help="--explore bound per scenario")
    a = ap.parse_args()
    rules = sorted(f[:-5] for f in os.listdir(os.path.join(a.root, "rules", "defs")) if f.endswith(".json"))
    rows = load_rows(a.root)
    static_only = model_exceptions(a.root)
    ddicheck = os.path.join(a.bin, "ddicheck")
    table = {r: {"static": [], "runtime": [], "agree": [], "clean": set()} for r in rules}
    problems = []
    results = {}
    try:
        for row in rows:
            binary = os.path.join(a.bin, "ndis-model-run-" + row["name"].replace(".", "-"))
            st = run_static(a.root, ddicheck, row)
            rt = run_runtime(binary, a.runs) if os.path.exists(binary) else None
            results[row["name"]] = (st, rt)
    except (RuntimeError, OSError, ValueError) as e:
        print("validation: error: %s" % e, file=sys.stderr)
        return 2
    print("%-34s %-28s %-28s %s" % ("configuration", "static", "runtime", "verdict"))
    for row in rows:
        st, rt = results[row["name"]]
        srules = sorted({f["rule"] for f in st})
        rrules = sorted({v["rule"] for v in rt}) if rt is not None else ["(no model build)"]
        verdict = []
        if not row["expected"]:
            if not st and rt == []:
                verdict.append("both silent")
                for r in rules:
                    table[r]["clean"].add(row["name"].split(".")[0])
            else:
                verdict.append("NOT SILENT")
                problems.append("%s: clean configuration reported static=%s runtime=%s" % (row["name"], srules, rrules))
        for rule in row["expected"]:
            if rule not in table:
                continue
            if any(f["rule"] == rule for f in st):
                table[rule]["static"].append(row["name"])
            if rt and any(v["rule"] == rule for v in rt):
                table[rule]["runtime"].append(row["name"])
            if rule in static_only and any(f["rule"] == rule for f in st):
                table[rule]["agree"].append(row["name"])
                verdict.append("%s: found (static only, rules/model-exceptions.tsv)" % rule)
            elif rt and any(same_place(f, v) for f in st if f["rule"] == rule for v in rt if v["rule"] == rule):
                table[rule]["agree"].append(row["name"])
                verdict.append("%s: agree" % rule)
            else:
                verdict.append("%s: DISAGREE" % rule)
        extra = sorted(set(srules + (rrules if rt is not None else [])) - set(row["expected"]))
        if row["expected"] and extra:
            verdict.append("extra: %s" % ",".join(extra))
            problems.append("%s: unexpected rules %s" % (row["name"], extra))
        print("%-34s %-28s %-28s %s" % (row["name"], ",".join(srules) or "-", ",".join(rrules) or "-", "; ".join(verdict)))
    print()
    print("%-38s %-7s %-8s %-6s %-6s %s" % ("rule", "static", "runtime", "agree", "clean", "result"))
    failed = 0
    for r in rules:
        t = table[r]
        faulty_dirs = {n.split(".")[0] for n in t["agree"]}
        clean_ok = bool(faulty_dirs & t["clean"])
        ok = bool(t["agree"]) and clean_ok
        failed += not ok
        why = "" if ok else ("no faulty variant found by both engines at the same place" if not t["agree"]
                             else "no clean variant silent in both engines")
        print("%-38s %-7d %-8d %-6d %-6s %s" % (r, len(t["static"]), len(t["runtime"]), len(t["agree"]),
                                               "yes" if clean_ok else "no", "ok" if ok else "FAIL: " + why))
    for p in problems:
        print("problem: " + p)
    print("\n%d of %d rules validated by both engines" % (len(rules) - failed, len(rules)))
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
