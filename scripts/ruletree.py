"""ruletree.py - where each piece of a rule lives in the source tree, and how the copies are derived.

Shared by scripts/new-rule.py (writes a rule's files), scripts/sync-doc-examples.py (rewrites
the doc pages' examples from their files), testsuite/completeness/check.py (the CTest
rules/completeness) and testsuite/validation/validate.py. Python 3 standard library only.

The rule kinds are the lines of the registry of checks, checker/checks.def (kinds()).

The doc examples have one source: the annotated files testsuite/docs/<RuleId>_compliant.c and
<RuleId>_noncompliant.c. A page rules/docs/<RuleId>.md shows
  - under "## Non-compliant example": the first ```c block = <RuleId>_noncompliant.c without its
    `// expected-...` comments, and the first ``` block after a line ending in "prints:" = what
    `ddicheck --no-caret <RuleId>_noncompliant.c` prints when run in testsuite/docs/ (the source
    lines and carets of the terminal output would repeat the file's `// expected-...` comments);
  - under "## Compliant example": the first ```c block = <RuleId>_compliant.c without its
    `// expected-...` comments.
The headings and the fences are the markers, so `ddicheck --explain` still prints a plain page.
"""
import os
import re
import subprocess

# A rule id in SDV's style: a capitalised word, then one or more _Words (Irql_MCM_Function).
# A rule id: capitalised words joined by "_" (Irql_MCM_Function, SapHandle_InvalidAfterComplete), or one
# capitalised word where Static Driver Verifier names its rule so (NdisMMapIoSpace).
ID_RE = re.compile(r"^[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$")

# The marker new-rule.py leaves in every place a person still has to write; check.py reports it.
PLACEHOLDER = "TODO(new-rule)"

NONCOMPLIANT_HEADING = "Non-compliant example"
COMPLIANT_HEADING = "Compliant example"

# `// expected-...` directives at the end of a line (testsuite/rules/README.md), with the blanks before.
_DIRECTIVE_RE = re.compile(r"[ \t]*//[ \t]*expected-(?:warning|note|error|no-diagnostics)\b[^\n]*")


def path(root, *parts):
    """Returns root/parts... (a plain os.path.join, named for readability)."""
    return os.path.join(root, *parts)


def def_path(root, rid):
    return path(root, "rules", "defs", rid + ".json")


def page_path(root, rid):
    return path(root, "rules", "docs", rid + ".md")


def example_path(root, rid, which):
    """which: "compliant" or "noncompliant"."""
    return path(root, "testsuite", "docs", "%s_%s.c" % (rid, which))


def read(p):
    with open(p, encoding="utf-8") as fh:
        return fh.read()


def write(p, text):
    """Writes text to p through a temporary file renamed into place."""
    tmp = p + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, p)


def strip_directives(src):
    """The code a page shows for an annotated example: src without its `// expected-...` comments."""
    return _DIRECTIVE_RE.sub("", src)


def read_tsv(p):
    """Yields (line number, fields) for each data row of a TSV file (blank and # lines skipped)."""
    with open(p, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#"):
                continue
            yield n, line.split("\t")


# A line of checker/checks.def: CHECK(ENUM, "name", ident).
CHECKS_DEF_ROW = re.compile(r'^CHECK\(\s*(\w+)\s*,\s*"([a-z_]+)"\s*,\s*(\w+)\s*\)', re.M)


def kinds(root):
    """The rule kinds, in the order of the registry of checks (checker/checks.def): the only list
    of them; the rule database, the checker, the schema and the generator follow it."""
    return [m.group(2) for m in CHECKS_DEF_ROW.finditer(read(path(root, "checker", "checks.def")))]


def model_exceptions(root):
    """rules/model-exceptions.tsv, the one list of rules the runtime model cannot express:
    rule id -> (line, reason); {} when the file is absent."""
    p = path(root, "rules", "model-exceptions.tsv")
    if not os.path.isfile(p):
        return {}
    return {f[0]: (n, f[1] if len(f) > 1 else "") for n, f in read_tsv(p)}


class Block:
    """A fenced block of a page: lines[start] is the opening fence, lines[end] the closing one."""

    def __init__(self, lang, start, end, text):
        self.lang, self.start, self.end, self.text = lang, start, end, text


def page_examples(md):
    """Finds the example blocks of a page.

    Returns (blocks, problems): blocks maps "noncompliant", "output" and "compliant" to a Block
    (absent when not found); problems lists what is missing, in words.
    """
    lines = md.split("\n")
    section = None
    blocks, problems = {}, []
    after_prints = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            section = line[3:].strip()
            after_prints = False
        elif line.startswith("```"):
            lang = line[3:].strip()
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            if j == len(lines):
                problems.append("a ``` block opened at line %d is never closed" % (i + 1))
                break
            text = "\n".join(lines[i + 1:j]) + "\n" if j > i + 1 else ""
            b = Block(lang, i, j, text)
            if section == NONCOMPLIANT_HEADING:
                if lang == "c" and "noncompliant" not in blocks:
                    blocks["noncompliant"] = b
                elif lang == "" and after_prints and "output" not in blocks:
                    blocks["output"] = b
            elif section == COMPLIANT_HEADING and lang == "c" and "compliant" not in blocks:
                blocks["compliant"] = b
            i = j
        elif section == NONCOMPLIANT_HEADING and line.rstrip().endswith("prints:"):
            after_prints = True
        i += 1
    for key, what in (("noncompliant", "a ```c block under '## %s'" % NONCOMPLIANT_HEADING),
                      ("output", "a ``` block after the line '`ddicheck ..._noncompliant.c` prints:' under '## %s'"
                       % NONCOMPLIANT_HEADING),
                      ("compliant", "a ```c block under '## %s'" % COMPLIANT_HEADING)):
        if key not in blocks:
            problems.append("no " + what)
    return blocks, problems


def replace_blocks(md, new):
    """Returns md with the example blocks named in new ({"noncompliant": text, ...}) replaced.

    Each text ends with a newline (or is empty). Raises ValueError when the page lacks a block.
    """
    blocks, problems = page_examples(md)
    missing = [k for k in new if k not in blocks]
    if missing:
        raise ValueError("; ".join(problems))
    lines = md.split("\n")
    # replace from the bottom up so that earlier line numbers stay valid
    for key in sorted(new, key=lambda k: blocks[k].start, reverse=True):
        b = blocks[key]
        body = new[key][:-1].split("\n") if new[key] else []
        lines[b.start + 1:b.end] = body
    return "\n".join(lines)


def run_example(ddicheck, root, rid):
    """Runs `ddicheck --no-caret --rules-dir ROOT/rules <rid>_noncompliant.c` in testsuite/docs/.

    Returns (exit status, stdout). The page shows the stdout; exit 2 is a tool or input error.
    """
    p = subprocess.run([ddicheck, "--no-caret", "--rules-dir=" + path(root, "rules"), rid + "_noncompliant.c"],
                       cwd=path(root, "testsuite", "docs"), capture_output=True, text=True)
    return p.returncode, p.stdout + (p.stderr if p.returncode == 2 else "")


def expected_blocks(root, rid, ddicheck=None):
    """What the page's example blocks must hold, derived from the files (and ddicheck's output).

    Returns {"noncompliant": text, "compliant": text[, "output": text]}; "output" only when
    ddicheck (a path) is given. Raises OSError when an example file is missing and RuntimeError
    when ddicheck fails (exit 2).
    """
    out = {}
    for which in ("noncompliant", "compliant"):
        out[which] = strip_directives(read(example_path(root, rid, which)))
    if ddicheck:
        rc, text = run_example(ddicheck, root, rid)
        if rc not in (0, 1):
            raise RuntimeError("ddicheck exit %d on testsuite/docs/%s_noncompliant.c: %s"
                               % (rc, rid, text.strip()))
        out["output"] = text
    return out


def rule_ids(root):
    """The rule ids: the names of rules/defs/*.json, sorted."""
    d = path(root, "rules", "defs")
    return sorted(f[:-5] for f in os.listdir(d) if f.endswith(".json"))


def owner(name, ids):
    """The rule a file name such as `Irql_MCM_Function_dpc_ok.c` belongs to: the longest id that
    prefixes it followed by `_` (or equals its stem), or None."""
    stem = name[:-2] if name.endswith(".c") else name
    best = None
    for rid in ids:
        if (stem == rid or stem.startswith(rid + "_")) and (best is None or len(rid) > len(best)):
            best = rid
    return best


# Table rows that list a rule: the first cell is a link to its page.
DOCS_README_ROW = re.compile(r"^\|\s*\[([A-Za-z0-9_]+)\]\(\1\.md\)\s*\|")
RULES_README_ROW = re.compile(r"^\|\s*\[([A-Za-z0-9_]+)\]\(docs/\1\.md\)\s*\|\s*`?([a-z_]+)`?\s*\|")
RULES_README_KIND_ROW = re.compile(r"^\|\s*`([a-z_]+)`\s*\|")
TESTS_README_ROW = re.compile(r"^\|\s*([A-Za-z0-9_]+)\b[^|]*\|")


def table_rows(md, row_re, heading=None):
    """Yields (line number, match) for each line of md that matches row_re, within the section
    `## heading` when heading is given."""
    section = None
    for n, line in enumerate(md.split("\n"), 1):
        if line.startswith("## "):
            section = line[3:].strip()
        if heading is not None and section != heading:
            continue
        m = row_re.match(line)
        if m:
            yield n, m


def insert_row(md, heading, row_re, row, key=None):
    """Returns md with row added to the table of rows matching row_re in section `## heading`:
    before the first row whose first group sorts after key when key is given (an alphabetical
    table), else after the last row. Returns None when that section has no such row."""
    lines = md.split("\n")
    at = None
    for n, m in table_rows(md, row_re, heading):
        if key is not None and m.group(1) > key:
            at = n - 1
            break
        at = n
    if at is None:
        return None
    lines.insert(at, row)
    return "\n".join(lines)
