#!/usr/bin/env python3
"""doc_irql.py - every IRQL annotation of ddicheck's headers against the DDI's documentation page.

The IRQL a DDI may be called at is stated in the `req.irql:` line of its page in the public DDI
reference (the MicrosoftDocs/windows-driver-docs-ddi repository, pages
wdk-ddi-src/content/<header>/nf-<header>-<name>.md). This reads every function declaration of
runtime-model/include/*.h that carries `_IRQL_requires_(L)`, `_IRQL_requires_max_(L)` or
`_IRQL_requires_min_(L)`, finds the page of the same name, and compares the range the annotation
states with the range the page states:

  PASSIVE_LEVEL, "<= APC_LEVEL", "< DISPATCH_LEVEL", "<= DISPATCH_LEVEL", DISPATCH_LEVEL,
  ">= DISPATCH_LEVEL", "<= DIRQL", "Any level" (HIGH_LEVEL), each with or without "IRQL" and a
  trailing "(see Remarks section)".

A page whose requirement is only "See Remarks" (or absent) is counted, not compared. A difference
fails the check unless the DDI is listed in doc-irql-exceptions.tsv with the reason ddicheck states
it otherwise (a requirement that depends on an argument, where the header keeps the looser reading
so that no call is reported that the page allows). Usage:

  doc_irql.py [--docs DIR] [--include DIR] [--check]

--docs defaults to $DDICHECK_DDI_DOCS: a clone of the repository (a work tree, or a bare/mirror
git directory, read with `git show HEAD:...`). Unset or absent: prints "skipped" and exits 77.
"""

import argparse
import glob
import os
import re
import subprocess
import sys

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"PASSIVE_LEVEL": 0, "APC_LEVEL": 1, "DISPATCH_LEVEL": 2, "DIRQL": 3, "HIGH_LEVEL": 4}
NAMES = {v: k for k, v in LEVELS.items()}
DECL = re.compile(r"((?:_IRQL_\w+\([^)]*\)\s*)+)([^;{}#]*?)\b([A-Za-z_][A-Za-z0-9_]*)\s*\(")


class Docs:
    """The pages of a clone: {lower-case DDI name: [page path]} and their text."""

    def __init__(self, root):
        self.root = root
        self.git = not os.path.isdir(os.path.join(root, "wdk-ddi-src"))
        if self.git:
            out = subprocess.run(["git", "-C", root, "ls-tree", "-r", "--name-only", "HEAD", "wdk-ddi-src/content"],
                                 stdout=subprocess.PIPE, check=True, text=True).stdout.split()
        else:
            out = [os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "wdk-ddi-src/content/*/*.md"))]
        self.pages = {}
        for p in out:
            m = re.match(r"nf-[a-z0-9_]+-(.+)\.md$", os.path.basename(p))
            if m:
                self.pages.setdefault(m.group(1).lower(), []).append(p)

    def text(self, path):
        if self.git:
            return subprocess.run(["git", "-C", self.root, "show", "HEAD:" + path], stdout=subprocess.PIPE,
                                  check=True, text=True).stdout
        with open(os.path.join(self.root, path), encoding="utf-8", errors="replace") as f:
            return f.read()


def annotated(include):
    """{name: (range, annotation text, header)} of the annotated function declarations."""
    out = {}
    for h in sorted(glob.glob(os.path.join(include, "*.h"))):
        with open(h, encoding="utf-8") as f:
            text = f.read()
        for m in DECL.finditer(text):
            ann, name = " ".join(m.group(1).split()), m.group(3)
            if "\n\n" in m.group(2):
                continue
            lo, hi = 0, 4
            r = re.search(r"_IRQL_requires_\((\w+)\)", ann)
            if r:
                lo = hi = LEVELS.get(r.group(1), -1)
            r = re.search(r"_IRQL_requires_max_\((\w+)\)", ann)
            if r:
                hi = LEVELS.get(r.group(1), -1)
            r = re.search(r"_IRQL_requires_min_\((\w+)\)", ann)
            if r:
                lo = LEVELS.get(r.group(1), -1)
            if re.search(r"_IRQL_requires_(max_|min_)?\(", ann):
                out.setdefault(name, ((lo, hi), ann, os.path.basename(h)))
    return out


def page_range(req):
    """The range a page's req.irql text states, or None when it states none plainly."""
    s = re.sub(r"\((see|for) [^)]*\)\.?", "", req, flags=re.I).strip().rstrip(".").strip()
    if re.match(r"any (level|irql)$", s, re.I):
        return (0, 4)
    s = re.sub(r"^IRQL\s*", "", s.replace("&lt;", "<").replace("&gt;", ">"), flags=re.I).replace(" ", "").upper()
    forms = {"PASSIVE_LEVEL": (0, 0), "=PASSIVE_LEVEL": (0, 0), "<=PASSIVE_LEVEL": (0, 0),
             "APC_LEVEL": (1, 1), "<=APC_LEVEL": (0, 1), "<DISPATCH_LEVEL": (0, 1),
             "<=DISPATCH_LEVEL": (0, 2), "DISPATCH_LEVEL": (2, 2), "=DISPATCH_LEVEL": (2, 2),
             ">=DISPATCH_LEVEL": (2, 4), "GREATERTHANOREQUALTODISPATCH_LEVEL": (2, 4),
             "<=DIRQL": (0, 3), "DIRQL": (3, 3)}
    return forms.get(s)


def fmt(r):
    return NAMES.get(r[0], "?") + ".." + NAMES.get(r[1], "?")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", default=os.environ.get("DDICHECK_DDI_DOCS", ""))
    ap.add_argument("--include", default=os.path.join(HERE, "..", "..", "runtime-model", "include"))
    ap.add_argument("--exceptions", default=os.path.join(HERE, "doc-irql-exceptions.tsv"))
    ap.add_argument("--check", action="store_true")
    opt = ap.parse_args()
    if not opt.docs or not os.path.isdir(opt.docs):
        print("skipped: DDICHECK_DDI_DOCS is unset or not a directory")
        return SKIP
    exceptions = {}
    with open(opt.exceptions, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip() and not line.startswith("#"):
                cols = line.rstrip("\n").split("\t")
                if len(cols) != 2 or not cols[1]:
                    print("%s:%d: error: expected NAME<TAB>REASON" % (opt.exceptions, n))
                    return 2
                exceptions[cols[0]] = cols[1]
    docs = Docs(opt.docs)
    counts = {"agree": 0, "no page": 0, "not stated plainly": 0, "differ": 0, "listed exception": 0}
    bad = []
    for name, (ours, ann, header) in sorted(annotated(opt.include).items()):
        paths = docs.pages.get(name.lower())
        if not paths:
            counts["no page"] += 1
            continue
        reqs = []
        for p in paths:
            m = re.search(r"^req\.irql:[ \t]*(.*)$", docs.text(p), re.M)
            reqs.append((p, m.group(1).strip() if m else ""))
        ranges = {page_range(r) for _, r in reqs}
        if None in ranges or len(ranges) != 1:
            counts["not stated plainly"] += 1
            continue
        theirs = ranges.pop()
        if theirs == ours:
            counts["agree"] += 1
        elif name in exceptions:
            counts["listed exception"] += 1
        else:
            counts["differ"] += 1
            bad.append("%s (%s): %s states %s, %s states %s (%r)" % (
                name, header, ann, fmt(ours), reqs[0][0], fmt(theirs), reqs[0][1]))
    for line in bad:
        print("differ: " + line)
    print("; ".join("%s %d" % kv for kv in counts.items()))
    return 1 if (opt.check and bad) else 0


if __name__ == "__main__":
    sys.exit(main())
