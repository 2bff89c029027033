#!/usr/bin/env python3
"""pre_commit.py DDICHECK ROOT - the .pre-commit-hooks.yaml hook as pre-commit runs it: the file has
the keys pre-commit requires (id, name, entry, language) with a language that runs an installed
program, C files as its type, and one process for all files (one driver); its entry, split as
pre-commit splits it (shlex) with the hook's args and the staged .c files appended, finds the
finding of a staged driver source (exit 1) and passes on a clean one (exit 0). PyYAML reads the
file when it is installed; otherwise the flat `key: value` layout the file keeps is read here."""
import os
import shlex
import subprocess
import sys
import tempfile

ddicheck, root = sys.argv[1], sys.argv[2]
text = open(os.path.join(root, ".pre-commit-hooks.yaml")).read()
try:
    import yaml
    hooks = yaml.safe_load(text)
except ImportError:
    hooks, cur = [], None
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("- "):
            cur = {}
            hooks.append(cur)
            line = "  " + line[2:]
        k, v = line.strip().split(":", 1)
        v = v.strip()
        cur[k] = [x.strip() for x in v[1:-1].split(",")] if v.startswith("[") else \
            (v == "true" if v in ("true", "false") else v)
fail = 0
hook = [h for h in hooks if h.get("id") == "ddicheck"]
if len(hook) != 1:
    print("FAIL: no hook with id ddicheck"); sys.exit(1)
h = hook[0]
for k in ("id", "name", "entry", "language"):
    if not h.get(k):
        print("FAIL: the hook lacks %r" % k); fail = 1
if h.get("language") != "system" or h.get("types") != ["c"] or h.get("require_serial") is not True:
    print("FAIL: language/types/require_serial: %r" % h); fail = 1
argv0 = shlex.split(h["entry"])
if argv0[0] != "ddicheck":
    print("FAIL: the entry runs %r, not ddicheck" % argv0[0]); fail = 1

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "isr.c")
    open(src, "w").write("#include <ndis.h>\ntypedef struct _A { NDIS_HANDLE Vc; } A;\nMINIPORT_ISR Isr;\n"
                         "BOOLEAN Isr(NDIS_HANDLE C, PBOOLEAN Q, PULONG T)\n{\n    UNREFERENCED_PARAMETER(Q);\n"
                         "    UNREFERENCED_PARAMETER(T);\n    NdisMCmDeleteVc(((A *)C)->Vc);\n    return TRUE;\n}\n")
    clean = os.path.join(d, "clean.c")
    open(clean, "w").write("#include <ndis.h>\nint clean_value(void) { return 0; }\n")
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(ddicheck)) + os.pathsep + os.environ["PATH"])
    args = h.get("args", [])
    for files, want, what in (([src, clean], 1, "finds the finding of a staged source"),
                              ([clean], 0, "passes a clean source")):
        p = subprocess.run(argv0 + args + [os.path.relpath(f, d) for f in files], cwd=d, env=env,
                           capture_output=True, text=True)
        if p.returncode != want or (want == 1 and "isr.c:8:5: warning: 'NdisMCmDeleteVc'" not in p.stdout) \
                or (want == 0 and p.stdout.strip()):
            print("FAIL the hook %s: exit %d\n%s%s" % (what, p.returncode, p.stdout, p.stderr)); fail = 1
        else:
            print("ok   the hook %s" % what)
sys.exit(fail)
