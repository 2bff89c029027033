#!/bin/sh
# ci_formats.sh DDICHECK ROOT [NPMDIR] — the reports for CI without SARIF upload, each read back the
# way its consumer reads it and compared with the JSON report of the same run: GitHub workflow
# commands (unescaped as the runner does), the documented problem matcher
# (docs/ddicheck-problem-matcher.json) applied to the text report, GitLab Code Quality JSON against
# the shape GitLab documents (with NPMDIR: also against testsuite/cli/gitlab-codequality.schema.json
# with ajv) and checkstyle XML parsed with xml.etree — on a file whose name holds ',', ':', '%',
# a control character and a byte that is not UTF-8. Every input is generated here.
set -u
DDICHECK=$1
ROOT=$2
NPMDIR=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

mkdir -p src/sub
isr() { # FILE NAME CALLS...
    f=$1 name=$2
    shift 2
    {
        printf '#include <ndis.h>\ntypedef struct _A { NDIS_HANDLE Vc; } A;\nMINIPORT_ISR %s;\n' "$name"
        printf 'BOOLEAN %s(NDIS_HANDLE Ctx, PBOOLEAN Q, PULONG T)\n{\n    A *a = (A *)Ctx;\n' "$name"
        printf '    UNREFERENCED_PARAMETER(Q);\n    UNREFERENCED_PARAMETER(T);\n'
        for c in "$@"; do printf '    %s(a->Vc);\n' "$c"; done
        printf '    return TRUE;\n}\n'
    } > "$f"
}
isr src/plain.c IsrA NdisMCmDeactivateVc NdisMCmDeleteVc
odd=$(printf 'src/sub/p%%25,x:y\001\377.c')
isr "$odd" IsrB NdisMCmDeleteVc
printf 'int broken = ;\n' > src/broken.c

"$DDICHECK" --format=json -o all.json src/plain.c "$odd" 2>/dev/null
for f in github gitlab checkstyle text; do
    "$DDICHECK" -q --format=$f -o "all.$f" src/plain.c "$odd"
    rc=$?
    [ "$rc" -eq 1 ] || bad "--format=$f: exit $rc, expected 1"
done

# (the JSON report writes file names as they are, bytes that are not UTF-8 included: it is read back
# with surrogateescape; the CI formats must write valid UTF-8, U+FFFD for such a byte)

# ---- GitHub: every finding one ::warning with its file, line, column, rule and message ----
python3 - all.json all.github <<'EOF' && ok "github: workflow commands, escaped and unescaped" || bad "github: $(cat all.github)"
import json, re, sys
rep = json.load(open(sys.argv[1], encoding="utf-8", errors="surrogateescape"))
def unescape_data(s):
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
def unescape_prop(s):
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
cmds = []
for line in open(sys.argv[2], encoding="utf-8"):
    m = re.match(r"^::(warning|error|notice) ([^:]*)::(.*)$", line.rstrip("\n"))
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    cmds.append((m.group(1), {k: unescape_prop(v) for k, v in props.items()}, unescape_data(m.group(3))))
assert len(cmds) == len(rep["findings"]), (len(cmds), len(rep["findings"]))
for (kind, props, data), f in zip(cmds, rep["findings"]):
    want_file = f["file"].encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    assert kind == "warning" and props["title"] == f["rule"], props
    assert props["file"] == want_file, (props["file"], want_file)
    assert int(props["line"]) == f["line"] and int(props["col"]) == f["column"], props
    lines = data.split("\n")
    assert lines[0] == "%s [%s]" % (f["message"], f["rule"]), lines[0]
    assert len(lines) == 1 + len(f["notes"]), lines
    for l, n in zip(lines[1:], f["notes"]):
        assert l.endswith(":%d: note: %s" % (n["line"], n["message"])), (l, n)
EOF
"$DDICHECK" -q --format=github src/broken.c > err.github
grep -q '^::error file=src/broken.c,line=1,col=14,title=ddicheck::expected expression$' err.github &&
    ok "github: an input error is an ::error" || bad "github error: $(cat err.github)"
mkdir -p elsewhere
(cd elsewhere && "$DDICHECK" -q --format=github --srcroot=.. ../src/plain.c > ../root.github)
grep -q '^::warning file=src/plain.c,' root.github && ok "github: paths relative to --srcroot" || bad "srcroot: $(cat root.github)"

# ---- the problem matcher on the text report (colours are off in a pipe, as in a workflow log) ----
python3 - "$ROOT/docs/ddicheck-problem-matcher.json" all.text all.json <<'EOF' && ok "problem matcher: the findings, not the notes or source lines" || bad "problem matcher"
import json, re, sys
pm = json.load(open(sys.argv[1]))["problemMatcher"]
assert len(pm) == 1 and pm[0]["owner"] == "ddicheck" and len(pm[0]["pattern"]) == 1
p = pm[0]["pattern"][0]
rx = re.compile(p["regexp"])
rep = json.load(open(sys.argv[3], encoding="utf-8", errors="surrogateescape"))
hits = []
for line in open(sys.argv[2], encoding="utf-8", errors="surrogateescape"):
    m = rx.match(line.rstrip("\n"))
    if m:
        hits.append({k: m.group(p[k]) for k in ("file", "line", "column", "severity", "message", "code")})
assert len(hits) == len(rep["findings"]), (len(hits), len(rep["findings"]))
for h, f in zip(hits, rep["findings"]):
    assert h["code"] == f["rule"] and h["severity"] == f["severity"] and h["message"] == f["message"], (h, f)
    assert int(h["line"]) == f["line"] and int(h["column"]) == f["column"], (h, f)
EOF

# ---- GitLab Code Quality: the documented shape ----
python3 - all.json all.gitlab <<'EOF' && ok "gitlab: Code Quality issues as documented, one per finding" || bad "gitlab: $(head -c 600 all.gitlab)"
import json, sys
rep = json.load(open(sys.argv[1], encoding="utf-8", errors="surrogateescape"))
cq = json.load(open(sys.argv[2], encoding="utf-8"))
assert isinstance(cq, list) and len(cq) == len(rep["findings"]), len(cq)
fps = set()
for i, f in zip(cq, rep["findings"]):
    for k in ("description", "check_name", "fingerprint", "severity"):
        assert isinstance(i[k], str) and i[k], (k, i)
    assert i["severity"] in ("info", "minor", "major", "critical", "blocker"), i
    assert i["severity"] == {"error": "critical", "warning": "major", "note": "info"}[f["severity"]], i
    assert i["check_name"] == f["rule"] and i["description"] == f["message"], i
    assert i["fingerprint"] == f["fingerprint"] and i["fingerprint"] not in fps, i
    fps.add(i["fingerprint"])
    path = i["location"]["path"]
    assert not path.startswith("/") and path.startswith("src/"), path
    assert i["location"]["lines"]["begin"] == f["line"], i
EOF
if [ -n "$NPMDIR" ]; then
    AJV="$NPMDIR/node_modules/.bin/ajv"
    [ -x "$AJV" ] || { echo "ajv missing: run the report/npm_tools test first"; exit 1; }
    "$DDICHECK" -q --format=gitlab -o err-gitlab.json src/broken.c 2>/dev/null
    cp all.gitlab all-gitlab.json # ajv reads a file by its extension
    if "$AJV" validate --spec=draft2020 --strict=true -s "$ROOT/testsuite/cli/gitlab-codequality.schema.json" \
        -d all-gitlab.json -d err-gitlab.json > ajv.log 2>&1; then
        ok "gitlab: the reports match the documented schema (ajv)"
    else
        cat ajv.log; bad "gitlab schema"
    fi
    printf '[{"description": "x", "check_name": "y", "fingerprint": "z", "severity": "high", "location": {"path": "a.c", "lines": {"begin": 1}}}]\n' > wrong.json
    "$AJV" validate --spec=draft2020 --strict=true -s "$ROOT/testsuite/cli/gitlab-codequality.schema.json" -d wrong.json >/dev/null 2>&1 &&
        bad "the schema accepts a severity GitLab does not have" || ok "gitlab: the schema rejects a wrong severity"
fi

# ---- checkstyle: parses as XML, every finding an <error> of its file ----
python3 - all.json all.checkstyle <<'EOF' && ok "checkstyle: valid XML with every finding, odd file names included" || bad "checkstyle: $(cat all.checkstyle)"
import json, sys
import xml.etree.ElementTree as ET
rep = json.load(open(sys.argv[1], encoding="utf-8", errors="surrogateescape"))
root = ET.parse(sys.argv[2]).getroot()
assert root.tag == "checkstyle" and root.get("version"), root.attrib
errs = []
for f in root:
    assert f.tag == "file" and f.get("name"), f.attrib
    for e in f:
        assert e.tag == "error", e.tag
        assert e.get("severity") in ("error", "warning", "info", "ignore"), e.attrib
        errs.append((f.get("name"), int(e.get("line")), int(e.get("column")), e.get("severity"), e.get("message"), e.get("source")))
assert len(errs) == len(rep["findings"]), (len(errs), len(rep["findings"]))
for (name, line, col, sev, msg, src), f in zip(errs, rep["findings"]):
    want = f["file"].encode("utf-8", "surrogateescape").decode("utf-8", "replace").replace("\x01", "\ufffd")
    assert name == want, (name, want)
    assert (line, col, sev, src) == (f["line"], f["column"], f["severity"], "ddicheck." + f["rule"]), (line, col, sev, src)
    assert msg.split("\n")[0] == f["message"] and len(msg.split("\n")) == 1 + len(f["notes"]), msg
EOF
"$DDICHECK" -q --format=checkstyle src/broken.c > err.checkstyle
python3 - err.checkstyle <<'EOF' && ok "checkstyle: an input error is an <error> of source ddicheck.input-error" || bad "checkstyle error: $(cat err.checkstyle)"
import sys
import xml.etree.ElementTree as ET
e = ET.parse(sys.argv[1]).getroot().find("file/error")
assert e.get("source") == "ddicheck.input-error" and e.get("severity") == "error" and e.get("line") == "1", e.attrib
EOF
exit $fail
