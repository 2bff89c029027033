#!/usr/bin/env python3
"""ddicheck_corpus.py - ddicheck on every real driver of the corpus, with the WDK and without it.

Each driver folder of the corpus holds a compile_commands.json written against the real WDK
headers. For each driver this runs

    ddicheck --format=json -o R --dump-model --dump-irql -p DRIVER
                        (the WDK headers the database names)
    ddicheck --format=json -o R --dump-model --dump-irql --own-headers -p DRIVER
                        (ddicheck's own headers: the WDK's include directories taken out)

and prints per driver and mode: the exit status, clang's errors (the report's "errors"), the
findings, the wall time; then whether the two modes agree: the same findings (rule, file, line,
column), the same driver model (--dump-model: driver kind, functions, callback roles),
the same entry IRQL for every function and the same IRQL interval at every call site both header sets
parse as a call (--dump-irql; where the WDK defines a DDI as a macro over another function or an
intrinsic, ddicheck's headers may declare a function, so the callee's name and the set of call
sites may differ: those are counted, not compared).

One difference is expected and accepted: an Irql_Annotation finding that only ddicheck's headers
give, at a call whose callee the WDK of the database declares with no IRQL annotation and
ddicheck's headers annotate from the DDI's documentation (--dump-irql prints "annotated L..H"
after a call whose callee has one). Those are listed as "annotation the WDK lacks"; every other
difference fails the check. Usage:

  ddicheck_corpus.py --ddicheck PATH [--corpus DIR] [--driver NAME]... [--check] [--json FILE]

--corpus defaults to $DDICHECK_CORPUS. With --check the exit status is 1 when a run is a tool
error (exit 2, or any clang error) or the two modes' findings differ. Exit status 77 (skipped)
when the corpus is unset or absent.
"""

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
import time

SKIP = 77


def facts_of(dump):
    """(model lines, {function: entry IRQL}, {(function, line:col): IRQL},
    {(function, line:col, callee): whether the callee is annotated}) of a dump."""
    model, entry, sites, annotated = [], {}, {}, {}
    func = None
    for line in dump.splitlines():
        m = re.match(r"^function (\S+) entry (.*)$", line)
        if m:
            func = m.group(1)
            entry[func] = m.group(2)
            continue
        m = re.match(r"^  (\d+:\d+) (\S+) at (.*?)( annotated \S+)?$", line)
        if m and func:
            sites[(func, m.group(1))] = m.group(3)
            annotated[(func, m.group(1), m.group(2))] = bool(m.group(4))
            continue
        # how many calling contexts a function is analysed in depends on the constants the
        # arguments are, which a DDI that is a macro in one header set and a function in the other
        # changes: the IRQLs they give are compared
        if re.match(r"^  \d+ calling contexts$", line):
            continue
        # how many call sites a function has depends on how a header macro expands (the WDK's
        # ETH_COPY_NETWORK_ADDRESS names its source twice): the IRQL at each site is compared
        model.append(re.sub(r" callers=\d+", "", line))
    return model, entry, sites, annotated


def compare(wdk, own):
    """Returns (same, call sites compared, call sites in one mode only, differences, the annotation
    maps {(function, line:col, callee): annotated} of the WDK and of ddicheck's headers)."""
    mw, ew, sw, aw = facts_of(wdk)
    mo, eo, so, ao = facts_of(own)
    diffs = list(difflib.unified_diff(mw, mo, "WDK", "own", lineterm="", n=0))
    diffs += ["entry IRQL of %s: WDK %s, own %s" % (f, ew.get(f), eo.get(f))
              for f in sorted(set(ew) | set(eo)) if ew.get(f) != eo.get(f)]
    common = set(sw) & set(so)
    # the same interval with and without "(unknown)" (a path on which the analysis lost track of a
    # saved IRQL, as after a second release of a spin lock) is the same fact, not a difference
    plain = lambda v: v.replace(" (unknown)", "")
    diffs += ["IRQL at %s %s: WDK %s, own %s" % (k[0], k[1], sw[k], so[k])
              for k in sorted(common) if plain(sw[k]) != plain(so[k])]
    return not diffs, len(common), len(set(sw) ^ set(so)), diffs, aw, ao


def annotation_wdk_lacks(finding, func, aw, ao):
    """True when `finding` (rule, file, line, column), reported in function `func`, is an
    Irql_Annotation finding at a call whose callee ddicheck's headers annotate and the WDK's
    declare without an IRQL annotation."""
    rule, _, line, col = finding
    if rule != "Irql_Annotation" or not func:
        return False
    at = "%d:%d" % (line, col)
    # the WDK may spell the DDI as a macro over another function (NdisMSetTimer over NdisSetTimer):
    # every call the WDK's headers make at that place must be unannotated
    wdk = [k for k in aw if k[:2] == (func, at)]
    return any(ao[k] for k in ao if k[:2] == (func, at)) and bool(wdk) and not any(aw[k] for k in wdk)


def run(ddicheck, driver_dir, own, report):
    cmd = [ddicheck, "--format=json", "-o", report, "--dump-model", "--dump-irql", "-p", driver_dir]
    cmd += ["--own-headers"] if own else []
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    secs = time.monotonic() - t0
    try:
        with open(report, encoding="utf-8") as f:
            rep = json.load(f)
    except (OSError, ValueError):
        rep = {"findings": [], "errors": [{"severity": "error", "message": "no JSON report: %s" %
                                           p.stderr.decode("utf-8", "replace")[-300:]}]}
    errors = [e for e in rep.get("errors", []) if e.get("severity") == "error"]
    findings = sorted((f["rule"], f["file"], f["line"], f["column"]) for f in rep.get("findings", []))
    functions = {(f["rule"], f["file"], f["line"], f["column"]): f.get("function") for f in rep.get("findings", [])}
    return {"rc": p.returncode, "errors": errors, "findings": findings, "seconds": round(secs, 2),
            "functions": functions,
            "facts": p.stdout.decode("utf-8", "replace")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ddicheck", required=True)
    ap.add_argument("--corpus", default=os.environ.get("DDICHECK_CORPUS", ""))
    ap.add_argument("--driver", action="append", default=[])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--json", help="write the per-driver results here")
    opt = ap.parse_args()
    if not opt.corpus or not os.path.isdir(opt.corpus):
        print("skipped: DDICHECK_CORPUS is unset or not a directory")
        return SKIP
    drivers = [d for d in sorted(os.listdir(opt.corpus))
               if os.path.isfile(os.path.join(opt.corpus, d, "compile_commands.json"))
               and (not opt.driver or d in opt.driver)]
    if not drivers:
        print("skipped: no driver folder with compile_commands.json in %s" % opt.corpus)
        return SKIP
    ddicheck = os.path.abspath(opt.ddicheck)
    results = {}
    bad = 0
    print("%-18s %7s | %4s %6s %8s %7s | %4s %6s %8s %7s | %s" % (
        "driver", "entries", "rc", "errors", "findings", "secs", "rc", "errors", "findings", "secs",
        "same findings and facts (call sites compared / in one mode only)"))
    print("%-18s %7s | %-29s | %-29s |" % ("", "", "with the WDK", "--own-headers"))
    for d in drivers:
        path = os.path.join(os.path.abspath(opt.corpus), d)
        with open(os.path.join(path, "compile_commands.json")) as f:
            n = len(json.load(f))
        with tempfile.TemporaryDirectory(prefix="ddicheck-corpus-") as tmp:
            wdk = run(ddicheck, path, False, os.path.join(tmp, "wdk.json"))
            own = run(ddicheck, path, True, os.path.join(tmp, "own.json"))
        same_facts, ncommon, nonly, diffs, aw, ao = compare(wdk.pop("facts"), own.pop("facts"))
        wdk.pop("functions")
        only_wdk = sorted(set(wdk["findings"]) - set(own["findings"]))
        only_own = sorted(set(own["findings"]) - set(wdk["findings"]))
        lacks = [f for f in only_own if annotation_wdk_lacks(f, own["functions"].get(f), aw, ao)]
        same = not only_wdk and len(lacks) == len(only_own) and same_facts
        own.pop("functions")
        own["annotation_wdk_lacks"] = lacks
        results[d] = {"entries": n, "wdk": wdk, "own": own, "same": same, "call_sites_compared": ncommon,
                      "call_sites_in_one_mode": nonly}
        tool_error = any(r["rc"] == 2 or r["errors"] for r in (wdk, own))
        bad += tool_error or not same
        print("%-18s %7d | %4d %6d %8d %7.2f | %4d %6d %8d %7.2f | %s" % (
            d, n, wdk["rc"], len(wdk["errors"]), len(wdk["findings"]), wdk["seconds"], own["rc"],
            len(own["errors"]), len(own["findings"]), own["seconds"], ("yes" if same else "NO") + " (%d / %d)" % (ncommon, nonly)))
        for label, r in (("WDK", wdk), ("own", own)):
            for e in r["errors"][:5]:
                print("    %s: %s:%s: error: %s" % (label, e.get("file"), e.get("line"), e.get("message")))
        for f in lacks:
            print("    only own, annotation the WDK lacks: %s" % (f,))
        if not same:
            for f in only_wdk + [f for f in only_own if f not in lacks]:
                print("    only %s: %s" % ("WDK" if f in only_wdk else "own", f))
            for line in diffs[:20]:
                print("    " + line)
    tw = sum(r["wdk"]["seconds"] for r in results.values())
    to = sum(r["own"]["seconds"] for r in results.values())
    print("%d drivers; %d with a tool error or different findings; %.1f s with the WDK, %.1f s with "
          "ddicheck's headers" % (len(results), bad, tw, to))
    if opt.json:
        with open(opt.json, "w") as f:
            json.dump(results, f, indent=1)
    return 1 if (opt.check and bad) else 0


if __name__ == "__main__":
    sys.exit(main())
