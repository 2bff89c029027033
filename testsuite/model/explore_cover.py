#!/usr/bin/env python3
"""explore_cover.py - --explore covers every interleaving of concurrent events.

Runs `ndis-model-run --json --orders --explore SAMPLE SCENARIO` and checks that the exploration
finished (every schedule within the bound), that each of the named events ran in every schedule,
and that their relative orders (by first occurrence) cover all n! permutations. With --bound it
also checks that the bounded exploration ran fewer schedules than the full one and still
finished. Prints the number of schedules and of distinct event orders.
The CTest timeout (60 s) is the "under a minute" budget; the test itself asserts no time.
Exit: 0 pass, 1 fail, 2 tool error.
"""
import argparse
import itertools
import json
import os
import subprocess
import sys


def explore(runner, sample, scenario, extra):
    p = subprocess.run([runner, "--json", "--orders", "--explore"] + extra + [sample, scenario], capture_output=True,
                       text=True)
    if p.returncode not in (0, 1):
        raise RuntimeError("exit %d: %s" % (p.returncode, p.stderr.strip()))
    return json.loads(p.stdout)["runs"][0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--sample", default="ndis6_miniport")
    ap.add_argument("--scenario", default="concurrency")
    ap.add_argument("--events", default="interrupt DPC,timer (periodic),work item")
    a = ap.parse_args()
    runner = os.path.join(a.bin, "ndis-model-run")
    events = a.events.split(",")
    try:
        full = explore(runner, a.sample, a.scenario, [])
        bounded = explore(runner, a.sample, a.scenario, ["--bound", "1"])
    except (RuntimeError, OSError, ValueError) as e:
        print("error: %s" % e)
        return 2
    failures = 0
    seen, missing = set(), 0
    for order in full.get("orders", []):
        ran = order.split(" > ")
        if not all(e in ran for e in events):
            missing += 1
            continue
        seen.add(tuple(sorted(events, key=ran.index)))
    want = set(itertools.permutations(events))
    print("%s: %d schedules, %d distinct event orders, complete: %s" %
          (a.scenario, full["schedules"], full["event_orders"], full["complete"]))
    for p in sorted(want):
        print("  %s %s" % ("covered" if p in seen else "MISSING", " > ".join(p)))
    if not full["complete"]:
        print("FAIL: the exploration stopped at its run bound")
        failures += 1
    if missing:
        print("FAIL: %d event orders lack one of the events %s" % (missing, events))
        failures += 1
    if seen != want:
        print("FAIL: %d of %d orders of the %d events covered" % (len(seen & want), len(want), len(events)))
        failures += 1
    print("--bound 1: %d schedules, complete: %s" % (bounded["schedules"], bounded["complete"]))
    if not bounded["complete"] or bounded["schedules"] >= full["schedules"]:
        print("FAIL: the bounded exploration should finish with fewer schedules")
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
