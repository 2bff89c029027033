#!/usr/bin/env python3
"""new-rule.py - writes the files of a new ddicheck rule and prints what is left to do.

    scripts/new-rule.py RuleId --kind KIND [--summary TEXT] [--ddi DDI[:ARG]]... [options]

KIND is one of the kinds of the registry of checks (checker/checks.def); what each needs (see
rules/README.md, docs/adding-a-rule.md):
  irql         --ddi DDI (repeatable) and --irql LEVEL or MIN..MAX for each DDI that has no row
               in rules/facts/ddi-irql.tsv yet; the new rows are added to that table
  typestate    --ddi DDI[:ARG]: the DDI after which the handle in argument ARG (default 0) is
               invalid; [--object "SAP handle"] [--create DDI:OUT_ARG]...
  call_status  --ddi DDI[:ARG] (ARG: the status argument, default 0) and --forbid STATUS or
               --require STATUS (a name from rules/facts/ndis-status.tsv)
  request      --check not_pending|never_completed|twice [--requests TABLE] (twice reads
               oid-requests.tsv; the messages are written by hand)
  driver_role  (the lists of DDIs and the messages are written by hand)
  call_argument --ddi DDI:ARG and --forbid-equal N or --forbid-above N: argument ARG of the DDI must
               not be N (or must not exceed N), where its value is known
  call_context --ddi DDI (repeatable) and --forbid-role ROLE or --allow-role ROLE (repeatable, roles of
               rules/facts/role-irql.tsv): the DDIs must not be called from those callbacks (or only from
               them), directly or through driver functions; the examples are stubs to write
  irql_annotation  (no fields: the annotations are read from the declarations; the IRQL analysis,
               checker/irql.c, reports for one rule of this kind and a second one is refused)
  return_value --role ROLE (repeatable, roles of rules/facts/role-irql.tsv) and --check only|some_true,
               with --status STATUS (repeatable) for only: what callbacks of those roles return (only
               these statuses, or TRUE on some path); the examples are stubs
  oid_coverage --role ROLE (repeatable) and --status STATUS (repeatable: the answers refused): the
               callbacks (MINIPORT_OID_REQUEST) run once per row of rules/facts/mandatory-oids.tsv
               that names the rule; the rows, the examples and the tests are written by hand
  obligation   --role ROLE (repeatable), --ddi DDI:OUT_ARG (the call that may leave NULL in its out
               argument) and --discharge DDI (repeatable: what must be called on the NULL path
               before the callback returns); the examples are stubs
  lock         --acquire DDI:ARG and --release DDI:ARG (repeatable; ARG: the argument that names the
               lock, or the lock state / handle, the same type in each), [--object "spin lock"],
               [--check held,release,balanced] (default held,release); the examples and tests run in
               an interrupt DPC (DISPATCH_LEVEL)
Other options: --source URL (default: the first DDI's reference page), --root DIR (the source
tree, default this script's), --ddicheck BIN (fills the page's output block; default
ROOT/build/bin/ddicheck when it exists).

It writes rules/defs/<RuleId>.json, rules/docs/<RuleId>.md (the examples copied from the
files, as scripts/sync-doc-examples.py does), testsuite/docs/<RuleId>_noncompliant.c and
_compliant.c, testsuite/rules/<RuleId>_<case>.c and <RuleId>_<case>_ok.c, the rows of
rules/README.md, rules/docs/README.md and testsuite/rules/README.md, and for an irql rule its
rows of rules/facts/ddi-irql.tsv. For irql, typestate, call_status and lock rules the examples and
tests are complete and pass `ddicheck --verify` (lock rules: where no other rule reports on the
same calls); for request and driver_role rules the definition
loads and the compliant example and the _ok test pass, the rest are stubs. The places a person
still has to write say TODO(new-rule). Then it prints the remaining steps, each with the key under
which rules/completeness (testsuite/completeness/check.py) reports it until it is done.
A kind of checks.def this script has no writer for (WRITERS) is refused with that reason.
Exit status: 0 written, 2 a bad argument (bad or existing id, unknown kind, DDI, IRQL or status)
or an unreadable tree; nothing is written then.
"""
import argparse
import json
import os
import re
import sys
import textwrap

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ruletree as rt  # noqa: E402

TODO = rt.PLACEHOLDER
# The kinds this script writes a rule of (the kinds themselves are those of checker/checks.def,
# rt.kinds(); rules/new_rule fails while a kind there has no writer here).
WRITERS = ("irql", "typestate", "call_status", "call_argument", "request", "driver_role", "call_context", "irql_annotation",
           "return_value", "lock", "oid_coverage", "obligation", "lifecycle")
RETURN_CHECKS = ("only", "some_true")
REQUEST_CHECKS = ("not_pending", "never_completed", "twice")

# IRQL names of rules/README.md; DIRQL is any device IRQL (3..12, checker/ruledb.h).
LEVELS = {"PASSIVE_LEVEL": (0, 0), "APC_LEVEL": (1, 1), "DISPATCH_LEVEL": (2, 2), "DIRQL": (3, 12),
          "HIGH_LEVEL": (15, 15)}
# the NDIS headers of runtime-model/include whose declarations the generated calls use (ndis.h and the
# headers it includes; not the model's call-site capture header)
DDI_HEADERS = ("ndis.h", "ndis_condis.h", "ndis_legacy.h", "ndis_legacy_miniport.h", "ndis_filter.h", "ndis_hw.h",
               "ndis_nbl.h", "ndis_config.h", "ndis_util.h", "ndis_packet.h")
SCALARS = {"ULONG", "UINT", "USHORT", "UCHAR", "LONG", "INT", "SHORT", "CHAR", "BOOLEAN", "NDIS_STATUS", "KIRQL",
           "ULONG64", "LONG64", "SIZE_T", "ULONG_PTR", "NDIS_PORT_NUMBER", "NDIS_OID", "NDIS_MEDIUM",
           "NET_IFINDEX", "UINT32", "UINT64", "INT32"}


class Usage(Exception):
    """A bad argument: printed as `new-rule: error: ...`, exit 2."""


# ---- what the tree already says ------------------------------------------------------------

def level_name(n):
    return {0: "PASSIVE_LEVEL", 1: "APC_LEVEL", 2: "DISPATCH_LEVEL", 15: "HIGH_LEVEL"}.get(n, "DIRQL")


def range_text(lo, hi):
    """The requirement as ddicheck words it (rule_irql_range_text in checker/rules.c)."""
    if lo == hi or (lo >= 3 and hi <= 14):
        return level_name(lo)
    if lo == 0:
        return "IRQL <= " + level_name(hi)
    return "%s..%s" % (level_name(lo), level_name(hi))


def parse_irql(text):
    """`LEVEL` or `MIN..MAX` -> (lo, hi, min name, max name)."""
    parts = text.split("..")
    if len(parts) > 2 or any(p not in LEVELS for p in parts):
        raise Usage("bad --irql '%s': give LEVEL or MIN..MAX with LEVEL one of %s" % (text, ", ".join(LEVELS)))
    lo_name, hi_name = parts[0], parts[-1]
    lo, hi = LEVELS[lo_name][0], LEVELS[hi_name][1]
    if lo > hi:
        raise Usage("bad --irql '%s': the minimum is above the maximum" % text)
    return lo, hi, lo_name, hi_name


def declared_ddis(root):
    """The DDIs runtime-model/include declares: name -> list of parameter types ([] for none).

    An NdisMCm* macro takes the parameter types of the function it expands to.
    """
    funcs, macros = {}, {}
    for h in DDI_HEADERS:
        text = rt.read(rt.path(root, "runtime-model", "include", h))
        for m in re.finditer(r"^NDIS_DDI\s+[^;]*?\bNDIS_API\s+(\w+)\s*\(([^;]*?)\)\s*;", text, re.M | re.S):
            params = []
            for p in re.sub(r"\s+", " ", m.group(2)).split(","):
                p = p.strip()
                if p in ("VOID", "void", "") or p == "...":
                    continue
                t = re.match(r"^(.*?[\w*])\s*\b\w+$", p)
                params.append(t.group(1).strip() if t else p)
            funcs.setdefault(m.group(1), params)
        for m in re.finditer(r"^#define\s+(Ndis\w+)\(([^)]*)\)\s*\\?\s*\n?\s*(\w+)\s*\(", text, re.M):
            macros[m.group(1)] = (m.group(3), len([a for a in m.group(2).split(",") if a.strip()]))
    for name, (target, n) in macros.items():
        if target in funcs and len(funcs[target]) == n:
            funcs.setdefault(name, funcs[target])
    return funcs


def ddi_rows(root):
    """rules/facts/ddi-irql.tsv: DDI -> (line, min, max, rule)."""
    rows = {}
    for n, f in rt.read_tsv(rt.path(root, "rules", "facts", "ddi-irql.tsv")):
        if len(f) >= 4:
            rows[f[0]] = (n, f[1], f[2], f[3])
    return rows


def statuses(root):
    return {f[0] for _, f in rt.read_tsv(rt.path(root, "rules", "facts", "ndis-status.tsv"))}


def split_ddi(spec, default_arg, what):
    m = re.match(r"^([A-Za-z_]\w*)(?::(\d+))?$", spec)
    if not m:
        raise Usage("bad --%s '%s': give DDI or DDI:ARG (ARG a 0-based argument index)" % (what, spec))
    return m.group(1), int(m.group(2)) if m.group(2) is not None else default_arg


def arg_value(t):
    """A neutral argument of type t for a generated call."""
    if t.endswith("*") or t in ("PVOID", "NDIS_HANDLE", "HANDLE") or re.match(r"^P[A-Z0-9_]", t):
        return "NULL"
    if t in SCALARS:
        return "0"
    return "(%s){0}" % t


def call(ddi, params, special=None):
    """`DDI(args)` with neutral arguments, and special = {index: expression}."""
    special = special or {}
    args = [special.get(i, arg_value(t)) for i, t in enumerate(params)]
    return "%s(%s)" % (ddi, ", ".join(args))


# ---- C files ---------------------------------------------------------------------------------

class CFile:
    """Lines of C with optional directives at their ends; line numbers are 1-based."""

    def __init__(self):
        self.lines = []

    def add(self, code="", directive=None):
        self.lines.append((code, directive))
        return len(self.lines)

    def extend(self, codes):
        for c in codes:
            self.add(c)

    def text(self):
        return "".join(c + (" // " + d if d else "") + "\n" for c, d in self.lines)


def header(f, comment):
    """A block comment: the sentences of comment (a list of str), wrapped at 100 columns."""
    f.add("/*")
    for line in textwrap.wrap(" ".join(comment), 96):
        f.add(" * " + line)
    f.add(" */")


def irql_context(level, calls_name, body, note_kind):
    """Declarations and a function that runs `body` (list of (code, directive)) at `level`.

    level: 0 (a work item, PASSIVE_LEVEL), 2 (a spin-lock region, DISPATCH_LEVEL) or 3 (an ISR,
    DIRQL). note_kind None: no directive; "direct": the note that explains the level; returns
    (declaration lines, function lines) as (code, directive) pairs.
    """
    note = note_kind is not None
    uses_ctx = any("Ctx" in c for c, _ in body)
    if level == 0:
        decl = [("NDIS_IO_WORKITEM_FUNCTION %s;" % calls_name,
                 "expected-note {{'%s' runs at PASSIVE_LEVEL as an NDIS_IO_WORKITEM_FUNCTION callback}}" % calls_name
                 if note else None)]
        fn = [("VOID", None), ("%s(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)" % calls_name, None),
              ("{", None)] + ([("    PEXAMPLE_CONTEXT Ctx = (PEXAMPLE_CONTEXT)WorkItemContext;", None), ("", None)]
                              if uses_ctx else [("    UNREFERENCED_PARAMETER(WorkItemContext);", None)]) \
            + [("    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);", None)] + body + [("}", None)]
    elif level == 2:
        decl = []
        fn = [("VOID", None), ("%s(PEXAMPLE_CONTEXT Ctx)" % calls_name, None), ("{", None),
              ("    NdisAcquireSpinLock(&Ctx->Lock);",
               "expected-note {{IRQL raised to DISPATCH_LEVEL by NdisAcquireSpinLock here}}" if note else None)] \
            + body + [("    NdisReleaseSpinLock(&Ctx->Lock);", None), ("}", None)]
    else:
        decl = [("MINIPORT_ISR %s;" % calls_name,
                 "expected-note {{'%s' runs at DIRQL as a MINIPORT_ISR callback}}" % calls_name if note else None)]
        fn = [("BOOLEAN", None),
              ("%s(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)"
               % calls_name, None),
              ("{", None)] + ([("    PEXAMPLE_CONTEXT Ctx = (PEXAMPLE_CONTEXT)MiniportInterruptContext;", None),
                               ("", None)] if uses_ctx
                              else [("    UNREFERENCED_PARAMETER(MiniportInterruptContext);", None)]) \
            + [("    UNREFERENCED_PARAMETER(QueueDefaultInterruptDpc);", None),
              ("    UNREFERENCED_PARAMETER(TargetProcessors);", None)] + body + [("    return FALSE;", None),
                                                                               ("}", None)]
    return decl, fn


CONTEXT_WORDS = {0: ("a work item", "PASSIVE_LEVEL", "ExampleWorker"),
                 2: ("a spin-lock region", "DISPATCH_LEVEL", "ExampleUnderLock"),
                 3: ("an ISR", "DIRQL", "ExampleIsr")}


def irql_files(rid, ddi, params, lo, hi):
    """The examples and tests of an irql rule for ddi with range lo..hi: dict name -> CFile,
    plus the case names and their descriptions."""
    if hi < 2:
        bad = 2
    elif lo > 0:
        bad = 0
    elif hi < 3:
        bad = 3
    else:
        raise Usage("%s may be called at any IRQL a driver runs at (%s): no call can break an IRQL rule"
                    % (ddi, range_text(lo, hi)))
    spans = {0: (0, 0), 2: (2, 2), 3: (3, 14)}  # the IRQL interval each context runs at
    good = next((lv for lv in (0, 2, 3) if lo <= spans[lv][0] and spans[lv][1] <= hi), None)
    if good is None:
        raise Usage("%s requires %s: new-rule.py has no example context for it (it writes work items, spin-lock "
                    "regions and ISRs); write the rule's files by hand" % (ddi, range_text(lo, hi)))
    req = range_text(lo, hi)
    warning = "expected-warning {{'%s' is called at %s, but it requires %s [%s]}}" % (ddi, CONTEXT_WORDS[bad][1],
                                                                                      req, rid)
    ctx_struct = ["typedef struct _EXAMPLE_CONTEXT {", "    NDIS_SPIN_LOCK Lock;",
                  "} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;"]
    the_call = "    " + call(ddi, params) + ";"

    def example(level, directive, note):
        f = CFile()
        f.add("#include <ndis.h>", None if directive else "expected-no-diagnostics")
        f.add()
        f.add("/* %s: replace this fragment by a realistic driver excerpt (see the other pages). */" % TODO)
        f.add()
        f.extend(ctx_struct)
        f.add()
        decl, fn = irql_context(level, CONTEXT_WORDS[level][2], [(the_call, directive)], "direct" if note else None)
        for c, d in decl:
            f.add(c, d)
        if decl:
            f.add()
        for c, d in fn:
            f.add(c, d)
        return f

    def test(level, positive):
        name = CONTEXT_WORDS[level][2]
        f = CFile()
        words, lvname = CONTEXT_WORDS[level][0], CONTEXT_WORDS[level][1]
        if positive:
            header(f, ["%s requires %s; a helper called from %s runs at %s." % (ddi, req, words, lvname),
                       "The helper's entry IRQL comes from its caller: a caller note, then the note that",
                       "explains the caller's IRQL."])
        else:
            header(f, ["%s requires %s; a helper called from %s runs at %s, which is allowed." % (ddi, req, words,
                                                                                                 lvname)])
        f.add("#include <ndis.h>", None if positive else "expected-no-diagnostics")
        f.add()
        f.extend(ctx_struct)
        f.add()
        f.add("static VOID")
        f.add("ExampleHelper(PEXAMPLE_CONTEXT Ctx)")
        f.add("{")
        f.add("    UNREFERENCED_PARAMETER(Ctx);")
        f.add(the_call, warning if positive else None)
        f.add("}")
        f.add()
        decl, fn = irql_context(level, name, [("    ExampleHelper(Ctx);",
                                               "expected-note {{'ExampleHelper' called here at %s}}" % lvname
                                               if positive else None)], "direct" if positive else None)
        for c, d in decl:
            f.add(c, d)
        if decl:
            f.add()
        for c, d in fn:
            f.add(c, d)
        return f

    case = {0: "helper_in_workitem", 2: "helper_under_lock", 3: "helper_in_isr"}
    pos, ok = case[bad], case[good] + "_ok"
    files = {"noncompliant": example(bad, warning, True), "compliant": example(good, None, False),
             "positive": test(bad, True), "silent": test(good, False)}
    cases = (pos, "a helper called from %s, caller note" % CONTEXT_WORDS[bad][0],
             ok, "a helper called from %s" % CONTEXT_WORDS[good][0])
    return files, cases


def typestate_files(rid, ddi, params, arg, obj):
    handle_t = params[arg]
    use = call(ddi, params, {arg: "Ctx->Handle"})
    warning = "expected-warning {{%s 'Ctx->Handle' is passed to '%s' after it became invalid [%s]}}" % (obj, ddi, rid)
    note = "expected-note {{%s invalidated here by %s}}" % (obj, ddi)
    ctx_struct = ["typedef struct _EXAMPLE_CONTEXT {", "    %s Handle;" % handle_t, "    BOOLEAN Retry;",
                  "} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;"]

    def start(f, directive):
        f.add("#include <ndis.h>", directive)
        f.add()

    def example(bad):
        f = CFile()
        start(f, None if bad else "expected-no-diagnostics")
        f.add("/* %s: replace this fragment by a realistic driver excerpt (see the other pages). */" % TODO)
        f.add()
        f.extend(ctx_struct)
        f.add()
        f.extend(["VOID", "ExampleRelease(PEXAMPLE_CONTEXT Ctx)", "{"])
        f.add("    %s;" % use, note if bad else None)
        if bad:
            f.add("    if (Ctx->Retry) {")
            f.add("        %s;" % use, warning)
            f.add("    }")
        else:
            f.add("    Ctx->Handle = %s;" % arg_value(handle_t))
        f.add("}")
        return f

    pos = CFile()
    header(pos, ["The %s is invalidated in a helper; the caller passes it to %s again." % (obj, ddi)])
    start(pos, None)
    pos.extend(ctx_struct)
    pos.add()
    pos.extend(["static VOID", "ExampleRelease(PEXAMPLE_CONTEXT Ctx)", "{"])
    pos.add("    %s;" % use, note)
    pos.extend(["}", "", "VOID", "ExampleTeardown(PEXAMPLE_CONTEXT Ctx)", "{"])
    pos.add("    ExampleRelease(Ctx);", "expected-note {{'ExampleRelease' called here}}")
    pos.add("    %s;" % use, warning)
    pos.add("}")
    ok = CFile()
    header(ok, ["The helper clears the field after %s, so the second call gets a new value," % ddi,
                "not the invalid %s." % obj])
    start(ok, "expected-no-diagnostics")
    ok.extend(ctx_struct)
    ok.add()
    ok.extend(["static VOID", "ExampleRelease(PEXAMPLE_CONTEXT Ctx)", "{", "    %s;" % use,
               "    Ctx->Handle = %s;" % arg_value(handle_t),
               "}", "", "VOID", "ExampleTeardown(PEXAMPLE_CONTEXT Ctx)", "{", "    ExampleRelease(Ctx);",
               "    ExampleRelease(Ctx);", "}"])
    files = {"noncompliant": example(True), "compliant": example(False), "positive": pos, "silent": ok}
    return files, ("helper", "invalidated in a helper, used by the caller, caller note",
                   "cleared_ok", "the field cleared after %s, then passed again" % ddi)


def call_status_files(rid, ddi, params, arg, forbid, require, message):
    if forbid:
        bad = forbid
        good = "NDIS_STATUS_FAILURE" if forbid == "NDIS_STATUS_SUCCESS" else "NDIS_STATUS_SUCCESS"
    else:
        good = require
        bad = "NDIS_STATUS_SUCCESS" if require == "NDIS_STATUS_FAILURE" else "NDIS_STATUS_FAILURE"
    text = message.replace("{ddi}", ddi).replace("{status}", bad)
    warning = "expected-warning {{%s [%s]}}" % (text, rid)
    ctx_struct = ["typedef struct _EXAMPLE_CONTEXT {", "    NDIS_STATUS HwStatus;",
                  "} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;"]

    def example(status, directive):
        f = CFile()
        f.add("#include <ndis.h>", None if directive else "expected-no-diagnostics")
        f.add()
        f.add("/* %s: replace this fragment by a realistic driver excerpt (see the other pages). */" % TODO)
        f.add()
        f.extend(["VOID", "ExampleComplete(VOID)", "{"])
        f.add("    %s;" % call(ddi, params, {arg: status}), directive)
        f.add("}")
        return f

    pos = CFile()
    header(pos, ["%s reaches %s through a status variable." % (bad, ddi)])
    pos.add("#include <ndis.h>")
    pos.add()
    pos.extend(["VOID", "ExampleComplete(BOOLEAN Done)", "{", "    NDIS_STATUS Status = %s;" % bad, "",
                "    if (Done) {"])
    pos.add("        %s;" % call(ddi, params, {arg: "Status"}), warning)
    pos.extend(["    }", "}"])
    ok = CFile()
    header(ok, ["A status ddicheck cannot know (read from the hardware) is not reported; %s is." % good])
    ok.add("#include <ndis.h>", "expected-no-diagnostics")
    ok.add()
    ok.extend(ctx_struct)
    ok.add()
    ok.extend(["VOID", "ExampleComplete(PEXAMPLE_CONTEXT Ctx, BOOLEAN FromHardware)", "{", "    if (FromHardware) {",
               "        %s;" % call(ddi, params, {arg: "Ctx->HwStatus"}), "    } else {",
               "        %s;" % call(ddi, params, {arg: good}), "    }", "}"])
    files = {"noncompliant": example(bad, warning), "compliant": example(good, None), "positive": pos, "silent": ok}
    return files, ("status_var", "%s through a status variable" % bad, "unknown_ok",
                   "a status read from the hardware, and %s" % good)


def call_argument_files(rid, ddi, params, arg, above, limit, message):
    bad = limit + 50 if above else limit
    good = limit if above else limit + 1
    text = message.replace("{ddi}", ddi).replace("{value}", str(bad)).replace("{limit}", str(limit))
    warning = "expected-warning {{%s [%s]}}" % (text, rid)
    ctx_struct = ["typedef struct _EXAMPLE_CONTEXT {", "    ULONG Configured;", "} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;"]

    def example(value, directive):
        f = CFile()
        f.add("#include <ndis.h>", None if directive else "expected-no-diagnostics")
        f.add()
        f.add("/* %s: replace this fragment by a realistic driver excerpt (see the other pages). */" % TODO)
        f.add()
        f.extend(["VOID", "ExampleCall(VOID)", "{"])
        f.add("    %s;" % call(ddi, params, {arg: str(value)}), directive)
        f.add("}")
        return f

    pos = CFile()
    header(pos, ["%d reaches argument %d of %s through a local." % (bad, arg, ddi)])
    pos.add("#include <ndis.h>")
    pos.add()
    pos.extend(["VOID", "ExampleCall(BOOLEAN Now)", "{", "    ULONG Value = %d;" % bad, "", "    if (Now) {"])
    pos.add("        %s;" % call(ddi, params, {arg: "Value"}), warning)
    pos.extend(["    }", "}"])
    ok = CFile()
    header(ok, ["A value ddicheck cannot know (from the configuration) is not reported; %d is allowed." % good])
    ok.add("#include <ndis.h>", "expected-no-diagnostics")
    ok.add()
    ok.extend(ctx_struct)
    ok.add()
    ok.extend(["VOID", "ExampleCall(PEXAMPLE_CONTEXT Ctx, BOOLEAN FromRegistry)", "{", "    if (FromRegistry) {",
               "        %s;" % call(ddi, params, {arg: "Ctx->Configured"}), "    } else {",
               "        %s;" % call(ddi, params, {arg: str(good)}), "    }", "}"])
    files = {"noncompliant": example(bad, warning), "compliant": example(good, None), "positive": pos, "silent": ok}
    return files, ("local", "%d through a local" % bad, "unknown_ok", "a configured value, and %d" % good)


LOCK_CHECKS = ("held", "release", "balanced")
LIFECYCLE_CHECKS = ("failure_exit", "halt")
# the callback the lock examples and tests run in: an interrupt DPC (DISPATCH_LEVEL), where the NDIS
# lock DDIs, those of NDIS_DPR form too, may be called
DPC_SIGNATURE = ("ExampleDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext, "
                 "PVOID ReceiveThrottleParameters,", "           PVOID NdisReserved2)")


def complete_type(root, name):
    """Whether runtime-model/include defines type `name` completely (a struct with a body or a
    typedef of a scalar), so that a structure can hold one."""
    inc = rt.path(root, "runtime-model", "include")
    body = re.compile(r"\}\s*(?:\w+\s*,\s*\*?\s*)*\b%s\b\s*[,;]" % re.escape(name))
    scalar = re.compile(r"^typedef\s+(?!struct\b|union\b|enum\b)[\w \t*]+?\b%s\s*;" % re.escape(name), re.M)
    for h in sorted(os.listdir(inc)):
        if h.endswith(".h"):
            text = rt.read(os.path.join(inc, h))
            if body.search(text) or scalar.search(text):
                return True
    return False


def lock_field(root, t):
    """The context field that holds the lock an argument of type t names, and how a call names it:
    (field type, argument expression)."""
    base = t[:-1].strip() if t.endswith("*") else (t[1:] if re.match(r"^P[A-Z0-9_]+$", t) else None)
    if base and base not in ("VOID", "void") and complete_type(root, base):
        return base, "&Ctx->Lock"
    return t, "Ctx->Lock"


def lock_files(rid, acq, acq_params, acq_arg, rel, rel_params, rel_arg, field_type, lock_expr, obj, checks):
    """The examples and tests of a lock rule over the acquire DDI acq (lock in argument acq_arg) and
    the release DDI rel, in an interrupt DPC; checks: the subset of LOCK_CHECKS. The examples show
    one defect (held at a return, or for a rule without held and balanced checks a second release);
    the positive test shows it through helpers; the _ok test pairs every acquire with a release
    (early returns, helpers, a condition on an unmodified local, a loop). Returns (files, cases)."""
    held, release, balanced = ("held" in checks), ("release" in checks), ("balanced" in checks)
    exit_story = held or balanced
    release_story = release or balanced
    do_acq = "    " + call(acq, acq_params, {acq_arg: lock_expr}) + ";"
    do_rel = "    " + call(rel, rel_params, {rel_arg: lock_expr}) + ";"

    def indent(code, n=1):
        return "    " * n + code.strip()

    def acquired(count=1):
        return "expected-note%s {{'%s' acquired here by '%s'}}" % (" %d" % count if count > 1 else "", lock_expr, acq)

    def released(count):
        return "expected-note%s {{'%s' released here by '%s'}}" % (" %d" % count if count > 1 else "", lock_expr, rel)

    def at_exit(shown):
        if held:
            return "expected-warning {{'ExampleDpc' returns with the %s '%s' held [%s]}}" % (obj, shown, rid)
        return ("expected-warning {{'ExampleDpc' returns having acquired the %s '%s' more often than it released it "
                "[%s]}}" % (obj, shown, rid))

    def second_release():
        w = []
        if release:
            w.append("expected-warning {{'%s' releases the %s '%s' a second time on this path [%s]}}"
                     % (rel, obj, lock_expr, rid))
        elif balanced:  # one finding of a rule per line: the release check's
            w.append("expected-warning {{'%s' releases the %s '%s' more often than 'ExampleDpc' acquired it [%s]}}"
                     % (rel, obj, lock_expr, rid))
        return " ".join(w), len(w)

    ctx_struct = ["typedef struct _EXAMPLE_CONTEXT {", "    %s Lock;" % field_type, "    ULONG Pending;",
                  "    ULONG Count;", "    BOOLEAN Shared;", "} EXAMPLE_CONTEXT, *PEXAMPLE_CONTEXT;"]

    def dpc_start(f, locals_=()):
        f.add("MINIPORT_INTERRUPT_DPC ExampleDpc;")
        f.add()
        f.add("VOID")
        f.add(DPC_SIGNATURE[0])
        f.add(DPC_SIGNATURE[1])
        f.add("{")
        f.add("    PEXAMPLE_CONTEXT Ctx = (PEXAMPLE_CONTEXT)MiniportInterruptContext;")
        for x in locals_:
            f.add("    " + x)
        f.add()
        f.extend(["    UNREFERENCED_PARAMETER(MiniportDpcContext);",
                  "    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);", "    UNREFERENCED_PARAMETER(NdisReserved2);", ""])

    def start(f, silent, comment=None, todo=False):
        if comment:
            header(f, comment)
        f.add("#include <ndis.h>", "expected-no-diagnostics" if silent else None)
        f.add()
        if todo:
            f.add("/* %s: replace this fragment by a realistic driver excerpt (see the other pages). */" % TODO)
            f.add()
        f.extend(ctx_struct)
        f.add()

    def example(bad):
        f = CFile()
        start(f, not bad, todo=True)
        dpc_start(f)
        if exit_story:
            f.add(do_acq, acquired() if bad else None)
            f.add("    if (Ctx->Pending == 0) {")
            if not bad:
                f.add(indent(do_rel, 2))
            f.add("        return;", at_exit(lock_expr) if bad else None)
            f.add("    }")
            f.add("    Ctx->Pending--;")
            f.add(do_rel)
        else:
            w, n = second_release()
            f.add(do_acq)
            f.add("    if (Ctx->Pending == 0) {")
            f.add(indent(do_rel, 2), released(n) if bad else None)
            if not bad:
                f.add("        return;")
            f.add("    }")
            f.add("    Ctx->Pending--;")
            f.add(do_rel, w if bad else None)
        f.add("}")
        return f

    def helpers(f, notes):
        f.extend(["static VOID", "ExampleLock(PEXAMPLE_CONTEXT Ctx)", "{"])
        f.add(do_acq, notes.get("acquire"))
        f.extend(["}", "", "static VOID", "ExampleUnlock(PEXAMPLE_CONTEXT Ctx)", "{"])
        f.add(do_rel, notes.get("release"))
        f.extend(["}", ""])

    # the positive test: the lock taken and given back by helpers
    pos = CFile()
    words = []
    if exit_story:
        words.append("a helper takes the %s for the DPC, which returns on its early path without giving it back"
                     % obj)
    if release_story:
        words.append("%sa helper gives it back and the DPC releases it again" % ("on the other path " if words
                                                                                  else ""))
    start(pos, False, [w[0].upper() + w[1:] + "." for w in words] +
          ["The findings are in the DPC, with notes in the helpers and at the calls."])
    w2, n2 = second_release()
    helpers(pos, {"acquire": acquired() if exit_story else None, "release": released(n2) if release_story else None})
    dpc_start(pos)
    pos.add("    ExampleLock(Ctx);", "expected-note {{'ExampleLock' called here}}" if exit_story else None)
    pos.add("    if (Ctx->Pending == 0) {")
    if not exit_story:
        pos.add("        ExampleUnlock(Ctx);")
    pos.add("        return;", at_exit("&MiniportInterruptContext->Lock") if exit_story else None)
    pos.add("    }")
    pos.add("    Ctx->Pending--;")
    if release_story:
        pos.add("    ExampleUnlock(Ctx);", "expected-note%s {{'ExampleUnlock' called here}}"
                % (" %d" % n2 if n2 > 1 else ""))
        pos.add(do_rel, w2)
    else:
        pos.add("    ExampleUnlock(Ctx);")
    pos.add("}")

    # the _ok test
    ok = CFile()
    start(ok, True, ["Every acquire has its release on every path: on the early return, through the helpers,",
                     "under a condition on a local that does not change in between, and in a loop body."])
    helpers(ok, {})
    dpc_start(ok, ["BOOLEAN Shared = Ctx->Shared;", "ULONG i;"])
    ok.extend(["    ExampleLock(Ctx);", "    if (Ctx->Pending == 0) {", "        ExampleUnlock(Ctx);",
               "        return;", "    }", "    Ctx->Pending--;", do_rel, "", "    if (Shared) {", indent(do_acq, 2), "    }",
               "    Ctx->Count++;", "    if (Shared) {", indent(do_rel, 2), "    }", "",
               "    for (i = 0; i < Ctx->Count; i++) {", indent(do_acq, 2), "        Ctx->Pending++;",
               indent(do_rel, 2), "    }", "}"])
    files = {"noncompliant": example(True), "compliant": example(False), "positive": pos, "silent": ok}
    pos_words = " and ".join(["held at an early return after a helper took it"] * exit_story +
                             ["released again after a helper released it"] * release_story)
    return files, ("helpers", pos_words, "paths_ok",
                   "released on the early return, by a helper, under the same local condition, in a loop")


def stub_files(rid, kind):
    """request and driver_role: what such a rule reports depends on the DDI lists and messages a
    person writes into its definition, so the examples and the positive test are stubs; call_context:
    the callbacks' signatures are the driver's to write, so the examples start as stubs too;
    irql_annotation: the annotated driver code is the person's to write."""
    def stub(directive, what):
        f = CFile()
        f.add("#include <ndis.h>", directive)
        f.add()
        f.add("/* %s: %s */" % (TODO, what))
        f.add("VOID")
        f.add("ExampleFunction(VOID)")
        f.add("{", None if directive else "expected-warning@+1 {{%s: the message [%s]}}" % (TODO, rid))
        f.add("}")
        return f
    files = {"noncompliant": stub(None, "a driver fragment that breaks %s (a %s rule)" % (rid, kind)),
             "compliant": stub("expected-no-diagnostics", "the same fragment, fixed"),
             "positive": stub(None, "a case %s reports" % rid),
             "silent": stub("expected-no-diagnostics", "a case %s must not report" % rid)}
    return files, ("case", "%s: describe the case" % TODO, "case_ok", "%s: describe the case" % TODO)


# ---- the definition, the page and the listings -------------------------------------------------

def compact(v):
    """JSON on one line with the spacing of rules/defs ({ "a": 1 })."""
    if isinstance(v, dict):
        return "{ " + ", ".join("%s: %s" % (json.dumps(k), compact(x)) for k, x in v.items()) + " }" if v else "{}"
    if isinstance(v, list):
        return "[" + ", ".join(compact(x) for x in v) + "]"
    return json.dumps(v)


def definition_text(d):
    """The definition in the layout of rules/defs: one key per line, arrays of objects one item per line."""
    out = []
    for k, v in d.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            items = ",\n".join("    " + compact(x) for x in v)
            out.append("  %s: [\n%s\n  ]" % (json.dumps(k), items))
        elif isinstance(v, dict) and len(compact(v)) > 100:
            items = ",\n".join("    %s: %s" % (json.dumps(x), compact(y)) for x, y in v.items())
            out.append("  %s: {\n%s\n  }" % (json.dumps(k), items))
        else:
            out.append("  %s: %s" % (json.dumps(k), compact(v)))
    return "{\n" + ",\n".join(out) + "\n}\n"


def ddi_page(ddi):
    if ddi.startswith("Ndis"):
        return "https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-" + ddi.lower()
    return None


def page_text(rid, summary, source, what, kind):
    sup = ("A comment on the reported line, or alone on the line just above it, silences this rule's findings\n"
           "on that line:\n\n```c\n// ddicheck-suppress %s: reason\n```\n\nOnly the warning's own line counts, "
           "not the lines of its notes. `--show-suppressed` lists the\nsilenced findings with their reasons.\n" % rid)
    return ("# %s\n\n%s\n\n**Severity:** warning\n\n## What it checks\n\n%s\n"
            "%s: what exactly is reported and what is not (paths, aliases, helpers), as on the other %s pages.\n\n"
            "## Why it matters\n\n%s: what goes wrong at run time when the rule is broken.\n\n"
            "## Non-compliant example\n\n```c\n```\n\n`ddicheck --no-caret %s_noncompliant.c` prints:\n\n```\n```\n\n"
            "## Compliant example\n\n```c\n```\n\n## How to fix\n\n%s: how to change the code.\n\n"
            "## Differences from Static Driver Verifier\n\n%s: SDV's rule of the same name, or that SDV has none.\n\n"
            "## Suppressing\n\n%s\n## References\n\n- %s\n"
            % (rid, summary, what, TODO, kind, TODO, rid, TODO, TODO, sup, source))


# ---- the whole plan ------------------------------------------------------------------------------

class Plan:
    def __init__(self, root):
        self.root = root
        self.writes = {}  # path -> text, in order
        self.steps = []  # (key, text): rules/completeness reports these until done
        self.also = []  # advice rules/completeness does not check

    def put(self, rel, text):
        self.writes[rt.path(self.root, rel)] = text

    def step(self, key, text):
        self.steps.append((key, text))


def check_new_id(root, rid):
    if not rt.ID_RE.match(rid):
        raise Usage("bad rule id '%s': a capitalised word and one or more _Words, letters and digits only, as "
                    "Irql_MCM_Function or SapHandle_InvalidAfterComplete" % rid)
    ids = rt.rule_ids(root)
    for p in (rt.def_path(root, rid), rt.page_path(root, rid), rt.example_path(root, rid, "compliant"),
              rt.example_path(root, rid, "noncompliant")):
        if os.path.exists(p):
            raise Usage("rule '%s' exists: %s" % (rid, os.path.relpath(p, root)))
    tests = rt.path(root, "testsuite", "rules")
    for name in sorted(os.listdir(tests)):
        if name.endswith(".c") and rt.owner(name, ids + [rid]) == rid:
            raise Usage("rule id '%s' would claim the existing test testsuite/rules/%s; choose another id"
                        % (rid, name))


def plan_rule(a):
    root = a.root
    rid, kind = a.id, a.kind
    kinds = rt.kinds(root)
    if kind not in kinds:
        raise Usage("unknown kind '%s' (the kinds of checker/checks.def: %s)" % (kind, ", ".join(kinds)))
    if kind not in WRITERS:
        raise Usage("new-rule.py has no writer for kind '%s' yet: write the rule's files by hand "
                    "(docs/adding-a-rule.md) or add a writer to scripts/new-rule.py" % kind)
    check_new_id(root, rid)
    p = Plan(root)
    ddis = declared_ddis(root)
    specs = [split_ddi(s, 0, "ddi") for s in a.ddi]

    def declared(ddi):
        if ddi not in ddis:
            raise Usage("DDI '%s' is not declared in runtime-model/include/{%s}: declare it there (from its "
                        "reference page), run python3 runtime-model/src/gen_callsite.py, then run this again"
                        % (ddi, ",".join(DDI_HEADERS)))
        return ddis[ddi]

    d = {"id": rid, "kind": kind}
    first = specs[0][0] if specs else None
    source = a.source or (ddi_page(first) if first else None) or "https://learn.microsoft.com/windows-hardware/drivers/ddi/%s-the-reference-page-the-rule-follows" % TODO
    facts_rows = []
    if kind == "irql":
        if not specs:
            raise Usage("an irql rule needs --ddi DDI (repeatable)")
        rows = ddi_rows(root)
        irql = parse_irql(a.irql) if a.irql else None
        ranges, table = {}, []
        for s in a.ddi:
            if ":" in s:
                raise Usage("--ddi %s: an irql rule takes DDI names without :ARG" % s)
        for ddi, _ in specs:
            if ddi in rows:
                n, lo_name, hi_name, owner_rule = rows[ddi]
                ranges[ddi] = (LEVELS[lo_name][0], LEVELS[hi_name][1])
                p.also.append("%s is checked by %s (rules/facts/ddi-irql.tsv:%d); to move it to %s, change that "
                              "row's rule column (a DDI has one rule)" % (ddi, owner_rule, n, rid))
            elif irql is None:
                raise Usage("%s has no row in rules/facts/ddi-irql.tsv: give --irql LEVEL or MIN..MAX from its "
                            "reference page (Requirements: IRQL)" % ddi)
            else:
                ranges[ddi] = (irql[0], irql[1])
                facts_rows.append("%s\t%s\t%s\t%s" % (ddi, irql[2], irql[3], rid))
            table.append("| [`%s`](%s) | `%s` |" % (ddi, ddi_page(ddi) or source, range_text(*ranges[ddi]))
                         if ddi_page(ddi) else "| `%s` | `%s` |" % (ddi, range_text(*ranges[ddi])))
        lo, hi = ranges[first]
        files, cases = irql_files(rid, first, declared(first), lo, hi)
        names = [s[0] for s in specs]
        summary = a.summary or ("%s is called at the IRQL its reference page requires." % names[0] if len(names) == 1
                                else "Each of %s and %s is called at the IRQL its reference page requires."
                                % (", ".join(names[:-1]), names[-1]))
        d.update(summary=summary, severity="warning",
                 applies_to={"table": "ddi-irql.tsv", "rule_column": rid}, source=source, doc="docs/%s.md" % rid)
        what = ("Every call whose callee, as spelled at the call site, is one of the DDIs below. The required range\n"
                "comes from `rules/facts/ddi-irql.tsv` (rows whose rule column is `%s`).\n\n"
                "| DDI (as spelled at the call site) | required IRQL |\n|---|---|\n%s\n"
                % (rid, "\n".join(table)))
        docs_row = ("IRQL rules", "| [%s](%s.md) | %s | no |" % (rid, rid, ", ".join("`%s`" % n for n in names)))
        if not facts_rows:
            p.step("ddi-facts", "add a row `DDI<TAB>MIN_IRQL<TAB>MAX_IRQL<TAB>%s` to rules/facts/ddi-irql.tsv for "
                   "each DDI the rule checks" % rid)
    elif kind == "typestate":
        if len(specs) != 1:
            raise Usage("a typestate rule needs one --ddi DDI[:ARG]: the DDI after which the handle in argument "
                        "ARG is invalid")
        ddi, arg = specs[0]
        params = declared(ddi)
        if arg >= len(params):
            raise Usage("--ddi %s:%d: %s has %d arguments" % (ddi, arg, ddi, len(params)))
        obj = a.object or "handle"
        creates = []
        for c in a.create:
            cd, out = split_ddi(c, -1, "create")
            if out < 0:
                raise Usage("--create %s: give DDI:OUT_ARG, the argument that receives the handle" % c)
            creates.append({"ddi": cd, "out_arg": out})
        message = "%s '{path}' is passed to '{ddi}' after it became invalid" % obj
        d.update(summary=a.summary or "The %s is not passed to any DDI after %s." % (obj, ddi), severity="warning",
                 source=source, doc="docs/%s.md" % rid, object=obj, states=["valid", "invalid"])
        if creates:
            d["create"] = creates
        d["transitions"] = [{"ddi": [ddi], "arg": arg, "to": "invalid",
                             "note": "%s invalidated here by {ddi}" % obj}]
        d["error"] = {"event": "use", "state": "invalid", "message": message}
        files, cases = typestate_files(rid, ddi, params, arg, obj)
        what = textwrap.fill("ddicheck follows the %s passed as argument %d of `%s` along each path, through "
                             "copies and into helper functions. Once `%s` has returned, any DDI call that receives "
                             "the same %s is reported: `%s`." % (obj, arg, ddi, ddi, obj, message.replace(
                                 "{ddi}", "DDI").replace("{path}", "PATH")), 100) + "\n"
        docs_row = ("CoNDIS lifecycle rules", "| [%s](%s.md) | %s |" % (rid, rid, d["summary"]))
    elif kind == "call_status":
        if len(specs) != 1 or bool(a.forbid) == bool(a.require):
            raise Usage("a call_status rule needs one --ddi DDI[:ARG] (ARG: the status argument) and one of --forbid "
                        "STATUS or --require STATUS")
        ddi, arg = specs[0]
        params = declared(ddi)
        if arg >= len(params):
            raise Usage("--ddi %s:%d: %s has %d arguments" % (ddi, arg, ddi, len(params)))
        status = a.forbid or a.require
        if status not in statuses(root):
            raise Usage("unknown status '%s' (the names of rules/facts/ndis-status.tsv)" % status)
        message = ("'{ddi}' is given %s, which it does not accept" % status if a.forbid
                   else "'{ddi}' is given {status}; it takes %s" % status)
        check = {"ddi": [ddi], "arg": arg, ("forbid" if a.forbid else "require"): status, "message": message}
        d.update(summary=a.summary or ("%s is never given %s." % (ddi, status) if a.forbid
                                       else "%s is given %s." % (ddi, status)),
                 severity="warning", source=source, doc="docs/%s.md" % rid, checks=[check])
        files, cases = call_status_files(rid, ddi, params, arg, a.forbid, a.require, message)
        what = textwrap.fill("Every call of `%s` whose argument %d is a status ddicheck knows (a constant, or a "
                             "variable assigned one on the path) that %s `%s` is reported: `%s`."
                             % (ddi, arg, "is" if a.forbid else "is not", status,
                                message.replace("{ddi}", ddi).replace("{status}", "STATUS")), 100) + "\n"
        docs_row = ("CoNDIS lifecycle rules", "| [%s](%s.md) | %s |" % (rid, rid, d["summary"]))
    elif kind == "call_argument":
        if len(specs) != 1 or (a.forbid_equal is None) == (a.forbid_above is None):
            raise Usage("a call_argument rule needs one --ddi DDI:ARG and one of --forbid-equal N or --forbid-above N")
        ddi, arg = specs[0]
        params = declared(ddi)
        if arg >= len(params):
            raise Usage("--ddi %s:%d: %s has %d arguments" % (ddi, arg, ddi, len(params)))
        above = a.forbid_above is not None
        limit = a.forbid_above if above else a.forbid_equal
        message = ("'{ddi}' is given {value} as argument %d, more than {limit}" % arg if above
                   else "'{ddi}' is given {value} as argument %d, which it does not accept" % arg)
        d.update(summary=a.summary or ("Argument %d of %s is at most %d." % (arg, ddi, limit) if above
                                       else "Argument %d of %s is never %d." % (arg, ddi, limit)),
                 severity="warning", source=source, doc="docs/%s.md" % rid, ddi=ddi, arg=arg)
        d["forbid_above" if above else "forbid_equal"] = limit
        d["message"] = message
        files, cases = call_argument_files(rid, ddi, params, arg, above, limit, message)
        what = textwrap.fill("Every call of `%s` whose argument %d has a value ddicheck knows (a constant, a macro, "
                             "or a local assigned one on the path) that %s %d is reported: `%s`."
                             % (ddi, arg, "exceeds" if above else "equals", limit,
                                message.replace("{ddi}", ddi).replace("{value}", "VALUE").replace(
                                    "{limit}", str(limit))), 100) + "\n"
        docs_row = ("Argument rules", "| [%s](%s.md) | %s |" % (rid, rid, d["summary"]))
    elif kind == "lock":
        if specs or not a.acquire or not a.release:
            raise Usage("a lock rule needs --acquire DDI:ARG and --release DDI:ARG (repeatable; ARG: the argument "
                        "that names the lock or its lock state), not --ddi")
        checks = [c.strip() for c in (a.check or "held,release").split(",") if c.strip()]
        for c in checks:
            if c not in LOCK_CHECKS:
                raise Usage("unknown lock check '%s' in --check (a comma-separated list of %s)"
                            % (c, ", ".join(LOCK_CHECKS)))
        if len(set(checks)) != len(checks):
            raise Usage("--check %s lists a check twice" % a.check)
        ops = {}
        for what, given in (("acquire", a.acquire), ("release", a.release)):
            ops[what] = []
            for s in given:
                ddi, arg = split_ddi(s, -1, what)
                if arg < 0:
                    raise Usage("--%s %s: give DDI:ARG, the argument that names the lock" % (what, s))
                params = declared(ddi)
                if arg >= len(params):
                    raise Usage("--%s %s: %s has %d arguments" % (what, s, ddi, len(params)))
                ops[what].append((ddi, arg, params))
        types = {params[arg] for ops_ in ops.values() for _, arg, params in ops_}
        if len(types) != 1:
            raise Usage("the acquire and release DDIs name the lock with arguments of different types (%s): give the "
                        "argument that names the same lock in each" % ", ".join(sorted(types)))
        obj = a.object or "lock"
        field_type, lock_expr = lock_field(root, types.pop())
        (acq, acq_arg, acq_params), (rel, rel_arg, rel_params) = ops["acquire"][0], ops["release"][0]
        if not a.source:
            source = ddi_page(acq) or source

        def grouped(lst):
            by_arg = {}
            for ddi, arg, _ in lst:
                if ddi not in by_arg.setdefault(arg, []):
                    by_arg[arg].append(ddi)
            return [{"ddi": names, "arg": arg} for arg, names in by_arg.items()]

        parts = []
        if "held" in checks:
            parts += ["acquired only while it is free", "released before the callback that took it returns"]
        if "release" in checks:
            parts.append("released only while it is held")
        if "balanced" in checks:
            parts.append("released as many times as it is acquired on every path through a callback")
        summary = a.summary or "A %s taken with %s is %s%s." % (obj, acq, ", ".join(parts[:-1]) +
                                                               (" and " if len(parts) > 1 else ""), parts[-1])
        d.update(summary=summary, severity="warning", source=source, doc="docs/%s.md" % rid, object=obj,
                 acquire=grouped(ops["acquire"]), release=grouped(ops["release"]), check=checks)
        files, cases = lock_files(rid, acq, acq_params, acq_arg, rel, rel_params, rel_arg, field_type, lock_expr,
                                  obj, checks)
        told = []
        if "held" in checks:
            told.append("a %s acquired while the path already holds it, and one still held where a callback (a "
                        "function with a role of the driver model) returns" % obj)
        if "release" in checks:
            told.append("a %s released while the path does not hold it (released twice, or never acquired since "
                        "the callback was entered)" % obj)
        if "balanced" in checks:
            told.append("a callback path that acquires the %s more often than it releases it, or releases it more "
                        "often" % obj)
        what = textwrap.fill("ddicheck follows each %s, named by the argument of %s that designates it (the place "
                             "`%s`, with aliases resolved and a helper's parameters renamed to its caller's "
                             "arguments), on every path through each callback and the helpers it calls. It "
                             "reports %s." % (obj, " and ".join("`%s` (argument %d)" % (x, y)
                                                                for x, y, _ in ops["acquire"] + ops["release"]),
                                              lock_expr, "; ".join(told)), 100) + "\n"
        docs_row = ("Locking rules", "| [%s](%s.md) | %s |" % (rid, rid, summary))
    elif kind == "lifecycle":
        if specs or not a.register or not a.deregister:
            raise Usage("a lifecycle rule needs --register DDI[:OUT] (repeatable; OUT: the argument pointing to the "
                        "handle it writes) and --deregister DDI (repeatable), not --ddi")
        checks = [c.strip() for c in (a.check or "failure_exit,halt").split(",") if c.strip()]
        for c in checks:
            if c not in LIFECYCLE_CHECKS:
                raise Usage("unknown lifecycle check '%s' in --check (a comma-separated list of %s)"
                            % (c, ", ".join(LIFECYCLE_CHECKS)))
        if len(set(checks)) != len(checks):
            raise Usage("--check %s lists a check twice" % a.check)
        reg, outs = [], set()
        for x in a.register:
            ddi, out = split_ddi(x, -1, "register")
            params = declared(ddi)
            if out >= len(params):
                raise Usage("--register %s: %s has %d arguments" % (x, ddi, len(params)))
            reg.append(ddi)
            outs.add(out)
        if len(outs) != 1:
            raise Usage("the --register DDIs give their handle in different arguments: give one rule per argument")
        dereg = []
        for x in a.deregister:
            if ":" in x:
                raise Usage("--deregister %s: give the DDI alone" % x)
            declared(x)
            dereg.append(x)
        obj = a.object or "resource"
        summary = a.summary or ("A %s that MiniportInitializeEx registers with %s is deregistered with %s on "
                                "Initialize's failure exits and in MiniportHaltEx." % (obj, reg[0], dereg[0]))
        if not a.source:
            source = ddi_page(reg[0]) or source
        out = outs.pop()
        regd = {"ddi": reg if len(reg) > 1 else reg[0]}
        if out >= 0:
            regd["out"] = out
        d.update(summary=summary, severity="warning", source=source, doc="docs/%s.md" % rid, object=obj,
                 register=regd, deregister={"ddi": dereg if len(dereg) > 1 else dereg[0]}, check=checks)
        files, cases = stub_files(rid, kind)
        what = textwrap.fill("ddicheck follows the %s from each MINIPORT_INITIALIZE callback (rules/facts/"
                             "lifecycle.tsv) into MINIPORT_HALT: %s." % (obj, "; ".join(
                                 {"failure_exit": "a failure return of Initialize with it still registered",
                                  "halt": "a successful return of Initialize after which every path of Halt "
                                          "returns with it still registered"}[c] for c in checks)), 100) + "\n"
        docs_row = ("Lifecycle rules", "| [%s](%s.md) | %s |" % (rid, rid, summary))
    elif kind == "call_context":
        if not specs or any(":" in x for x in a.ddi) or bool(a.forbid_role) == bool(a.allow_role):
            raise Usage("a call_context rule needs --ddi DDI (repeatable, no :ARG) and --forbid-role ROLE or "
                        "--allow-role ROLE (repeatable)")
        roles = a.forbid_role or a.allow_role
        known = {f[0] for _, f in rt.read_tsv(rt.path(root, "rules", "facts", "role-irql.tsv"))}
        for r in roles:
            if r not in known:
                raise Usage("unknown callback role '%s' (the roles of rules/facts/role-irql.tsv)" % r)
        names = [x[0] for x in specs]
        summary = a.summary or "%s: one sentence" % TODO
        d.update(summary=summary, severity="warning", source=source, doc="docs/%s.md" % rid,
                 ddi=names if len(names) > 1 else names[0])
        d["forbid_roles" if a.forbid_role else "allow_roles"] = roles
        d["message"] = "%s: the message ({ddi}, {role}, {func})" % TODO
        files, cases = stub_files(rid, kind)
        what = "%s: the %s rule's check.\n" % (TODO, kind)
        docs_row = ("Callback-context rules", "| [%s](%s.md) | %s |" % (rid, rid, summary))
    elif kind in ("oid_coverage", "obligation"):
        if not a.role or (kind == "oid_coverage" and (specs or not a.status)) or \
                (kind == "obligation" and (len(specs) != 1 or not a.discharge or a.status)):
            raise Usage("an oid_coverage rule needs --role ROLE and --status STATUS (repeatable); an obligation "
                        "rule needs --role ROLE, one --ddi DDI:OUT_ARG and --discharge DDI (repeatable)")
        known = {f[0] for _, f in rt.read_tsv(rt.path(root, "rules", "facts", "role-irql.tsv"))}
        for r in a.role:
            if r not in known:
                raise Usage("unknown callback role '%s' (the roles of rules/facts/role-irql.tsv)" % r)
        for x in a.status:
            if x not in statuses(root):
                raise Usage("unknown status '%s' (the names of rules/facts/ndis-status.tsv)" % x)
        summary = a.summary or "%s: one sentence" % TODO
        d.update(summary=summary, severity="warning", source=source, doc="docs/%s.md" % rid, roles=a.role)
        if kind == "oid_coverage":
            d.update(request_param=1, oids="mandatory-oids.tsv", forbid=a.status,
                     complete={"ddi": "NdisMOidRequestComplete", "status_arg": 2}, driver="any",
                     message="%s: the message ({func}, {status}, {request}, {oid})" % TODO)
            p.also.append("add the rule's OIDs to rules/facts/mandatory-oids.tsv (oid, value, query or set, %s)" % rid)
        else:
            for x in a.discharge:
                declared(x)
            ddi, arg = specs[0]
            if arg >= len(declared(ddi)):
                raise Usage("%s has %d arguments; --ddi %s:%d names none of them" % (ddi, len(declared(ddi)), ddi, arg))
            d.update(trigger={"ddi": ddi, "out_arg": arg}, discharge=a.discharge,
                     message="%s: the message ({func}, {ddi}, {out}, {discharge})" % TODO)
        files, cases = stub_files(rid, kind)
        what = "%s: the %s rule's check.\n" % (TODO, kind)
        docs_row = ("Callback return-value rules", "| [%s](%s.md) | %s |" % (rid, rid, summary))
    elif kind == "return_value":
        if specs or not a.role or a.check not in RETURN_CHECKS or bool(a.status) == (a.check == "some_true"):
            raise Usage("a return_value rule needs --role ROLE (repeatable), --check %s, and --status STATUS "
                        "(repeatable) unless the check is some_true" % "|".join(RETURN_CHECKS))
        known = {f[0] for _, f in rt.read_tsv(rt.path(root, "rules", "facts", "role-irql.tsv"))}
        for r in a.role:
            if r not in known:
                raise Usage("unknown callback role '%s' (the roles of rules/facts/role-irql.tsv)" % r)
        for x in a.status:
            if x not in statuses(root):
                raise Usage("unknown status '%s' (the names of rules/facts/ndis-status.tsv)" % x)
        summary = a.summary or "%s: one sentence" % TODO
        d.update(summary=summary, severity="warning", source=source, doc="docs/%s.md" % rid, roles=a.role,
                 check=a.check)
        if a.status:
            d["statuses"] = a.status
        d["message"] = "%s: the message ({func}, {value}, {role})" % TODO
        files, cases = stub_files(rid, kind)
        what = "%s: the %s rule's check.\n" % (TODO, kind)
        docs_row = ("Callback return-value rules", "| [%s](%s.md) | %s |" % (rid, rid, summary))
    else:
        if specs:
            raise Usage("a %s rule takes no --ddi; write its DDI lists in the definition" % kind)
        summary = a.summary or "%s: one sentence" % TODO
        if kind == "request":
            if a.check not in REQUEST_CHECKS:
                raise Usage("a request rule needs --check %s" % " or --check ".join(REQUEST_CHECKS))
            table = "oid-requests.tsv" if a.check == "twice" else a.requests  # twice follows requests by identity
            d.update(check=a.check, summary=summary, severity="warning", source=source, doc="docs/%s.md" % rid,
                     requests=table, messages={a.check: "%s: the message" % TODO})
        elif kind == "irql_annotation":
            for f in sorted(os.listdir(os.path.join(root, "rules", "defs"))):
                if f.endswith(".json"):
                    with open(os.path.join(root, "rules", "defs", f), encoding="utf-8") as fh:
                        other = json.load(fh)
                    if other.get("kind") == "irql_annotation":
                        raise Usage("%s already is the irql_annotation rule, and the engine runs one rule of that "
                                    "kind (checker/irql.c); a second one needs engine work first"
                                    % other.get("id", f[:-5]))
            d.update(summary=summary, severity="warning", source=source, doc="docs/%s.md" % rid)
        else:
            d.update(summary=summary, severity="warning", source=source, doc="docs/%s.md" % rid,
                     mcm_only="NdisTODO_new_rule_prefix*", cm_only=["NdisCmTODO_new_rule_ddi"],
                     messages={"mcm_only": "%s: the message ({ddi}, {kind})" % TODO,
                               "cm_only": "%s: the message ({ddi}, {mcm_form})" % TODO})
        files, cases = stub_files(rid, kind)
        what = "%s: the %s rule's check.\n" % (TODO, kind)
        if kind == "irql_annotation":
            docs_row = ("IRQL rules", "| [%s](%s.md) | %s | no |" % (rid, rid, summary))
        else:
            docs_row = ("CoNDIS lifecycle rules", "| [%s](%s.md) | %s |" % (rid, rid, summary))
            p.also.append("the definition's %s are placeholders that load but match nothing: write them (rules/README.md, "
                          "checker/check_%s.c), then the examples and the positive test"
                          % ("messages" if kind == "request" else "DDI lists and messages", kind))

    # the files
    p.put("rules/defs/%s.json" % rid, definition_text(d))
    p.put("testsuite/docs/%s_noncompliant.c" % rid, files["noncompliant"].text())
    p.put("testsuite/docs/%s_compliant.c" % rid, files["compliant"].text())
    pos_case, pos_words, ok_case, ok_words = cases
    p.put("testsuite/rules/%s_%s.c" % (rid, pos_case), files["positive"].text())
    p.put("testsuite/rules/%s_%s.c" % (rid, ok_case), files["silent"].text())
    page = page_text(rid, d["summary"], source, what, kind)
    page = rt.replace_blocks(page, {"noncompliant": rt.strip_directives(files["noncompliant"].text()),
                                    "compliant": rt.strip_directives(files["compliant"].text()),
                                    "output": "%s: run scripts/sync-doc-examples.py --ddicheck build/bin/ddicheck %s\n"
                                              % (TODO, rid)})
    p.put("rules/docs/%s.md" % rid, page)
    if facts_rows:
        facts = rt.read(rt.path(root, "rules", "facts", "ddi-irql.tsv"))
        p.put("rules/facts/ddi-irql.tsv", facts + ("" if facts.endswith("\n") else "\n") + "\n".join(facts_rows) + "\n")

    # the listings
    for rel, heading, row_re, row, key, order in (
            ("rules/README.md", "Rules", rt.RULES_README_ROW, "| [%s](docs/%s.md) | `%s` |" % (rid, rid, kind),
             "rules-readme", rid),
            ("rules/docs/README.md", docs_row[0], rt.DOCS_README_ROW, docs_row[1], "docs-readme", None),
            ("testsuite/rules/README.md", "Cases", rt.TESTS_README_ROW,
             "| %s | %s: %s | %s: %s |" % (rid, pos_case, pos_words, ok_case, ok_words), "tests-readme", None)):
        text = rt.read(rt.path(root, rel))
        new = rt.insert_row(text, heading, row_re, row, order)
        if new is None:
            p.step(key, "add the row `%s` to %s (no '## %s' table found)" % (row, rel, heading))
        else:
            p.put(rel, new)

    p.step("placeholder", "write the parts marked %s in rules/docs/%s.md and testsuite/docs/%s_*.c%s; then "
           "scripts/sync-doc-examples.py --ddicheck build/bin/ddicheck %s copies the examples into the page"
           % (TODO, rid, rid, "" if kind in ("irql", "typestate", "call_status", "call_argument", "lock")
              else ", rules/defs/%s.json and the tests" % rid, rid))
    p.step("sample-fault", "seed the bug in a sample driver behind -DFAULT_<NAME> with "
           "`// <name>-warning {{... [%s]}}` directives and add its row to samples/samples.tsv "
           "(samples/README.md)" % rid)
    p.step("model-case", "add a runtime-model scenario row expecting `%s@file:line` to testsuite/model/cases.tsv, or, "
           "if the model cannot express the rule, `%s<TAB>reason` to rules/model-exceptions.tsv" % (rid, rid))
    return p


def fill_output(p, rid, ddicheck):
    """Runs ddicheck on the written non-compliant example and puts its output on the page."""
    page = rt.page_path(p.root, rid)
    try:
        blocks = rt.expected_blocks(p.root, rid, ddicheck)
    except RuntimeError as e:
        p.also.append("the page's output block is still a placeholder: %s" % e)
        return
    rt.write(page, rt.replace_blocks(rt.read(page), {"output": blocks["output"]}))


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("id", help="the rule id, e.g. Irql_Miniport_Function")
    ap.add_argument("--kind", required=True, help="a rule kind: a line of checker/checks.def")
    ap.add_argument("--summary", help="one sentence: what the rule requires")
    ap.add_argument("--ddi", action="append", default=[], help="DDI[:ARG], by kind (see above)")
    ap.add_argument("--irql", help="irql: the required IRQL, LEVEL or MIN..MAX")
    ap.add_argument("--object", help="typestate: what the handle is, e.g. 'work item handle'; lock: what the lock is")
    ap.add_argument("--create", action="append", default=[], help="typestate: DDI:OUT_ARG that gives a new handle")
    ap.add_argument("--forbid", help="call_status: the NDIS_STATUS the DDI must not be given")
    ap.add_argument("--require", help="call_status: the NDIS_STATUS the DDI must be given")
    ap.add_argument("--forbid-equal", type=int, help="call_argument: the value the argument must not have")
    ap.add_argument("--forbid-above", type=int, help="call_argument: the value the argument must not exceed")
    ap.add_argument("--check", help="request: not_pending, never_completed or twice; return_value: only or some_true; "
                    "lock: a comma-separated list of held, release, balanced (default held,release)")
    ap.add_argument("--acquire", action="append", default=[], help="lock: DDI:ARG that takes the lock ARG names")
    ap.add_argument("--release", action="append", default=[], help="lock: DDI:ARG that gives the lock back")
    ap.add_argument("--register", action="append", default=[], help="lifecycle: DDI[:OUT] that registers the resource")
    ap.add_argument("--deregister", action="append", default=[], help="lifecycle: DDI that gives it back")
    ap.add_argument("--forbid-role", action="append", default=[], help="call_context: a role the DDIs are not called from")
    ap.add_argument("--allow-role", action="append", default=[], help="call_context: a role the DDIs may be called from")
    ap.add_argument("--role", action="append", default=[], help="return_value: a role whose callbacks are checked")
    ap.add_argument("--discharge", action="append", default=[],
                    help="obligation: a DDI that must be called on the paths the trigger failed on")
    ap.add_argument("--status", action="append", default=[], help="return_value: an NDIS_STATUS of the rule's list")
    ap.add_argument("--requests", default="sap-requests.tsv", help="request: the requests table in rules/facts")
    ap.add_argument("--source", help="the reference page the rule follows")
    ap.add_argument("--root", default=os.path.normpath(os.path.join(here, "..")), help="the source tree")
    ap.add_argument("--ddicheck", help="the ddicheck that prints the page's output (default ROOT/build/bin/ddicheck)")
    a = ap.parse_args(argv)
    try:
        if not os.path.isdir(rt.path(a.root, "rules", "defs")):
            raise Usage("%s is not a ddicheck source tree (no rules/defs)" % a.root)
        p = plan_rule(a)
    except Usage as e:
        print("new-rule: error: %s" % e, file=sys.stderr)
        return 2
    except (OSError, ValueError) as e:
        print("new-rule: error: %s" % e, file=sys.stderr)
        return 2
    for path, text in p.writes.items():
        rt.write(path, text)
    ddicheck = a.ddicheck or rt.path(a.root, "build", "bin", "ddicheck")
    if os.path.isfile(ddicheck):
        fill_output(p, a.id, os.path.abspath(ddicheck))
    else:
        p.also.append("no ddicheck at %s: the page's output block is a placeholder until you run "
                      "scripts/sync-doc-examples.py --ddicheck build/bin/ddicheck %s" % (ddicheck, a.id))
    print("new-rule: wrote")
    for path in p.writes:
        print("  " + os.path.relpath(path, a.root))
    print("Remaining steps (rules/completeness reports each, under its key, until it is done):")
    for key, text in p.steps:
        print("  [%s] %s" % (key, text))
    print("Also:")
    for text in p.also + ["re-run cmake -S . -B build so that CTest picks up the new examples and tests, then "
                          "ctest --test-dir build -R '%s|rules/completeness'" % a.id]:
        print("  - " + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
