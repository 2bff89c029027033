#!/usr/bin/env python3
"""gen_driver.py — a structure-aware generator of NDIS-flavoured driver sources that knows which
findings ddicheck must report in them.

Every case is a small driver (one or many translation units sharing a header) built from the
shapes that reach size-driven defects: long and deep expressions (operator chains, unary and cast
chains, assignment, conditional and comma chains, member chains), deep nesting of statements
(unbraced if/while/for/do chains, blocks, else-if chains), huge switches and runs of case labels,
constant conditions of known value, long call chains with mutual recursion across translation
units, many functions, and everything on one line. Into these it puts probes: calls of
NdisClOpenAddressFamilyEx, which requires PASSIVE_LEVEL (rule Irql_Protocol_Driver_Function). A
probe between NdisAcquireSpinLock and NdisReleaseSpinLock, or in a function entered with the lock
held, runs at DISPATCH_LEVEL; the generator tracks whether each probe is reached in ddicheck's
model of the program (constant conditions are pruned, every operand of an expression is
evaluated except under sizeof, both arms of a conditional count) and so knows exactly at which
lines and columns the rule must report. The generator itself never recurses on the size of what it
builds: deep shapes are written as runs of prefixes and suffixes.

  gen_driver.py run --ddicheck BIN [--seed N] [--budget SECONDS] [--max-cases K] [--max-size S]
      generates cases from the seed until the time budget (default 120 s) or K cases are used up,
      runs `BIN --format=text` (or --format json) on each with a 60 s limit, and fails when an exit
      status is not 0 or 1, a run times out, or the probe rule's findings differ from the expected
      ones (file, line, column). A failing case is kept (its directory is printed) to be replayed
      with the command shown.
  gen_driver.py case KIND SIZE DIR [--seed N] [--oneline]
      writes one case of KIND (see KINDS) into DIR and prints the files to check, then one line
      per expected finding: FILE:LINE:COLUMN.
  gen_driver.py corpus DIR [--seed N] [--count K] [--max-size S]
      writes K single-file cases into DIR (seeds for a libFuzzer campaign).
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

RULE = "Irql_Protocol_Driver_Function"
PROBE = "NdisClOpenAddressFamilyEx(Bh, &Fam, NULL, &Af)"
HIT, MISS = "\x01", "\x02"  # before a probe: a finding is expected there / is not
LOCK, UNLOCK = "NdisAcquireSpinLock(&Lock);", "NdisReleaseSpinLock(&Lock);"
NVARS = 8
MAX_BRACKETS = 180  # clang refuses more than 256 nested (), [] and {}

HEADER = """#include <ndis.h>
extern NDIS_SPIN_LOCK Lock;
extern NDIS_HANDLE Bh, Af;
extern CO_ADDRESS_FAMILY Fam;
extern int %s;
struct node { struct node *next; int v; };
extern struct node *Head;
enum gen_values { GEN_ZERO, GEN_ONE, GEN_TWO, GEN_SEVEN = 7 };
static int twice(int x) { return x + x; }
""" % ", ".join("g%d" % i for i in range(NVARS))

DEFS = """NDIS_SPIN_LOCK Lock;
NDIS_HANDLE Bh, Af;
CO_ADDRESS_FAMILY Fam;
int %s;
struct node *Head;
""" % ", ".join("g%d" % i for i in range(NVARS))


def probe(hit):
    return (HIT if hit else MISS) + PROBE


def var(rng):
    return "g%d" % rng.randrange(NVARS)


# ---- constant expressions of known value (C int semantics, kept far from overflow) ----------


def small_const(rng, depth=3):
    """A constant expression of ddicheck's constant shape and its value: literals, enumerators,
    unary - ~ +, binary arithmetic, bitwise, shift, comparison and logical operators, casts."""
    if depth == 0 or rng.random() < 0.3:
        k = rng.randrange(4)
        if k == 0:
            v = rng.randrange(0, 50)
            return str(v), v
        if k == 1:
            name, v = rng.choice([("GEN_ZERO", 0), ("GEN_ONE", 1), ("GEN_TWO", 2), ("GEN_SEVEN", 7)])
            return name, v
        if k == 2:
            v = rng.randrange(0, 50)
            return "0x%x" % v, v
        return "'A'", 65
    a, va = small_const(rng, depth - 1)
    k = rng.randrange(9)
    if k == 0:
        return "(-%s)" % a, -va
    if k == 1:
        return "(~%s)" % a, ~va
    if k == 2:
        return "((int)%s)" % a, va
    b, vb = small_const(rng, depth - 1)
    op = rng.choice(["+", "-", "*", "&", "|", "^", "<<", "==", "!=", "<", ">=", "&&", "||"])
    if op == "<<":
        vb = rng.randrange(4)
        b = str(vb)
        if va < 0 or va > 1000:
            op = "+"
    v = {
        "+": lambda: va + vb, "-": lambda: va - vb, "*": lambda: va * vb, "&": lambda: va & vb,
        "|": lambda: va | vb, "^": lambda: va ^ vb, "<<": lambda: va << vb if op == "<<" else 0,
        "==": lambda: int(va == vb), "!=": lambda: int(va != vb), "<": lambda: int(va < vb),
        ">=": lambda: int(va >= vb), "&&": lambda: int(bool(va) and bool(vb)),
        "||": lambda: int(bool(va) or bool(vb)),
    }[op]()
    if abs(v) > 1 << 24:
        return "(%s + %s)" % (a, b), va + vb
    return "(%s %s %s)" % (a, op, b), v


def long_const(rng, n):
    """A left-nested chain of n constants joined by + and -, and its value."""
    parts, v = [], 0
    for i in range(n):
        c = rng.randrange(0, 9)
        if i == 0:
            parts.append(str(c))
            v = c
        elif rng.random() < 0.5:
            parts.append(" + %d" % c)
            v += c
        else:
            parts.append(" - %d" % c)
            v -= c
    return "".join(parts), v


def const_cond(rng, n):
    """A constant condition, its truth value."""
    text, v = long_const(rng, n) if n > 8 else small_const(rng)
    k = rng.randrange(3)
    if k == 0:
        return "(%s) == %d" % (text, v), True
    if k == 1:
        return "(%s) != %d" % (text, v), False
    return "(%s)" % text, v != 0


def cond(rng, n=4, loop=False):
    """A branch condition and its constant truth value (None: a variable test, both branches
    reachable). A loop's condition is never constant true: the code after it would be dead."""
    if rng.random() < 0.3:
        c, v = const_cond(rng, n)
        if not (loop and v):
            return c, v
    return rng.choice(["%s" % var(rng), "%s > %d" % (var(rng), rng.randrange(9)), "%s != 0" % var(rng)]), None


# ---- expressions ----------------------------------------------------------------------------


def atom(rng, hit, allow_probe=True):
    k = rng.randrange(9)
    if k == 0 and allow_probe:
        return probe(hit)
    if k == 1:
        return small_const(rng, 2)[0]
    if k == 2:
        return "Head->v"
    if k == 3:
        return "twice(%s)" % var(rng)
    return var(rng)


def expr_chain(rng, n, hit):
    ops = ["+", "-", "*", "&", "|", "^", "<", "==", "&&", "||"]
    parts = [atom(rng, hit)]
    for _ in range(n - 1):
        parts.append(" %s %s" % (rng.choice(ops), atom(rng, hit)))
    return "".join(parts)


def expr_unary(rng, n, hit):
    pre = [rng.choice(["- ", "~", "!", "(int)", "(long)", "(ULONG)", "+ "]) for _ in range(n)]
    return "".join(pre) + atom(rng, hit)


def expr_nested(rng, n, hit):
    """Operators nested through parentheses, as deep as clang allows."""
    n = min(n, MAX_BRACKETS // 2)
    pre, post = [], []
    for _ in range(n):
        pre.append("(" + atom(rng, hit) + " %s " % rng.choice(["+", "*", "-", "|"]))
        post.append(")")
    return "".join(pre) + atom(rng, hit) + "".join(post)


def expr_ternary(rng, n, hit):
    parts = []
    for _ in range(n):
        parts.append("%s ? %s : " % (var(rng), atom(rng, hit)))
    return "".join(parts) + atom(rng, hit)


def expr_comma(rng, n, hit):
    return "(" + ", ".join(atom(rng, hit) for _ in range(n)) + ")"


def expr_member(rng, n, hit):
    return "Head" + "->next" * n + "->v + " + atom(rng, hit)


def expr_deref(rng, n, hit):
    return "*&" * n + var(rng) + " + " + atom(rng, hit)


EXPRS = [expr_chain, expr_unary, expr_nested, expr_ternary, expr_comma, expr_member, expr_deref]


def expr_stmt(rng, n, reach):
    """A statement evaluating a big expression: with the lock held (its probes are findings when
    reachable) or not (they are not); under sizeof nothing is evaluated."""
    locked = rng.random() < 0.7
    shape = rng.choice(EXPRS)
    if shape is expr_chain and rng.random() < 0.3:
        e = "%s = %s = %s" % (var(rng), var(rng), shape(rng, n, locked and reach))
    elif rng.random() < 0.08:
        e = "%s = (int)sizeof(%s)" % (var(rng), shape(rng, min(n, 50), False))
    else:
        e = "%s = %s" % (var(rng), shape(rng, n, locked and reach))
    s = e + ";"
    return (LOCK + " " + s + " " + UNLOCK) if locked else s


# ---- statements -----------------------------------------------------------------------------


def locked_probe(hit):
    return "%s %s; %s" % (LOCK, probe(hit), UNLOCK)


def nest_stmt(rng, n, reach, labels):
    """A chain of n enclosing statements around a locked probe: unbraced if/while/for/do, blocks,
    labels, switches (braces and switches within the bracket limit)."""
    pre, post = [], []
    brackets = 0
    for _ in range(n):
        k = rng.randrange(8)
        if k == 0 or k == 1:
            c, val = cond(rng)
            pre.append("if (%s) " % c)
            post.append("")
            reach = reach and val is not False
        elif k == 2:
            c, val = cond(rng, loop=True)
            pre.append("while (%s) " % c)
            post.append("")
            reach = reach and val is not False
        elif k == 3:
            pre.append("for (i = 0; i < 3; i++) ")
            post.append("")
        elif k == 4:
            pre.append("do ")
            post.append(" while (%s);" % cond(rng, loop=True)[0])
        elif k == 5 and brackets < MAX_BRACKETS:
            pre.append("{ ")
            post.append(" }")
            brackets += 1
        elif k == 6:
            labels[0] += 1
            pre.append("L%d: " % labels[0])
            post.append("")
        elif brackets < MAX_BRACKETS:
            pre.append("switch (%s) { case %d: " % (var(rng), rng.randrange(9)))
            post.append(" break; }")
            brackets += 1
    return "".join(pre) + "{ " + locked_probe(reach) + " }" + "".join(reversed(post))


def elseif_stmt(rng, n, reach):
    parts = []
    open_ = reach  # no earlier condition was constant true
    for k in range(n):
        c, val = cond(rng)
        arm = open_ and val is not False
        parts.append("%sif (%s) { %s }" % ("else " if k else "", c, locked_probe(arm) if rng.random() < 0.3 else ";"))
        if val is True:
            open_ = False
    parts.append(" else { %s }" % locked_probe(open_))
    return " ".join(parts)


def switch_stmt(rng, n, reach):
    parts = ["switch (%s) {" % var(rng)]
    values = rng.sample(range(n * 4 + 10), n)
    default_at = rng.randrange(n)
    for k, v in enumerate(values):
        if k == default_at:
            parts.append("default: %s break;" % locked_probe(reach))
        if rng.random() < 0.3:  # a run of labels on one statement
            run = rng.randrange(1, 50)
            parts.append(" ".join("case %d:" % (n * 4 + 20 + k * 60 + j) for j in range(run)))
        body = locked_probe(reach) if rng.random() < 0.2 else "%s = %d;" % (var(rng), v)
        parts.append("case %d: %s break;" % (v, body))
    parts.append("}")
    return " ".join(parts)


def andor_stmt(rng, n, reach):
    """`if (a && b && ...)`, each operand a block of its own; a constant false operand of `&&`
    (or true of `||`) makes the branch unreachable only when it decides it."""
    op = rng.choice(["&&", "||"])
    terms, values = [], []
    for _ in range(n):
        if rng.random() < 0.02:
            c, v = small_const(rng, 1)
            terms.append("(%s)" % c)
            values.append(v != 0)
        else:
            terms.append(var(rng))
            values.append(None)
    if op == "&&":
        dead = False in values
    else:
        dead = all(v is False for v in values)
    return "if (%s) { %s }" % ((" %s " % op).join(terms), locked_probe(reach and not dead))


def const_if_stmt(rng, n, reach):
    c, val = const_cond(rng, n)
    s = "if (%s) { %s }" % (c, locked_probe(reach and val))
    if rng.random() < 0.5:
        s += " else { %s }" % locked_probe(reach and not val)
    return s


def loop_stmt(rng, n, reach):
    k = rng.randrange(3)
    if k == 0:
        return "while (0) { %s }" % locked_probe(False)
    if k == 1:
        return "do { %s } while (0);" % locked_probe(reach)
    return "for (i = 0; i < %d; i++) { %s }" % (n, locked_probe(reach))


STMTS = ["expr", "nest", "elseif", "switch", "andor", "constif", "loop"]


def stmt(rng, kind, n, labels):
    if kind == "expr":
        return expr_stmt(rng, n, True)
    if kind == "nest":
        return nest_stmt(rng, n, True, labels)
    if kind == "elseif":
        return elseif_stmt(rng, n, True)
    if kind == "switch":
        return switch_stmt(rng, n, True)
    if kind == "andor":
        return andor_stmt(rng, n, True)
    if kind == "constif":
        return const_if_stmt(rng, n, True)
    return loop_stmt(rng, n, True)


# ---- whole cases ---------------------------------------------------------------------------


class Case:
    """Files of one driver (name -> text with probe marks) and whether they are on one line."""

    def __init__(self, kind, oneline):
        self.kind = kind
        self.oneline = oneline
        self.files = {}

    def add(self, name, lines):
        sep = " " if self.oneline else "\n"
        self.files[name] = '#include "gen.h"\n' + sep.join(lines) + "\n"

    def write(self, d):
        """Writes the files (marks removed) and returns the expected findings: (file, offset,
        line, column) of each reachable probe."""
        with open(os.path.join(d, "gen.h"), "w") as f:
            f.write(HEADER)
        expected, paths = [], []
        for name, text in self.files.items():
            out, line, col, off = [], 1, 1, 0
            pieces = text.replace(MISS, HIT + MISS).split(HIT)
            for i, p in enumerate(pieces):
                if i > 0:
                    hit = not p.startswith(MISS)
                    if not hit:
                        p = p[1:]
                    if hit:
                        expected.append((name, off, line, col))
                out.append(p)
                nl = p.count("\n")
                if nl:
                    line += nl
                    col = len(p) - p.rfind("\n")
                else:
                    col += len(p)
                off += len(p)
            path = os.path.join(d, name)
            with open(path, "w") as f:
                f.write("".join(out))
            paths.append(path)
        return paths, expected


def body(rng, kinds, n, nstmts, labels):
    return [stmt(rng, rng.choice(kinds), n, labels) for _ in range(nstmts)]


def case_structures(rng, size, oneline, kinds=STMTS):
    """Root functions (no callers: PASSIVE_LEVEL) full of statements of the given kinds."""
    c = Case("structures:" + ",".join(kinds), oneline)
    lines = [DEFS]
    nfuncs = rng.randrange(1, 4)
    for f in range(nfuncs):
        labels = [0]
        lines.append("void Root%d(void) { int i = 0;" % f)
        lines.extend(body(rng, kinds, size, rng.randrange(1, 6), labels))
        lines.append("}")
    c.add("drv.c", lines)
    return c


def case_calls(rng, size, oneline, ntus=1):
    """A call graph: Locked (a root) calls F1 with the lock held; F1..Fn form a chain, with calls
    back and forth between them (mutual recursion), spread over ntus files; a probe in any of them
    runs at DISPATCH_LEVEL. Plain (another root) calls some of them without the lock, which leaves
    them at PASSIVE..DISPATCH, still a finding. Quiet (a root) has helpers of its own that only it
    calls, unlocked: their probes are no findings."""
    c = Case("calls:%d" % ntus, oneline)
    n = max(2, size)
    funcs = {i: [] for i in range(1, n + 1)}
    for i in range(1, n):
        funcs[i].append("F%d();" % (i + 1))
    for _ in range(n // 4):
        a, b = rng.randrange(1, n + 1), rng.randrange(1, n + 1)
        funcs[a].append("if (%s) F%d();" % (var(rng), b))
    for i in rng.sample(range(1, n + 1), min(n, 3 + n // 50)):
        funcs[i].insert(rng.randrange(len(funcs[i]) + 1), probe(True) + ";")
    nquiet = rng.randrange(1, 5)
    tus = [[] for _ in range(ntus)]
    tus[0].append(DEFS)
    decls = ["void F%d(void);" % i for i in range(1, n + 1)] + ["void Q%d(void);" % i for i in range(nquiet)]
    for t in tus:
        t.extend(decls)
    tus[0].append("void Locked(void) { %s F1(); %s }" % (LOCK, UNLOCK))
    tus[-1].append("void Plain(void) { %s }" % " ".join("F%d();" % rng.randrange(1, n + 1) for _ in range(3)))
    for i in range(1, n + 1):
        tus[rng.randrange(ntus)].append("void F%d(void) { %s }" % (i, " ".join(funcs[i])))
    tus[0].append("void Quiet(void) { Q0(); }")
    for i in range(nquiet):
        nxt = "Q%d();" % (i + 1) if i + 1 < nquiet else ""
        tus[rng.randrange(ntus)].append("void Q%d(void) { %s %s; }" % (i, nxt, probe(False)))
    for k, t in enumerate(tus):
        c.add("tu%d.c" % k, t)
    return c


def case_functions(rng, size, oneline):
    """Many small root functions, some with a locked probe."""
    c = Case("functions", oneline)
    lines = [DEFS]
    for f in range(size):
        lines.append("void Fn%d(int a) { if (a) { %s } g%d = a; }" % (f, locked_probe(True) if rng.random() < 0.05 else ";",
                                                                   f % NVARS))
    c.add("drv.c", lines)
    return c


def random_case(rng, max_size):
    """A case of a random kind and size: mostly small, sometimes as large as max_size."""
    r = rng.random()
    lo, hi = (2, 60) if r < 0.5 else (60, 1000) if r < 0.85 else (1000, max_size + 1)
    size = rng.randrange(min(lo, max_size), max(min(hi, max_size + 1), min(lo, max_size) + 1))
    oneline = rng.random() < 0.2
    k = rng.randrange(10)
    if k < 6:
        kinds = STMTS if rng.random() < 0.4 else [rng.choice(STMTS)]
        if size > 1000 and "switch" in kinds:  # a switch of N cases costs N statements each
            size = max(1000, size // 4)
        return case_structures(rng, size, oneline, kinds)
    if k < 9:
        return case_calls(rng, size, oneline, ntus=1 if rng.random() < 0.5 else rng.randrange(2, 40))
    return case_functions(rng, size, oneline)


KINDS = {
    # for the depth tests: one shape, large
    "sum": lambda rng, n, o: single(o, "sum", "void Root(void) { %s g0 = %s; %s }"
                                    % (LOCK, " + ".join(["g1"] * (n - 1) + [probe(True)]), UNLOCK)),
    "constsum": lambda rng, n, o: single(o, "constsum", "void Root(void) { %s if (%s != %d) { %s; } if (%s == %d) { %s; } %s }"
                                         % (LOCK, " + ".join(["1"] * n), n, probe(False), " + ".join(["1"] * n), n,
                                            probe(True), UNLOCK)),
    "unary": lambda rng, n, o: single(o, "unary", "void Root(void) { %s g0 = %s%s; g1 = %s1; %s }"
                                      % (LOCK, "- " * n, probe(True), "(int)" * n, UNLOCK)),
    "lnot": lambda rng, n, o: single(o, "lnot", "void Root(void) { %s if (%sg0) { %s; } %s }"
                                     % (LOCK, "!" * n, probe(True), UNLOCK)),
    "parens": lambda rng, n, o: single(o, "parens", "void Root(void) { %s g0 = %sg1%s + %s; %s }"
                                       % (LOCK, "(" * n, ")" * n, probe(True), UNLOCK)),
    "andchain": lambda rng, n, o: single(o, "andchain", "void Root(void) { %s if (%s) { %s; } %s }"
                                         % (LOCK, " && ".join(["g1"] * n), probe(True), UNLOCK)),
    "assign": lambda rng, n, o: single(o, "assign", "void Root(void) { %s %s%s; %s }"
                                       % (LOCK, "g0 = g1 = " * (n // 2), probe(True), UNLOCK)),
    "ternary": lambda rng, n, o: single(o, "ternary", "void Root(void) { %s g0 = %s%s; %s }"
                                        % (LOCK, "g1 ? g2 : " * n, probe(True), UNLOCK)),
    "member": lambda rng, n, o: single(o, "member", "void Root(void) { %s g0 = Head%s->v + %s; %s }"
                                       % (LOCK, "->next" * n, probe(True), UNLOCK)),
    "nestif": lambda rng, n, o: single(o, "nestif", "void Root(void) { %s %s%s; %s }"
                                       % (LOCK, "if (g1) " * n, probe(True), UNLOCK)),
    "elseif": lambda rng, n, o: single(o, "elseif", "void Root(void) { %s %s else { %s; } %s }"
                                       % (LOCK, " else ".join("if (g1 == %d) g0 = %d;" % (k, k) for k in range(n)),
                                          probe(True), UNLOCK)),
    "loops": lambda rng, n, o: single(o, "loops", "void Root(void) { int i = 0; %s %s%s; %s }"
                                      % (LOCK, "while (g1) for (i = 0; i < 3; i++) " * (n // 2), probe(True), UNLOCK)),
    "caselabels": lambda rng, n, o: single(o, "caselabels", "void Root(void) { %s switch (g1) { %s %s; } %s }"
                                           % (LOCK, " ".join("case %d:" % k for k in range(n)), probe(True), UNLOCK)),
    "switch": lambda rng, n, o: single(o, "switch", "void Root(void) { %s switch (g1) { %s default: %s; } %s }"
                                       % (LOCK, " ".join("case %d: g0 = %d; break;" % (k, k) for k in range(n)),
                                          probe(True), UNLOCK)),
    "chain": lambda rng, n, o: chain_case(n, o),
}


def single(oneline, kind, text):
    c = Case(kind, oneline)
    c.add("drv.c", [DEFS, text])
    return c


def chain_case(n, oneline):
    """Locked calls F1 with the lock held, F1 calls F2, ... Fn calls the probe."""
    c = Case("chain", oneline)
    lines = [DEFS] + ["void F%d(void);" % i for i in range(1, n + 1)]
    lines.append("void Locked(void) { %s F1(); %s }" % (LOCK, UNLOCK))
    for i in range(1, n):
        lines.append("void F%d(void) { F%d(); }" % (i, i + 1))
    lines.append("void F%d(void) { %s; }" % (n, probe(True)))
    c.add("drv.c", lines)
    return c


# ---- checking -------------------------------------------------------------------------------


TEXT_FINDING = re.compile(r"^(.*):(\d+):(\d+): warning: .*\[" + RULE + r"\]$")


def findings_of(report, fmt):
    """The probe rule's findings of a report as (file name, line, column), or None if it does not
    parse."""
    if fmt == "json":
        try:
            return {(os.path.basename(f["file"]), f["line"], f["column"]) for f in json.loads(report)["findings"]
                    if f["rule"] == RULE}
        except (ValueError, KeyError, TypeError):
            return None
    got = set()
    for line in report.decode(errors="replace").splitlines():
        m = TEXT_FINDING.match(line)
        if m:
            got.add((os.path.basename(m.group(1)), int(m.group(2)), int(m.group(3))))
    return got


def check(ddicheck, case, d, timeout, fmt="text"):
    """Runs ddicheck on the case in d; returns None or a description of the failure."""
    paths, expected = case.write(d)
    cmd = [ddicheck, "--format=" + fmt] + paths
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timed out after %d s: %s" % (timeout, " ".join(cmd))
    secs = time.monotonic() - t0
    if p.returncode not in (0, 1):
        err = p.stderr.decode(errors="replace")[-2000:]
        return "exit status %d (%.1f s): %s\n%s" % (p.returncode, secs, " ".join(cmd), err)
    got = findings_of(p.stdout, fmt)
    if got is None:
        return "the report does not parse: %s" % " ".join(cmd)
    want = {(name, line, col) for name, _, line, col in expected}
    if got != want:
        missing = ["%s:%d:%d" % x for x in sorted(want - got)]
        extra = ["%s:%d:%d" % x for x in sorted(got - want)]
        return "findings differ: missing %s; unexpected %s (%.1f s): %s" % (missing[:10], extra[:10], secs,
                                                                           " ".join(cmd))
    if expected and p.returncode != 1:
        return "findings but exit status 0: %s" % " ".join(cmd)
    return None


def cmd_run(a):
    t_end = time.monotonic() + a.budget
    base = tempfile.mkdtemp(prefix="ddicheck-gen.")
    ran, failures, kinds = 0, [], {}
    try:
        i = 0
        while time.monotonic() < t_end and (a.max_cases == 0 or i < a.max_cases):
            rng = random.Random("%d:%d" % (a.seed, i))
            case = random_case(rng, a.max_size)
            d = os.path.join(base, "case%d" % i)
            os.mkdir(d)
            why = check(a.ddicheck, case, d, 60, a.format)
            ran += 1
            kinds[case.kind.split(":")[0]] = kinds.get(case.kind.split(":")[0], 0) + 1
            if why:
                keep = tempfile.mkdtemp(prefix="ddicheck-gen-fail.")
                shutil.copytree(d, keep, dirs_exist_ok=True)
                failures.append("case %d (%s, seed %d): %s\n  kept in %s" % (i, case.kind, a.seed, why, keep))
                print("FAIL " + failures[-1], flush=True)
            shutil.rmtree(d)
            i += 1
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print("generated cases: %d (%s), failures: %d" % (ran, ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                                                     len(failures)))
    return 1 if failures else 0


def cmd_case(a):
    rng = random.Random(a.seed)
    case = KINDS[a.kind](rng, a.size, a.oneline)
    os.makedirs(a.dir, exist_ok=True)
    paths, expected = case.write(a.dir)
    print(" ".join(paths))
    for name, _, line, col in expected:
        print("%s:%d:%d" % (os.path.join(a.dir, name), line, col))
    return 0


def cmd_corpus(a):
    os.makedirs(a.dir, exist_ok=True)
    for i in range(a.count):
        rng = random.Random("%d:%d" % (a.seed, i))
        case = random_case(rng, a.max_size)
        case.files = dict(list(case.files.items())[:1])
        text = case.files[next(iter(case.files))].replace(HIT, "").replace(MISS, "")
        with open(os.path.join(a.dir, "gen%d.c" % i), "w") as f:
            f.write(text.replace('#include "gen.h"\n', HEADER))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--ddicheck", required=True)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--budget", type=float, default=120)
    r.add_argument("--max-cases", type=int, default=0)
    r.add_argument("--max-size", type=int, default=5000)
    r.add_argument("--format", choices=["text", "json"], default="text")
    c = sub.add_parser("case")
    c.add_argument("kind", choices=sorted(KINDS))
    c.add_argument("size", type=int)
    c.add_argument("dir")
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--oneline", action="store_true")
    k = sub.add_parser("corpus")
    k.add_argument("dir")
    k.add_argument("--seed", type=int, default=1)
    k.add_argument("--count", type=int, default=50)
    k.add_argument("--max-size", type=int, default=200)
    a = ap.parse_args()
    return {"run": cmd_run, "case": cmd_case, "corpus": cmd_corpus}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
