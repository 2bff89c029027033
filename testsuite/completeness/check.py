#!/usr/bin/env python3
"""check.py - rules/completeness: every rule has all its pieces, and the copies match their sources.

For every rules/defs/<RuleId>.json it checks, and says where to add what is missing:
  definition     the JSON parses, "id" is the file name, the loader's string fields are present
  doc-page       rules/docs/<RuleId>.md exists and the definition's "doc" names it
  docs-readme    a row `| [RuleId](RuleId.md) | ...` in rules/docs/README.md
  rules-readme   a row `| [RuleId](docs/RuleId.md) | `kind` |` in rules/README.md, with the
                 definition's kind, and that kind in its "Rule kinds" table
  tests-readme   a row `| RuleId | ... |` in the "Cases" table of testsuite/rules/README.md
  doc-example    testsuite/docs/<RuleId>_noncompliant.c (an expected-warning naming the rule) and
                 <RuleId>_compliant.c (expected-no-diagnostics), both shown on the page
  doc-drift      the page's example blocks are the files without their `// expected-...`
                 comments, and its output block is what ddicheck prints (with --ddicheck);
                 scripts/sync-doc-examples.py rewrites them
  positive-test  testsuite/rules/<RuleId>_<case>.c with an expected-warning naming the rule
  silent-test    testsuite/rules/<RuleId>_<case>_ok.c (or <RuleId>_ok.c) with
                 expected-no-diagnostics; a file is the rule's whose id is the longest prefix
                 of its name followed by "_"; _ok files are silent and the others are not
  ctest          (with --build) the examples and tests are registered in CTest
  sample-fault   a row of samples/samples.tsv whose expected rules name the rule, and a
                 `<prefix>-warning {{... [RuleId]}}` directive in that row's files
  model-case     a row of testsuite/model/cases.tsv expecting a `RuleId@file:line` violation,
                 or a line `RuleId<TAB>reason` in rules/model-exceptions.tsv
  ddi-facts      an irql rule has rows in its applies_to table (rules/facts/ddi-irql.tsv)
  placeholder    no `TODO(new-rule)` left by scripts/new-rule.py in the rule's files
and across rules:
  orphan           a page, example, test, listing or exception of an id with no definition
  model-exception  an exception without a reason, or for a rule that has a model case
  callsite-header  runtime-model/include/ndis_model_callsite.h is what
                   runtime-model/src/gen_callsite.py writes (regenerated in a temporary copy)
  kinds            the kinds of the registry of checks (checker/checks.def) are the kinds of
                   rules/schema (its "kind" enum and one branch each) and of the "Rule kinds"
                   table of rules/README.md
The fuzzers' source list (testsuite/fuzz) is not checked here yet.

Output: one line per problem, `FILE[:LINE]: RuleId: what is missing; what to do [key]`, then a
count. Exit status: 0 complete, 1 problems, 2 a tool error (bad arguments, unreadable tree).
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import ruletree as rt  # noqa: E402

# the string fields checker/rules.c requires of every definition
REQUIRED = ("id", "kind", "summary", "severity", "source", "doc")
CALLSITE_HEADERS = ("ndis.h", "ndis_nbl.h", "ndis_util.h", "ndis_config.h", "ndis_hw.h", "ndis_filter.h", "ndis_condis.h", "ndis_legacy.h")


class Problem:
    def __init__(self, where, rule, key, message):
        self.where, self.rule, self.key, self.message = where, rule, key, message

    def __str__(self):
        return "%s: %s%s [%s]" % (self.where, self.rule + ": " if self.rule else "", self.message, self.key)


class Checker:
    """Collects the problems of the tree at root (see the module docstring)."""

    def __init__(self, root, ddicheck=None, ctest_names=None):
        self.root = root
        self.ddicheck = ddicheck
        self.ctest_names = ctest_names  # set of CTest test names, or None
        self.problems = []
        self.ids = rt.rule_ids(root)
        self.defs = {}

    def rel(self, *parts):
        return os.path.relpath(rt.path(self.root, *parts), self.root)

    def add(self, where, rule, key, message):
        self.problems.append(Problem(where, rule, key, message))

    def read(self, *parts):
        """The text of root/parts, or None when the file does not exist."""
        p = rt.path(self.root, *parts)
        return rt.read(p) if os.path.isfile(p) else None

    # ---- per rule ----------------------------------------------------------------------------

    def definition(self, rid):
        where = self.rel("rules", "defs", rid + ".json")
        text = self.read("rules", "defs", rid + ".json")
        try:
            d = json.loads(text)
        except ValueError as e:
            self.add("%s:%d" % (where, getattr(e, "lineno", 1)), rid, "definition", "does not parse: %s" % e)
            return None
        if not isinstance(d, dict):
            self.add(where, rid, "definition", "is not a JSON object")
            return None
        for k in REQUIRED:
            if not isinstance(d.get(k), str):
                self.add(where, rid, "definition", "has no string \"%s\"" % k)
        if isinstance(d.get("id"), str) and d["id"] != rid:
            self.add(where, rid, "definition", "says \"id\": \"%s\"; the id is the file name: rename the file or fix "
                     "the id" % d["id"])
        self.defs[rid] = d
        return d

    def doc_page(self, rid, d):
        where = self.rel("rules", "docs", rid + ".md")
        if d is not None and isinstance(d.get("doc"), str) and d["doc"] != "docs/%s.md" % rid:
            self.add(self.rel("rules", "defs", rid + ".json"), rid, "doc-page",
                     "\"doc\" is \"%s\"; it must be \"docs/%s.md\"" % (d["doc"], rid))
        md = self.read("rules", "docs", rid + ".md")
        if md is None:
            self.add(where, rid, "doc-page", "no documentation page; write it (the sections of the other pages: what "
                     "it checks, why it matters, non-compliant and compliant example, how to fix, SDV, references)")
        return md

    def examples(self, rid, md):
        files = {}
        for which, directive in (("noncompliant", "an `// expected-warning {{... [%s]}}`" % rid),
                                 ("compliant", "`// expected-no-diagnostics`")):
            where = self.rel("testsuite", "docs", "%s_%s.c" % (rid, which))
            src = self.read("testsuite", "docs", "%s_%s.c" % (rid, which))
            files[which] = src
            if src is None:
                self.add(where, rid, "doc-example", "no %s example; write it with %s (testsuite/docs/README.md)"
                         % (which.replace("non", "non-"), directive))
                continue
            ok = has_warning(src, "expected", rid) if which == "noncompliant" else has_no_diagnostics(src)
            if not ok:
                self.add(where, rid, "doc-example", "the %s example has no %s" % (which, directive))
            self.registered(where, rid, "docs/%s_%s" % (rid, which))
        if md is None:
            return
        page = self.rel("rules", "docs", rid + ".md")
        blocks, problems = rt.page_examples(md)
        for p in problems:
            self.add(page, rid, "doc-example", "the page has %s" % p)
        if files["noncompliant"] is None or files["compliant"] is None:
            return
        want = {"noncompliant": rt.strip_directives(files["noncompliant"]),
                "compliant": rt.strip_directives(files["compliant"])}
        if self.ddicheck:
            rc, out = rt.run_example(self.ddicheck, self.root, rid)
            if rc not in (0, 1):
                self.add(self.rel("testsuite", "docs", rid + "_noncompliant.c"), rid, "doc-example",
                         "ddicheck fails on the example (exit %d): %s" % (rc, first_line(out)))
            else:
                want["output"] = out
        names = {"noncompliant": "non-compliant example", "compliant": "compliant example",
                 "output": "output shown under the non-compliant example"}
        sources = {"noncompliant": "testsuite/docs/%s_noncompliant.c" % rid,
                   "compliant": "testsuite/docs/%s_compliant.c" % rid,
                   "output": "`ddicheck %s_noncompliant.c`" % rid}
        for key, text in want.items():
            b = blocks.get(key)
            if b is None or b.text == text:
                continue
            n, got_line, want_line = first_difference(b.text, text)
            self.add("%s:%d" % (page, b.start + 2 + n), rid, "doc-drift",
                     "the %s differs from %s (page: %s, expected: %s); run scripts/sync-doc-examples.py%s %s"
                     % (names[key], sources[key], show(got_line), show(want_line),
                        " --ddicheck build/bin/ddicheck" if key == "output" else "", rid))

    def listings(self, rid, d):
        readme = self.read("rules", "docs", "README.md") or ""
        if not any(m.group(1) == rid for _, m in rt.table_rows(readme, rt.DOCS_README_ROW)):
            self.add(self.rel("rules", "docs", "README.md"), rid, "docs-readme",
                     "not listed; add a row `| [%s](%s.md) | ... |` to the %s table" %
                     (rid, rid, "IRQL rules" if d and d.get("kind") == "irql" else "lifecycle rules"))
        readme = self.read("rules", "README.md") or ""
        kind = d.get("kind") if d else None
        rows = [m for _, m in rt.table_rows(readme, rt.RULES_README_ROW) if m.group(1) == rid]
        if not rows:
            self.add(self.rel("rules", "README.md"), rid, "rules-readme",
                     "not listed; add a row `| [%s](docs/%s.md) | `%s` |` to the Rules table" % (rid, rid, kind))
        elif kind and rows[0].group(2) != kind:
            self.add(self.rel("rules", "README.md"), rid, "rules-readme",
                     "listed with kind `%s`, but the definition says `%s`" % (rows[0].group(2), kind))
        if kind and not any(m.group(1) == kind for _, m in rt.table_rows(readme, rt.RULES_README_KIND_ROW,
                                                                           "Rule kinds")):
            self.add(self.rel("rules", "README.md"), rid, "rules-readme",
                     "kind `%s` is not in the Rule kinds table; describe it there" % kind)
        readme = self.read("testsuite", "rules", "README.md") or ""
        if not any(m.group(1) == rid for _, m in rt.table_rows(readme, rt.TESTS_README_ROW, "Cases")):
            self.add(self.rel("testsuite", "rules", "README.md"), rid, "tests-readme",
                     "not listed; add a row `| %s | <positive cases> | <silent cases> |` to the Cases table" % rid)

    def tests(self, rid, owned):
        positive = silent = 0
        for name, src in owned:
            where = self.rel("testsuite", "rules", name)
            if name.endswith("_ok.c"):
                if has_no_diagnostics(src):
                    silent += 1
                else:
                    self.add(where, rid, "silent-test", "is named `_ok` but has no `// expected-no-diagnostics`; "
                             "add it, or rename the file without `_ok`")
            elif has_warning(src, "expected", rid):
                positive += 1
            elif has_no_diagnostics(src):
                self.add(where, rid, "silent-test", "expects no diagnostics; name it `%s_<case>_ok.c` "
                         "(git mv)" % rid)
            else:
                self.add(where, rid, "positive-test", "is named for %s but expects no [%s] warning" % (rid, rid))
            self.registered(where, rid, "rules/" + name[:-2])
        if not positive:
            self.add(self.rel("testsuite", "rules") + "/", rid, "positive-test",
                     "no positive test; add `%s_<case>.c` with `// expected-warning {{... [%s]}}` on the reported "
                     "line (testsuite/rules/README.md)" % (rid, rid))
        if not silent:
            self.add(self.rel("testsuite", "rules") + "/", rid, "silent-test",
                     "no silent test; add `%s_<case>_ok.c` with `// expected-no-diagnostics`" % rid)

    def sample(self, rid, rows):
        mine = [(n, f) for n, f in rows if len(f) >= 5 and rid in f[4].split(",")]
        where = self.rel("samples", "samples.tsv")
        if not mine:
            self.add(where, rid, "sample-fault", "no sample configuration expects this rule; add a `-DFAULT_<NAME>` "
                     "switch to a driver in samples/ with `// <name>-warning {{... [%s]}}` directives and a row "
                     "`<driver>.<name><TAB>FILES<TAB>-DFAULT_<NAME><TAB><name><TAB>%s` (samples/README.md)"
                     % (rid, rid))
            return
        for n, f in mine:
            text = ""
            for name in f[1].split():
                text += self.read("samples", name) or ""
            if not has_warning(text, f[3], rid):
                self.add("%s:%d" % (where, n), rid, "sample-fault", "configuration %s expects %s, but none of its "
                         "files has a `// %s-warning {{... [%s]}}` directive" % (f[0], rid, f[3], rid))

    def model(self, rid, cases, exceptions):
        has_case = rid in cases
        if rid in exceptions:
            n, reason = exceptions[rid]
            where = "%s:%d" % (self.rel("rules", "model-exceptions.tsv"), n)
            if not reason.strip():
                self.add(where, rid, "model-exception", "the exception gives no reason")
            if has_case:
                self.add(where, rid, "model-exception", "listed as not expressible by the runtime model, but "
                         "testsuite/model/cases.tsv:%d has a case for it; remove the exception" % cases[rid])
        elif not has_case:
            self.add(self.rel("testsuite", "model", "cases.tsv"), rid, "model-case",
                     "no runtime-model scenario expects this rule; add a row `<runner><TAB><scenario><TAB>--seed 0"
                     "<TAB>%s@<file>:<line>` (runner ndis-model-run-<sample configuration>), or, when the model "
                     "cannot express the rule, a line `%s<TAB><reason>` to rules/model-exceptions.tsv" % (rid, rid))

    def ddi_facts(self, rid, d):
        if not d or d.get("kind") != "irql":
            return
        applies = d.get("applies_to") if isinstance(d.get("applies_to"), dict) else {}
        table = applies.get("table", "ddi-irql.tsv")
        column = applies.get("rule_column", rid)
        p = rt.path(self.root, "rules", "facts", table)
        rows = [f for _, f in rt.read_tsv(p)] if os.path.isfile(p) else []
        if not any(len(f) >= 4 and f[3] == column for f in rows):
            self.add(self.rel("rules", "facts", table), rid, "ddi-facts", "no DDI has this rule in its rule column; "
                     "add a row `DDI<TAB>MIN_IRQL<TAB>MAX_IRQL<TAB>%s` per DDI (from the DDI's reference page)"
                     % column)

    def placeholders(self, rid, owned):
        files = [("rules", "defs", rid + ".json"), ("rules", "docs", rid + ".md"),
                 ("testsuite", "docs", rid + "_compliant.c"), ("testsuite", "docs", rid + "_noncompliant.c")]
        files += [("testsuite", "rules", name) for name, _ in owned]
        for parts in files:
            text = self.read(*parts)
            if text is None:
                continue
            lines = [n for n, line in enumerate(text.split("\n"), 1) if rt.PLACEHOLDER in line]
            if lines:
                self.add("%s:%d" % (self.rel(*parts), lines[0]), rid, "placeholder",
                         "%d %s placeholder%s left by scripts/new-rule.py (line%s %s); write those parts"
                         % (len(lines), rt.PLACEHOLDER, "s" if len(lines) > 1 else "", "s" if len(lines) > 1 else "",
                            ", ".join(map(str, lines))))

    def registered(self, where, rid, test):
        if self.ctest_names is not None and test not in self.ctest_names:
            self.add(where, rid, "ctest", "is not a CTest test (`%s`); re-run cmake -S . -B build" % test)

    # ---- across rules ------------------------------------------------------------------------

    def orphans(self, owned_by, cases, exceptions):
        ids = set(self.ids)
        for f in sorted(os.listdir(rt.path(self.root, "rules", "docs"))):
            if f.endswith(".md") and f != "README.md" and f[:-3] not in ids:
                self.add(self.rel("rules", "docs", f), f[:-3], "orphan", "a page of no rule: add "
                         "rules/defs/%s.json or remove the page" % f[:-3])
        for f in sorted(os.listdir(rt.path(self.root, "testsuite", "docs"))):
            m = re.match(r"^(.*)_(compliant|noncompliant)\.c$", f)
            if f.endswith(".c") and (not m or m.group(1) not in ids):
                self.add(self.rel("testsuite", "docs", f), m.group(1) if m else "", "orphan",
                         "an example of no rule: name it <RuleId>_compliant.c or <RuleId>_noncompliant.c")
        for name in owned_by.get(None, []):
            self.add(self.rel("testsuite", "rules", name), "", "orphan",
                     "a test of no rule: name it <RuleId>_<case>.c")
        for parts, row_re, heading in ((("rules", "docs", "README.md"), rt.DOCS_README_ROW, None),
                                       (("rules", "README.md"), rt.RULES_README_ROW, None),
                                       (("testsuite", "rules", "README.md"), rt.TESTS_README_ROW, "Cases")):
            for n, m in rt.table_rows(self.read(*parts) or "", row_re, heading):
                if m.group(1) not in ids and m.group(1) != "rule":
                    self.add("%s:%d" % (self.rel(*parts), n), m.group(1), "orphan",
                             "listed, but there is no rules/defs/%s.json" % m.group(1))
        for rid, n in sorted(cases.items()):
            # NdisModel_* are the runtime model's own ids (runtime-model/README.md), never in rules/defs: a
            # case may expect one next to a rule's violation (the fault's consequence the model also sees)
            if rid not in ids and not rid.startswith("NdisModel_"):
                self.add("%s:%d" % (self.rel("testsuite", "model", "cases.tsv"), n), rid, "orphan",
                         "a model case expects a rule with no definition")
        for rid, (n, _) in sorted(exceptions.items()):
            if rid not in ids:
                self.add("%s:%d" % (self.rel("rules", "model-exceptions.tsv"), n), rid, "orphan",
                         "an exception for a rule with no definition")

    def callsite_header(self):
        """Regenerates ndis_model_callsite.h in a temporary copy of the generator and its inputs."""
        gen = rt.path(self.root, "runtime-model", "src", "gen_callsite.py")
        inc = rt.path(self.root, "runtime-model", "include")
        header = rt.path(inc, "ndis_model_callsite.h")
        where = self.rel("runtime-model", "include", "ndis_model_callsite.h")
        with tempfile.TemporaryDirectory(prefix="ddicheck-callsite-") as tmp:
            os.makedirs(os.path.join(tmp, "src"))
            os.makedirs(os.path.join(tmp, "include"))
            shutil.copy(gen, os.path.join(tmp, "src"))
            for h in CALLSITE_HEADERS:
                shutil.copy(os.path.join(inc, h), os.path.join(tmp, "include"))
            p = subprocess.run([sys.executable, os.path.join(tmp, "src", "gen_callsite.py")], capture_output=True,
                               text=True)
            fresh = os.path.join(tmp, "include", "ndis_model_callsite.h")
            if p.returncode != 0 or not os.path.isfile(fresh):
                raise RuntimeError("gen_callsite.py failed (exit %d): %s" % (p.returncode, p.stderr.strip()))
            want = rt.read(fresh)
        got = rt.read(header) if os.path.isfile(header) else ""
        if got != want:
            n, g, w = first_difference(got, want)
            self.add("%s:%d" % (where, n + 1), "", "callsite-header",
                     "differs from what runtime-model/src/gen_callsite.py writes (file: %s, generated: %s); run "
                     "python3 runtime-model/src/gen_callsite.py" % (show(g), show(w)))

    def kinds(self):
        """The schema and the rules README describe the kinds of checker/checks.def, no more, no less."""
        want = rt.kinds(self.root)
        where = self.rel("rules", "schema", "rule-definition.schema.json")
        schema = json.loads(rt.read(rt.path(self.root, "rules", "schema", "rule-definition.schema.json")))
        enum = schema.get("properties", {}).get("kind", {}).get("enum", [])
        branches = [b.get("if", {}).get("properties", {}).get("kind", {}).get("const") for b in schema.get("allOf", [])]
        for what, got in (("the \"kind\" enum", enum), ("the if/then branches", [b for b in branches if b])):
            if sorted(got) != sorted(want):
                self.add(where, "", "kinds", "%s lists %s; checker/checks.def lists %s: make them the same"
                         % (what, ", ".join(sorted(got)), ", ".join(sorted(want))))
        readme = rt.read(rt.path(self.root, "rules", "README.md"))
        table = sorted(m.group(1) for _, m in rt.table_rows(readme, rt.RULES_README_KIND_ROW, "Rule kinds"))
        if table != sorted(want):
            self.add(self.rel("rules", "README.md"), "", "kinds", "the Rule kinds table lists %s; checker/checks.def "
                     "lists %s: one row per kind" % (", ".join(table), ", ".join(sorted(want))))

    # ---- all ---------------------------------------------------------------------------------

    def rules_load(self):
        """Whether ddicheck loads the rule files; if not, one problem, and no output is compared."""
        if not self.ddicheck:
            return
        p = subprocess.run([self.ddicheck, "--rules-dir=" + rt.path(self.root, "rules"), "--list-rules"],
                           capture_output=True, text=True)
        if p.returncode != 0:
            self.add(self.rel("rules"), "", "definition", "ddicheck cannot load the rules (exit %d): %s; the pages' "
                     "output blocks are not compared" % (p.returncode, first_line(p.stderr)))
            self.ddicheck = None

    def run(self, only=None):
        """Checks every rule, or only the ids in `only` (then without the checks across rules)."""
        self.rules_load()
        owned_by = {}
        tests_dir = rt.path(self.root, "testsuite", "rules")
        for name in sorted(os.listdir(tests_dir)):
            if name.endswith(".c") and os.path.isfile(os.path.join(tests_dir, name)):
                owned_by.setdefault(rt.owner(name, self.ids), []).append(name)
        rows = list(rt.read_tsv(rt.path(self.root, "samples", "samples.tsv")))
        cases = {}
        for n, f in rt.read_tsv(rt.path(self.root, "testsuite", "model", "cases.tsv")):
            if len(f) >= 4 and f[3] != "-":
                for v in f[3].split(","):
                    cases.setdefault(v.split("@")[0], n)
        exceptions = rt.model_exceptions(self.root)
        for rid in self.ids:
            if only and rid not in only:
                continue
            d = self.definition(rid)
            md = self.doc_page(rid, d)
            self.listings(rid, d)
            self.examples(rid, md)
            owned = [(name, rt.read(os.path.join(tests_dir, name))) for name in owned_by.get(rid, [])]
            self.tests(rid, owned)
            self.sample(rid, rows)
            self.model(rid, cases, exceptions)
            self.ddi_facts(rid, d)
            self.placeholders(rid, owned)
        if not only:
            self.orphans(owned_by, cases, exceptions)
            self.callsite_header()
            self.kinds()
        return self.problems


def has_warning(text, prefix, rid):
    """Whether text has a `// PREFIX-warning ... {{... [rid]}}` directive."""
    return re.search(r"\b%s-warning\b[^{\n]*\{\{[^}\n]*\[%s\]\}\}" % (re.escape(prefix), re.escape(rid)), text) \
        is not None


def has_no_diagnostics(text):
    return re.search(r"//[ \t]*expected-no-diagnostics\b", text) is not None


def first_difference(got, want):
    """(0-based line index, got's line, want's line) of the first line where got and want differ."""
    g, w = got.split("\n"), want.split("\n")
    for i in range(max(len(g), len(w))):
        a = g[i] if i < len(g) else None
        b = w[i] if i < len(w) else None
        if a != b:
            return i, a, b
    return 0, None, None


def show(line):
    return "(end)" if line is None else "'%s'" % (line if len(line) <= 80 else line[:77] + "...")


def first_line(text):
    return text.strip().split("\n")[0] if text.strip() else "(no output)"


def ctest_list(ctest, build):
    """The names of the tests registered in the build directory (ctest -N)."""
    p = subprocess.run([ctest, "-N"], cwd=build, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("ctest -N failed in %s: %s" % (build, p.stderr.strip()))
    return set(re.findall(r"^\s*Test\s+#\d+: (\S+)", p.stdout, re.M))


def main(argv=None):
    ap = argparse.ArgumentParser(description="rules/completeness: every rule has all its pieces.")
    ap.add_argument("--root", default=os.path.normpath(os.path.join(HERE, "..", "..")),
                    help="the source tree (default: this file's)")
    ap.add_argument("--ddicheck", help="check the pages' output blocks with this ddicheck")
    ap.add_argument("--build", help="check that the examples and tests are registered in this CTest build")
    ap.add_argument("--ctest", default="ctest", help="the ctest program (with --build)")
    ap.add_argument("--rule", action="append", default=[],
                    help="check only this rule (repeatable); the checks across rules are skipped then")
    a = ap.parse_args(argv)
    if a.ddicheck:
        a.ddicheck = os.path.abspath(a.ddicheck)
    if not os.path.isdir(rt.path(a.root, "rules", "defs")):
        print("check.py: error: %s: no rules/defs directory" % a.root, file=sys.stderr)
        return 2
    try:
        names = ctest_list(a.ctest, a.build) if a.build else None
        checker = Checker(a.root, a.ddicheck, names)
        unknown = [r for r in a.rule if r not in checker.ids]
        if unknown:
            print("check.py: error: unknown rule %s (no rules/defs/%s.json)" % (unknown[0], unknown[0]),
                  file=sys.stderr)
            return 2
        problems = checker.run(a.rule)
    except (OSError, RuntimeError) as e:
        print("check.py: error: %s" % e, file=sys.stderr)
        return 2
    for p in problems:
        print(p)
    n = len(a.rule) if a.rule else len(checker.ids)
    print("rules/completeness: %d rule%s, %d problem%s" % (n, "" if n == 1 else "s", len(problems),
                                                           "" if len(problems) == 1 else "s"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
