#!/usr/bin/env python3
"""validate.py - the static-vs-runtime validation matrix (CTest label "validation").

For every configuration in samples/samples.tsv it runs the checker
(build/bin/ddicheck --format=json FLAGS FILES, in samples/) and the runtime model
(build/bin/ndis-model-run --json --explore=RUNS NAME, every scenario) and compares them:
- a faulty configuration agrees on a rule when both engines report it at the same place:
  the same file and line, or the runtime's line is one of the static finding's note
  lines in that file (request rules: the model sees the completion call the checker
  names in a note, never the return statement), or, for a runtime finding without a
  line (end-of-scenario checks), the same function;
- a clean configuration agrees when both engines are silent.
It prints a table rule x {static, runtime, agree} over every rule in rules/defs. A rule
passes when at least one faulty configuration agrees on it and at least one clean
configuration of a sample that has a fault for it is silent in both engines. A rule the
runtime model cannot express (rules/model-exceptions.tsv, the one list of them, with the
reason) passes on the checker alone: a faulty configuration where the checker reports it,
and a clean configuration of that sample statically silent. A configuration without a runner
(no model harness for its sample directory) is judged statically.
Rules the runtime model checks that rules/defs does not define yet (violations marked
model_only) are listed after the table with the configurations that expect them and whether
the model found them there; they do not count towards the verdict until rules/defs defines them
(the static side of a rule arrives with its definition).
Exit status: 0 every rule passes, 1 some rule fails, 2 a tool error.
"""
import argparse
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import ruletree  # noqa: E402


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


def model_samples(runner):
    p = subprocess.run([runner, "--list"], capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s --list failed (%d): %s" % (runner, p.returncode, p.stderr.strip()))
    return {line.split()[0] for line in p.stdout.splitlines() if line.strip()}


def run_runtime(runner, name, runs):
    p = subprocess.run([runner, "--json", "--explore=%d" % runs, name], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise RuntimeError("%s %s failed (%d): %s" % (runner, name, p.returncode, p.stderr.strip()))
    out = []
    for r in json.loads(p.stdout)["runs"]:
        for v in r["violations"]:
            out.append({"rule": v["rule"], "file": os.path.realpath(v["file"]) if v["file"] else "",
                        "line": v["line"], "function": v["function"], "scenario": r["scenario"],
                        "choices": v.get("choices", ""), "model_only": v.get("model_only", False)})
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
    exceptions = ruletree.model_exceptions(a.root)
    rows = load_rows(a.root)
    ddicheck = os.path.join(a.bin, "ddicheck")
    table = {r: {"static": [], "runtime": [], "agree": [], "clean": set(), "sclean": set()} for r in rules}
    problems = []
    results = {}
    runner = os.path.join(a.bin, "ndis-model-run")
    try:
        have = model_samples(runner)
        for row in rows:
            st = run_static(a.root, ddicheck, row)
            rt = run_runtime(runner, row["name"], a.runs) if row["name"] in have else None
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
            sample = row["name"].split(".")[0]
            if not st and rt == []:
                verdict.append("both silent")
                for r in rules:
                    table[r]["clean"].add(sample)
                    table[r]["sclean"].add(sample)
            elif not st and rt is None:
                verdict.append("static silent (no model build)")
                for r in rules:
                    table[r]["sclean"].add(sample)
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
            if rule in exceptions:
                verdict.append("%s: %s (checker only: the model cannot express it)"
                               % (rule, "found" if any(f["rule"] == rule for f in st) else "NOT FOUND"))
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
        checker_only = r in exceptions
        found = t["static"] if checker_only else t["agree"]
        faulty_dirs = {n.split(".")[0] for n in found}
        clean_ok = bool(faulty_dirs & (t["sclean"] if checker_only else t["clean"]))
        ok = bool(found) and clean_ok
        failed += not ok
        if ok:
            why = "(checker only: %s)" % exceptions[r][1] if checker_only else ""
        elif not found:
            why = "FAIL: " + ("no faulty variant found by the checker" if checker_only
                              else "no faulty variant found by both engines at the same place")
        else:
            why = "FAIL: " + ("no clean variant statically silent" if checker_only
                              else "no clean variant silent in both engines")
        print("%-38s %-7d %-8d %-6d %-6s %s" % (r, len(t["static"]), len(t["runtime"]), len(t["agree"]),
                                               "yes" if clean_ok else "no", ("ok " + why).strip() if ok else why))
    model_only = {}
    for row in rows:
        st, rt = results[row["name"]]
        for rule in row["expected"]:
            if rule not in table:
                found = bool(rt) and any(v["rule"] == rule and v["model_only"] for v in rt)
                model_only.setdefault(rule, []).append("%s (%s)" % (row["name"], "found" if found else "not found"))
    if model_only:
        print("\nrules the model checks that rules/defs does not define yet (model-only; not in the verdict):")
        for rule in sorted(model_only):
            print("%-38s %s" % (rule, ", ".join(model_only[rule])))
    for p in problems:
        print("problem: " + p)
    alone = sum(1 for r in rules if r in exceptions)
    print("\n%d of %d rules validated by both engines%s" % (len(rules) - failed, len(rules),
                                                          " (%d by the checker alone: rules/model-exceptions.tsv)"
                                                          % alone if alone else ""))
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
