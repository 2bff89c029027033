#!/usr/bin/env python3
"""test_new_rule.py - CTest rules/new_rule: scripts/new-rule.py against rules/completeness.

    test_new_rule.py --root SRC --ddicheck BIN

Each case copies the parts of the source tree a rule touches into a temporary directory, runs
scripts/new-rule.py --root COPY there and checks that:
  - it exits 0 and the remaining steps it prints (their [keys]) are exactly the problems
    testsuite/completeness/check.py --rule ID then reports for the new rule;
  - the generated examples and tests pass `ddicheck --rules-dir COPY/rules --verify` where they
    are meant to (all four for irql, typestate, call_status, call_argument and lock rules; the
    compliant example and the _ok test where the engine cannot run the new rule yet);
  - bad arguments (an existing id, a malformed id, an unknown kind, DDI, IRQL or status, an id
    that would take over existing tests) exit 2 and change nothing;
  - every kind of the registry of checks (checker/checks.def) has a writer in the generator and
    a case here, and every kind used in rules/defs is one of them; a kind added to checks.def
    without a writer is refused by name.
Exit status: 0 pass, 1 a check failed, 2 a tool error. Python 3 standard library only.
"""
import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
COPY = ("rules", "scripts", "samples", "testsuite/docs", "testsuite/rules", "testsuite/model",
        "testsuite/completeness", "runtime-model/include", "runtime-model/src", "checker/checks.def")

# (id, arguments, which generated files must pass --verify)
ALL = ("noncompliant", "compliant", "positive", "silent")
CASES = [
    ("Irql_Miniport_Function", ["--kind", "irql", "--ddi", "NdisMRegisterDevice", "--ddi",
                                "NdisMDeregisterDevice", "--irql", "PASSIVE_LEVEL"], ALL),
    ("Irql_MiniportStatus_Function", ["--kind", "irql", "--ddi", "NdisMIndicateStatus", "--irql",
                                      "PASSIVE_LEVEL..DISPATCH_LEVEL"], ALL),
    ("Irql_DprPacket_Function", ["--kind", "irql", "--ddi", "NdisDprAllocatePacket", "--irql", "DISPATCH_LEVEL"],
     ALL),
    # the DDI belongs to Irql_Connection_Function: no row is written, so the rule checks nothing yet
    ("Irql_Tapi_Function", ["--kind", "irql", "--ddi", "NdisCoGetTapiCallId"], ("compliant", "silent")),
    ("WorkItem_InvalidAfterFree", ["--kind", "typestate", "--ddi", "NdisFreeIoWorkItem:0", "--object",
                                   "I/O work item handle"], ALL),
    ("AfComplete_Status", ["--kind", "call_status", "--ddi", "NdisMCmOpenAddressFamilyComplete:0", "--forbid",
                           "NDIS_STATUS_PENDING"], ALL),
    ("AfClose_Status", ["--kind", "call_status", "--ddi", "NdisCmCloseAddressFamilyComplete:0", "--require",
                        "NDIS_STATUS_SUCCESS"], ALL),
    ("Miniport_Role", ["--kind", "driver_role"], ("compliant", "silent")),
    # a second rule of a check that has one: several request rules may do the same check
    ("SapRequest_NeverCompletedAgain", ["--kind", "request", "--check", "never_completed"], ("compliant", "silent")),
    ("SapRequest_NotPendingAgain", ["--kind", "request", "--check", "not_pending"], ("compliant", "silent")),
    ("OidRequest_TwiceAgain", ["--kind", "request", "--check", "twice"], ("compliant", "silent")),
    ("NdisMSleep_Bound", ["--kind", "call_argument", "--ddi", "NdisMSleep:0", "--forbid-above", "100000"], ALL),
    ("SharedMemory_Length", ["--kind", "call_argument", "--ddi", "NdisMAllocateSharedMemory:1",
                             "--forbid-equal", "0"], ALL),
    ("NdisStall_InIsr", ["--kind", "call_context", "--ddi", "NdisStallExecution", "--forbid-role", "MINIPORT_ISR"],
     ("compliant", "silent")),
    ("MiniportRestart_Return", ["--kind", "return_value", "--role", "MINIPORT_RESTART", "--check", "only",
                                "--status", "NDIS_STATUS_SUCCESS", "--status", "NDIS_STATUS_PENDING"],
     ("compliant", "silent")),
    ("MandatoryOid_Ndis5", ["--kind", "oid_coverage", "--role", "MINIPORT_OID_REQUEST", "--status",
                            "NDIS_STATUS_NOT_SUPPORTED"], ("compliant", "silent")),
    ("TxRing_ErrorLog", ["--kind", "obligation", "--role", "MINIPORT_RESTART", "--ddi",
                         "NdisMAllocateSharedMemory:3", "--discharge", "NdisWriteErrorLogEntry"], ("compliant", "silent")),
    # a lock no lock rule follows yet (the legacy NDIS read-write lock, its LOCK_STATE names it), with
    # all three checks; and the DPC forms named by the lock itself, held and release checks only
    ("NdisReadWriteLock", ["--kind", "lock", "--acquire", "NdisAcquireReadWriteLock:2", "--release",
                           "NdisReleaseReadWriteLock:1", "--object", "read-write lock state", "--check",
                           "held,release,balanced"], ALL),
    ("NdisDprReadWriteLock", ["--kind", "lock", "--acquire", "NdisDprAcquireReadWriteLock:0", "--release",
                              "NdisDprReleaseReadWriteLock:0", "--object", "read-write lock"], ALL),
    # a lifecycle rule for I/O port ranges (registered in Initialize, the handle written through argument 1)
    ("Init_RegisterIoPortRange", ["--kind", "lifecycle", "--register", "NdisMRegisterIoPortRange:0", "--deregister",
                                  "NdisMDeregisterIoPortRange", "--object", "I/O port range"], ("compliant", "silent")),
    # the one rule of its kind, written anew in a tree without Irql_Annotation (see DROP)
    ("Irql_Annotation_New", ["--kind", "irql_annotation"], ("compliant", "silent")),
]
# rules whose files a case removes from its copy of the tree first (a kind with one rule at most)
DROP = {"Irql_Annotation_New": "Irql_Annotation"}
REFUSED = [
    (["SapRequest_NoCheck", "--kind", "request"], "needs --check"),
    # the IRQL engine runs one irql_annotation rule, and Irql_Annotation is it
    (["Irql_Annotation_Again", "--kind", "irql_annotation"], "one rule of that kind"),
    (["Irql_MCM_Function", "--kind", "irql", "--ddi", "NdisMSleep", "--irql", "PASSIVE_LEVEL"], "exists"),
    (["irql_lower_Case", "--kind", "irql"], "bad rule id"),
    (["lowerCaseStart", "--kind", "irql"], "bad rule id"),
    (["../Evil_Id", "--kind", "irql"], "bad rule id"),
    (["Spin_Lock_Balance", "--kind", "spinlock"], "unknown kind"),
    (["Stall_InIsr", "--kind", "call_context", "--ddi", "NdisStallExecution"], "--forbid-role"),
    (["Stall_Bound", "--kind", "call_argument", "--ddi", "NdisStallExecution:0"], "--forbid-equal N or --forbid-above"),
    (["Stall_Bound", "--kind", "call_argument", "--ddi", "NdisStallExecution:3", "--forbid-above", "50"],
     "has 1 arguments"),
    (["Restart_Return", "--kind", "return_value", "--role", "MINIPORT_RESTART", "--check", "some_true",
      "--status", "NDIS_STATUS_SUCCESS"], "needs --role"),
    (["TxRing_ErrorLog", "--kind", "obligation", "--role", "MINIPORT_RESTART", "--ddi", "NdisMAllocateSharedMemory:3"],
     "needs --role ROLE, one --ddi"),
    (["TxRing_ErrorLog", "--kind", "obligation", "--role", "MINIPORT_RESTART", "--ddi", "NdisMAllocateSharedMemory:9",
      "--discharge", "NdisWriteErrorLogEntry"], "names none of them"),
    (["Stall_InIsr", "--kind", "call_context", "--ddi", "NdisStallExecution", "--forbid-role", "NO_SUCH_ROLE"],
     "unknown callback role"),
    (["Irql_New_Function", "--kind", "irql"], "needs --ddi"),
    (["NdisRwLock_New", "--kind", "lock", "--acquire", "NdisAcquireReadWriteLock:2"], "needs --acquire DDI:ARG and"),
    (["Init_RegisterIoPortRange", "--kind", "lifecycle", "--register", "NdisMRegisterIoPortRange:0"],
     "needs --register DDI[:OUT]"),
    (["Init_RegisterIoPortRange", "--kind", "lifecycle", "--register", "NdisMRegisterIoPortRange:0", "--deregister",
      "NdisMDeregisterIoPortRange", "--check", "halt,leaked"], "unknown lifecycle check 'leaked'"),
    (["NdisRwLock_New", "--kind", "lock", "--acquire", "NdisAcquireReadWriteLock:2", "--release",
      "NdisReleaseReadWriteLock:1", "--check", "held,leaked"], "unknown lock check 'leaked'"),
    (["NdisRwLock_New", "--kind", "lock", "--acquire", "NdisAcquireReadWriteLock:0", "--release",
      "NdisReleaseReadWriteLock:1"], "different types"),
    (["NdisRwLock_New", "--kind", "lock", "--acquire", "NdisAcquireReadWriteLock", "--release",
      "NdisReleaseReadWriteLock:1"], "give DDI:ARG"),
    (["Irql_New_Function", "--kind", "irql", "--ddi", "NdisNoSuchDdi", "--irql", "PASSIVE_LEVEL"], "not declared"),
    (["Irql_New_Function", "--kind", "irql", "--ddi", "NdisMRegisterDevice"], "give --irql"),
    (["Irql_New_Function", "--kind", "irql", "--ddi", "NdisMRegisterDevice", "--irql", "LOW..HIGH"], "bad --irql"),
    (["Irql_New_Function", "--kind", "irql", "--ddi", "NdisGetCurrentSystemTime", "--irql",
      "PASSIVE_LEVEL..HIGH_LEVEL"],
     "any IRQL"),
    (["New_Status", "--kind", "call_status", "--ddi", "NdisMCmOpenAddressFamilyComplete:0", "--forbid",
      "NDIS_STATUS_NO_SUCH"], "unknown status"),
    (["Irql_MCM_Function_dpc", "--kind", "irql", "--ddi", "NdisMSleep", "--irql", "PASSIVE_LEVEL"],
     "would claim the existing test"),
]


def copy_tree(src, dst):
    for part in COPY:
        s = os.path.join(src, part)
        if os.path.isdir(s):
            shutil.copytree(s, os.path.join(dst, part), ignore=shutil.ignore_patterns("__pycache__"))
        elif os.path.isfile(s):
            os.makedirs(os.path.dirname(os.path.join(dst, part)), exist_ok=True)
            shutil.copy(s, os.path.join(dst, part))


def snapshot(root):
    """A digest of every file under root: detects any write."""
    h = hashlib.sha256()
    for d, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            h.update(os.path.relpath(p, root).encode())
            with open(p, "rb") as fh:
                h.update(fh.read())
    return h.hexdigest()


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


class Test:
    def __init__(self, src, ddicheck):
        self.src, self.ddicheck = src, ddicheck
        self.failures = 0

    def fail(self, what, detail=""):
        self.failures += 1
        print("FAIL " + what)
        if detail:
            print("  " + detail.strip().replace("\n", "\n  "))

    def generator(self, root):
        return [sys.executable, os.path.join(root, "scripts", "new-rule.py"), "--root", root, "--ddicheck",
                self.ddicheck]

    def completeness(self, root, rid):
        p = run([sys.executable, os.path.join(root, "testsuite", "completeness", "check.py"), "--root", root,
                 "--ddicheck", self.ddicheck, "--rule", rid])
        if p.returncode not in (0, 1):
            raise RuntimeError("check.py failed (%d): %s" % (p.returncode, p.stderr))
        keys = set(re.findall(r"\[([a-z-]+)\]$", p.stdout, re.M))
        return keys, p.stdout

    def case(self, rid, args, verify):
        with tempfile.TemporaryDirectory(prefix="ddicheck-new-rule-") as root:
            copy_tree(self.src, root)
            if rid in DROP:
                old = DROP[rid]
                for rel in ("rules/defs/%s.json" % old, "rules/docs/%s.md" % old):
                    os.remove(os.path.join(root, rel))
                for rel in ("testsuite/docs", "testsuite/rules"):
                    for name in os.listdir(os.path.join(root, rel)):
                        if name.startswith(old + "_"):
                            os.remove(os.path.join(root, rel, name))
            before, _ = self.completeness(root, "Irql_MCM_Function")
            p = run(self.generator(root) + [rid] + args)
            if p.returncode != 0:
                return self.fail("%s: new-rule.py exit %d" % (rid, p.returncode), p.stderr)
            printed = set(re.findall(r"^\s+\[([a-z-]+)\] ", p.stdout, re.M))
            got, report = self.completeness(root, rid)
            if printed != got:
                return self.fail("%s: new-rule.py printed the remaining steps %s, rules/completeness reports %s"
                                 % (rid, sorted(printed), sorted(got)), p.stdout + "\n" + report)
            if not printed:
                return self.fail("%s: no remaining steps printed (a new rule has no sample fault yet)" % rid)
            files = {"noncompliant": "testsuite/docs/%s_noncompliant.c" % rid,
                     "compliant": "testsuite/docs/%s_compliant.c" % rid}
            for name in os.listdir(os.path.join(root, "testsuite", "rules")):
                if name.startswith(rid + "_"):
                    files["silent" if name.endswith("_ok.c") else "positive"] = "testsuite/rules/" + name
            if set(files) != set(ALL):
                return self.fail("%s: expected a positive and an _ok test, found %s" % (rid, sorted(files)))
            for which in verify:
                v = run([self.ddicheck, "--rules-dir=" + os.path.join(root, "rules"), "--verify",
                         os.path.join(root, files[which])])
                if v.returncode != 0:
                    return self.fail("%s: %s does not pass ddicheck --verify" % (rid, files[which]),
                                     v.stdout + v.stderr + "\n" + rt_read(root, files[which]))
            with open(os.path.join(root, "rules", "defs", rid + ".json"), encoding="utf-8") as fh:
                d = json.load(fh)
            if d.get("id") != rid or d.get("kind") != args[1]:
                return self.fail("%s: the definition says id %s kind %s" % (rid, d.get("id"), d.get("kind")))
            # the rest of the tree is still complete: the rule next door gained no problem
            after, report = self.completeness(root, "Irql_MCM_Function")
            if after != before:
                return self.fail("%s: the generator broke Irql_MCM_Function's completeness" % rid, report)
            if rid == "WorkItem_InvalidAfterFree":
                # closing a step: a model exception with a reason silences model-case, and only that
                with open(os.path.join(root, "rules", "model-exceptions.tsv"), "a", encoding="utf-8") as fh:
                    fh.write("%s\tthe model frees no work items\n" % rid)
                closed, report = self.completeness(root, rid)
                if closed != got - {"model-case"}:
                    return self.fail("%s: after the model exception rules/completeness reports %s" % (rid,
                                                                                                    sorted(closed)),
                                     report)
            print("ok   %s (%s): remaining %s; --verify passes on %s" % (rid, args[1], ", ".join(sorted(printed)),
                                                                         ", ".join(verify)))

    def refused(self, args, words):
        with tempfile.TemporaryDirectory(prefix="ddicheck-new-rule-") as root:
            copy_tree(self.src, root)
            before = snapshot(root)
            p = run(self.generator(root) + args)
            if p.returncode != 2 or words not in p.stderr:
                return self.fail("new-rule.py %s: exit %d, expected 2 and '%s'" % (" ".join(args), p.returncode,
                                                                                  words), p.stdout + p.stderr)
            if snapshot(root) != before:
                return self.fail("new-rule.py %s: refused, but changed the tree" % " ".join(args))
            print("ok   refused %s: %s" % (" ".join(args[:3]), p.stderr.strip()[:110]))

    def unwritten_kind(self):
        """A kind that checks.def lists and new-rule.py has no writer for is refused, naming both."""
        with tempfile.TemporaryDirectory(prefix="ddicheck-new-rule-") as root:
            copy_tree(self.src, root)
            with open(os.path.join(root, "checker", "checks.def"), "a", encoding="utf-8") as fh:
                fh.write('CHECK(RULE_LOCK_BALANCE, "lock_balance", lock_balance)\n')
            before = snapshot(root)
            p = run(self.generator(root) + ["SpinLock_Balance", "--kind", "lock_balance"])
            if p.returncode != 2 or "no writer for kind 'lock_balance'" not in p.stderr:
                return self.fail("new-rule.py --kind lock_balance (a kind of checks.def without a writer): exit %d, "
                                 "expected 2 and 'no writer'" % p.returncode, p.stdout + p.stderr)
            if snapshot(root) != before:
                return self.fail("new-rule.py --kind lock_balance: refused, but changed the tree")
            print("ok   refused a kind of checks.def without a writer: %s" % p.stderr.strip()[:100])

    def kinds(self):
        spec = importlib.util.spec_from_file_location("new_rule", os.path.join(self.src, "scripts", "new-rule.py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        kinds = set(mod.rt.kinds(self.src))
        if not kinds:
            return self.fail("no kinds in checker/checks.def")
        used = set()
        defs = os.path.join(self.src, "rules", "defs")
        for f in os.listdir(defs):
            if f.endswith(".json"):
                with open(os.path.join(defs, f), encoding="utf-8") as fh:
                    used.add(json.load(fh).get("kind"))
        if used - kinds:
            return self.fail("kinds used in rules/defs that checker/checks.def does not list: %s"
                             % ", ".join(sorted(used - kinds)))
        if kinds - set(mod.WRITERS):
            return self.fail("kinds of checker/checks.def that new-rule.py has no writer for: %s"
                             % ", ".join(sorted(kinds - set(mod.WRITERS))))
        tested = {args[1] for _, args, _ in CASES}
        if kinds - tested:
            return self.fail("kinds with no generator case here: %s" % ", ".join(sorted(kinds - tested)))
        print("ok   every kind of checker/checks.def (%s) has a writer and a generator case" % ", ".join(sorted(kinds)))


def rt_read(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8") as fh:
        return fh.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--ddicheck", required=True)
    a = ap.parse_args()
    t = Test(os.path.abspath(a.root), os.path.abspath(a.ddicheck))
    try:
        t.kinds()
        for rid, args, verify in CASES:
            t.case(rid, args, verify)
        for args, words in REFUSED:
            t.refused(args, words)
        t.unwritten_kind()
    except (OSError, RuntimeError) as e:
        print("test_new_rule: error: %s" % e, file=sys.stderr)
        return 2
    print("%d failure%s" % (t.failures, "" if t.failures == 1 else "s"))
    return 1 if t.failures else 0


if __name__ == "__main__":
    sys.exit(main())
