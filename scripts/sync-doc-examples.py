#!/usr/bin/env python3
"""sync-doc-examples.py - rewrites the examples of the rule doc pages from their files.

    scripts/sync-doc-examples.py [--root DIR] [--ddicheck BIN] [--check] [RuleId...]

The files testsuite/docs/<RuleId>_noncompliant.c and <RuleId>_compliant.c are the source: the
page rules/docs/<RuleId>.md gets each file without its `// expected-...` comments as the first
```c block under "## Non-compliant example" / "## Compliant example" and, with --ddicheck, what
`ddicheck <RuleId>_noncompliant.c` prints (run in testsuite/docs/) as the ``` block after the
"prints:" line (see scripts/ruletree.py). Only those blocks change; the text around them stays.
Without ids, every rule. --check changes nothing and lists the pages that differ.
Exit status: 0 done (or, with --check, all in sync), 1 --check found a difference, 2 an error
(unknown rule, missing file, a page without the example sections, ddicheck failing).
"""
import argparse
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ruletree as rt  # noqa: E402


def sync(root, rid, ddicheck=None, check=False):
    """Brings the page of rid in line with its example files.

    Returns True when the page was (or, with check, would be) changed. Raises OSError,
    ValueError (a page without the example blocks) or RuntimeError (ddicheck failed).
    """
    page = rt.page_path(root, rid)
    md = rt.read(page)
    new = rt.replace_blocks(md, rt.expected_blocks(root, rid, ddicheck))
    if new == md:
        return False
    if not check:
        rt.write(page, new)
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(description="Rewrite the rule doc pages' examples from testsuite/docs/.")
    ap.add_argument("--root", default=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")))
    ap.add_argument("--ddicheck", help="also rewrite the output block with what this ddicheck prints")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 when a page differs")
    ap.add_argument("ids", nargs="*")
    a = ap.parse_args(argv)
    ddicheck = os.path.abspath(a.ddicheck) if a.ddicheck else None
    try:
        known = rt.rule_ids(a.root)
        ids = a.ids or known
        for rid in ids:
            if rid not in known:
                print("sync-doc-examples: error: unknown rule '%s' (no rules/defs/%s.json)" % (rid, rid),
                      file=sys.stderr)
                return 2
        changed = 0
        for rid in ids:
            if sync(a.root, rid, ddicheck, a.check):
                changed += 1
                print("%s: %s" % (os.path.relpath(rt.page_path(a.root, rid), a.root),
                                  "differs from its examples" if a.check else "updated"))
    except (OSError, ValueError, RuntimeError) as e:
        print("sync-doc-examples: error: %s" % e, file=sys.stderr)
        return 2
    return 1 if a.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
