#!/usr/bin/env python3
"""Time ddicheck against clang -fsyntax-only on a corpus of drivers with compile databases.

A corpus is a folder of driver folders, each holding a compile_commands.json (the real-driver corpus
of the evaluation, or the one gen_corpus.py writes). For every driver this runs

  clang: one `CLANG -fsyntax-only` process per compile command, with exactly the entry's arguments
         (argv[0] replaced by CLANG, -c and -o FILE removed, -fsyntax-only added), in the entry's
         directory, J processes at a time (as `make -jJ` would run them);
  ddicheck: one `ddicheck -p DRIVER` process with DDICHECK_JOBS=J parse threads (the CI case);

for every J of --jobs, and measures each side's wall time, user+sys CPU time (all processes and
threads, from wait4's rusage) and peak resident set (the largest of any one process). Every
measurement is repeated --reps times, interleaved (rep 1 of every driver, then rep 2, ...), and the
best (lowest) wall and CPU figures are kept, so a burst of load on a shared machine spoils one
repetition and not the table.

Before timing, a census runs each ddicheck once with --format=json (untimed) and records its exit
status, its findings per rule and the clang errors it reports; the clang side's exit statuses and
diagnostics come from the first timed repetition.

Optional parts:
  --rule-cost kinds|rules  ddicheck alone with rule subsets (--disable='*', all rules, each rule kind
                           alone and all but it, and with `rules` each rule alone), 1 parse thread,
                           CPU and wall best of --reps, summed over the drivers
  --callgrind D1,D2        instruction counts (valgrind --tool=callgrind) of both tools on these
                           drivers: noise-free ratios, the same rule subsets, and ddicheck's cost by
                           stage (inclusive counts of the functions named by --stages)

Output: tables on stdout (and --json FILE with every figure); logs under --work.
Exit status: 0 when every run completed (ddicheck exit 0 or 1), 1 when a tool failed on an input
(clang exit status not 0, ddicheck exit status above 1 or a crash; the log is named), 2 on a usage
error or a missing tool.
"""

import argparse
import fnmatch
import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(SCRIPT_DIR))

# ddicheck's stages, by the function that runs each one (inclusive instruction counts under
# callgrind). libclang parses on a thread of its own, so its cost is "the rest".
DEFAULT_STAGES = "rule_load,cx_parse_file,dm_build,irql_run,ps_run"


def die(msg, code=2):
    print("bench_corpus: " + msg, file=sys.stderr)
    sys.exit(code)


# ------------------------------------------------------------------------------------------------
# Inputs


class Entry:
    """One compile command: the clang argv to time and its working directory."""

    def __init__(self, argv, cwd, file):
        self.argv = argv
        self.cwd = cwd
        self.file = file


def clang_argv(args, clang):
    """The entry's arguments as a -fsyntax-only command: argv[0] becomes `clang`, -c, -o FILE and
    -oFILE go, -fsyntax-only is added unless present. Everything else is kept as written."""
    out = [clang]
    i = 1
    while i < len(args):
        a = args[i]
        if a == "-c":
            i += 1
            continue
        if a == "-o":
            i += 2
            continue
        if a.startswith("-o") and len(a) > 2:
            i += 1
            continue
        out.append(a)
        i += 1
    if "-fsyntax-only" not in out:
        out.insert(1, "-fsyntax-only")
    return out


def load_driver(path, clang):
    """The entries of path/compile_commands.json. Raises ValueError naming the file on bad input."""
    db = os.path.join(path, "compile_commands.json")
    try:
        with open(db, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise ValueError("%s: %s" % (db, e))
    if not isinstance(data, list) or not data:
        raise ValueError("%s: not a non-empty JSON array of compile commands" % db)
    entries = []
    for n, e in enumerate(data):
        if not isinstance(e, dict) or "directory" not in e or "file" not in e:
            raise ValueError("%s: entry %d lacks \"directory\" or \"file\"" % (db, n))
        if isinstance(e.get("arguments"), list) and e["arguments"]:
            args = [str(a) for a in e["arguments"]]
        elif isinstance(e.get("command"), str):
            args = shlex.split(e["command"])
        else:
            raise ValueError("%s: entry %d has neither \"arguments\" nor \"command\"" % (db, n))
        entries.append(Entry(clang_argv(args, clang), e["directory"], e["file"]))
    return entries


def find_drivers(corpus, select):
    """Driver folders of `corpus` (sorted by name), or the corpus itself when it is one driver.
    `select`: None (all), a number N (the first N) or comma-separated names/globs."""
    names = sorted(d for d in os.listdir(corpus)
                   if os.path.isfile(os.path.join(corpus, d, "compile_commands.json")))
    if not names and os.path.isfile(os.path.join(corpus, "compile_commands.json")):
        return [(os.path.basename(os.path.normpath(corpus)), corpus)]
    if select:
        if select.isdigit():
            names = names[:int(select)]
        else:
            picked = []
            for pat in select.split(","):
                hits = [n for n in names if fnmatch.fnmatchcase(n, pat) and n not in picked]
                if not hits:
                    die("no driver '%s' in %s" % (pat, corpus))
                picked += hits
            names = picked
    return [(n, os.path.join(corpus, n)) for n in names]


def list_rules(ddicheck):
    """Rule ids from `ddicheck --list-rules` (first column)."""
    r = subprocess.run([ddicheck, "--list-rules"], capture_output=True, text=True)
    if r.returncode != 0:
        die("ddicheck --list-rules failed: " + r.stderr.strip())
    return [line.split()[0] for line in r.stdout.splitlines() if line.strip()]


def rule_kinds(ids, rules_dir):
    """{kind: [ids]}: the "kind" of each rules_dir/defs/ID.json; ids without one are grouped by the
    part of the id before its first underscore."""
    kinds = {}
    for rid in ids:
        kind = None
        try:
            with open(os.path.join(rules_dir, "defs", rid + ".json"), encoding="utf-8") as f:
                kind = json.load(f).get("kind")
        except (OSError, ValueError, AttributeError):
            pass
        if not isinstance(kind, str):
            kind = "prefix " + rid.split("_")[0]
        kinds.setdefault(kind, []).append(rid)
    return dict(sorted(kinds.items()))


# ------------------------------------------------------------------------------------------------
# Running


class Batch:
    """The figures of one measured batch of processes."""

    def __init__(self):
        self.wall = 0.0  # seconds, first start to last exit
        self.cpu = 0.0  # user+sys seconds summed over the processes (and their threads)
        self.rss = 0  # KiB, the largest resident set of any one process
        self.rcs = []  # exit status of each process (negative: killed by that signal)


def run_batch(cmds, jobs, env, log):
    """Runs `cmds` (a list of (argv, cwd)), `jobs` at a time, stdout and stderr appended to the
    file `log`. Returns a Batch. A command that cannot start counts as exit status 127."""
    b = Batch()
    b.rcs = [None] * len(cmds)
    running = {}  # pid -> (index, Popen)
    nxt = 0
    with open(log, "ab") as out:
        t0 = time.perf_counter()
        while nxt < len(cmds) or running:
            while nxt < len(cmds) and len(running) < jobs:
                argv, cwd = cmds[nxt]
                try:
                    p = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=out,
                                         stdin=subprocess.DEVNULL)
                    running[p.pid] = (nxt, p)
                except OSError as e:
                    out.write(("cannot run %s: %s\n" % (argv[0], e)).encode())
                    b.rcs[nxt] = 127
                nxt += 1
            if not running:
                continue
            pid, status, ru = os.wait4(-1, 0)
            if pid not in running:
                continue
            i, p = running.pop(pid)
            p.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
            b.rcs[i] = p.returncode
            b.cpu += ru.ru_utime + ru.ru_stime
            b.rss = max(b.rss, ru.ru_maxrss)
        b.wall = time.perf_counter() - t0
    return b


class Best:
    """Best-of-N figures: lowest wall, lowest CPU, largest peak RSS; exit statuses of every run."""

    def __init__(self):
        self.wall = None
        self.cpu = None
        self.rss = 0
        self.failed = False

    def add(self, b, ok):
        self.wall = b.wall if self.wall is None else min(self.wall, b.wall)
        self.cpu = b.cpu if self.cpu is None else min(self.cpu, b.cpu)
        self.rss = max(self.rss, b.rss)
        if not all(ok(rc) for rc in b.rcs):
            self.failed = True

    def as_dict(self):
        return {"wall_s": self.wall, "cpu_s": self.cpu, "peak_kib": self.rss, "failed": self.failed}


def clang_ok(rc):
    return rc == 0


def ddicheck_ok(rc):
    return rc in (0, 1)


def count_diags(path):
    """(errors, warnings) among the clang diagnostics in the log `path`."""
    errs = warns = 0
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if re.search(r": (fatal )?error: ", line):
                    errs += 1
                elif ": warning: " in line:
                    warns += 1
    except OSError:
        pass
    return errs, warns


def census(ddicheck, name, path, logs, threads):
    """One untimed `ddicheck -p path --format=json` run: exit status, findings per rule, errors."""
    report = os.path.join(logs, name + ".census.json")
    if os.path.exists(report):
        os.remove(report)
    env = dict(os.environ, DDICHECK_JOBS=str(threads))
    argv = [ddicheck, "-p", path, "--format=json", "-o", report]
    r = subprocess.run(argv, env=env, capture_output=True, text=True)
    c = {"exit": r.returncode, "findings": None, "errors": None, "by_rule": {},
         "command": " ".join(shlex.quote(a) for a in argv), "stderr": r.stderr[-2000:]}
    try:
        with open(report, encoding="utf-8") as f:
            rep = json.load(f)
        c["findings"] = len(rep.get("findings", []))
        c["errors"] = len(rep.get("errors", []))
        for fd in rep.get("findings", []):
            c["by_rule"][fd.get("rule", "?")] = c["by_rule"].get(fd.get("rule", "?"), 0) + 1
        c["first_errors"] = [e.get("message", "") if isinstance(e, dict) else str(e)
                             for e in rep.get("errors", [])[:3]]
    except (OSError, ValueError):
        pass
    return c


# ------------------------------------------------------------------------------------------------
# callgrind


def callgrind(argv, cwd, env, out_file, log):
    """Runs argv under callgrind; returns its total instruction count (or None on failure) and the
    program's exit status."""
    vg = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out_file, "--error-exitcode=0"]
    with open(log, "ab") as lf:
        r = subprocess.run(vg + argv, cwd=cwd, env=env, stdout=lf, stderr=lf)
    total = None
    try:
        with open(out_file, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.match(r"(summary|totals):\s+(\d+)", line)
                if m:
                    total = int(m.group(2))
    except OSError:
        pass
    return total, r.returncode


def stage_counts(out_file, stages):
    """{function: inclusive instruction count} for the ddicheck functions in `stages`, from
    callgrind_annotate --inclusive=yes (0 for a function that did not run or is not found)."""
    r = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out_file],
                       capture_output=True, text=True)
    found = {s: 0 for s in stages}
    for line in r.stdout.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+\S*?:(\w+)\s", line)
        if m and m.group(2) in found:
            found[m.group(2)] = max(found[m.group(2)], int(m.group(1).replace(",", "")))
    return found


# ------------------------------------------------------------------------------------------------
# Formatting


def ratio(a, b):
    return "-" if not a or not b else "%.2f" % (a / b)


def fsec(x):
    return "-" if x is None else "%.3f" % x


def fmib(kib):
    return "-" if not kib else "%.0f" % (kib / 1024.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ddicheck", required=True, help="the ddicheck executable")
    ap.add_argument("--corpus", required=True, help="folder of driver folders with compile_commands.json")
    ap.add_argument("--clang", default=os.environ.get("CLANG", "clang-19"))
    ap.add_argument("--reps", type=int, default=3, help="repetitions; the best is kept (default 3)")
    ap.add_argument("--jobs", default="1,2",
                    help="comma-separated parallelism levels: clang -jJ and DDICHECK_JOBS=J (default 1,2)")
    ap.add_argument("--drivers", help="the first N drivers, or comma-separated names / globs")
    ap.add_argument("--work", help="folder for logs and reports (default: a temporary folder)")
    ap.add_argument("--rule-cost", choices=["kinds", "rules"], help="time ddicheck with rule subsets")
    ap.add_argument("--callgrind", help="comma-separated drivers to count instructions on")
    ap.add_argument("--stages", default=DEFAULT_STAGES,
                    help="ddicheck functions whose inclusive counts make the stage breakdown "
                         "(default %s)" % DEFAULT_STAGES)
    ap.add_argument("--rules-dir", default=os.path.join(REPO, "rules"),
                    help="where rules/defs/*.json give each rule's kind (default: the repository's)")
    ap.add_argument("--json", help="also write every figure to this JSON file")
    ap.add_argument("--no-timing", action="store_true",
                    help="only the census (and --callgrind): no timed runs")
    a = ap.parse_args()

    if a.reps < 1:
        die("--reps must be at least 1")
    try:
        jobs = [int(j) for j in a.jobs.split(",")]
        if not jobs or min(jobs) < 1:
            raise ValueError
    except ValueError:
        die("--jobs takes positive integers separated by commas, not '%s'" % a.jobs)
    if not (os.path.isfile(a.ddicheck) and os.access(a.ddicheck, os.X_OK)):
        die("ddicheck not found at %s" % a.ddicheck)
    if not shutil.which(a.clang):
        die("%s not found (set CLANG=...)" % a.clang)
    if not os.path.isdir(a.corpus):
        die("no corpus folder %s" % a.corpus)
    if a.callgrind and not (shutil.which("valgrind") and shutil.which("callgrind_annotate")):
        die("--callgrind needs valgrind and callgrind_annotate")
    ddicheck = os.path.abspath(a.ddicheck)
    clang = shutil.which(a.clang)

    drivers = find_drivers(a.corpus, a.drivers)
    if not drivers:
        die("no driver folder with a compile_commands.json in %s" % a.corpus)
    entries = {}
    for name, path in drivers:
        try:
            entries[name] = load_driver(path, clang)
        except ValueError as e:
            die(str(e))

    work = a.work
    if not work:
        import tempfile
        work = tempfile.mkdtemp(prefix="ddicheck-bench-corpus.")
    logs = os.path.join(work, "logs")
    os.makedirs(logs, exist_ok=True)
    for old in glob.glob(os.path.join(logs, "*")):
        os.remove(old)

    version = subprocess.run([ddicheck, "--version"], capture_output=True, text=True).stdout.strip()
    cversion = subprocess.run([clang, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    load_start = os.getloadavg()
    t_start = time.time()
    results = {"ddicheck": version, "clang": cversion, "corpus": os.path.abspath(a.corpus),
               "reps": a.reps, "jobs": jobs, "cpus": os.cpu_count(), "load_start": load_start,
               "drivers": {}}
    failed = False
    total_tus = sum(len(entries[n]) for n, _ in drivers)

    def progress(msg):
        print("bench_corpus: " + msg, file=sys.stderr, flush=True)

    # --- census ---------------------------------------------------------------------------------
    progress("census: ddicheck -p on %d drivers" % len(drivers))
    for name, path in drivers:
        c = census(ddicheck, name, path, logs, max(jobs))
        results["drivers"][name] = {"tus": len(entries[name]), "census": c, "timing": {}}
        if c["exit"] not in (0, 1) or c["findings"] is None:
            failed = True
            progress("%s: ddicheck exit %d: %s (%s)" % (name, c["exit"], c["command"], c["stderr"].strip()))

    # --- timing ---------------------------------------------------------------------------------
    best = {}  # (name, tool, J) -> Best
    clang_diags = {}
    if not a.no_timing:
        results["load_reps"] = []
        for rep in range(a.reps):
            results["load_reps"].append(os.getloadavg())
            for name, path in drivers:
                progress("rep %d/%d: %s (%d TUs)" % (rep + 1, a.reps, name, len(entries[name])))
                cmds = [(e.argv, e.cwd) for e in entries[name]]
                for j in jobs:
                    clog = os.path.join(logs, "%s.clang-j%d.log" % (name, j))
                    if rep == 0 and os.path.exists(clog):
                        os.remove(clog)
                    b = run_batch(cmds, j, None, clog)
                    best.setdefault((name, "clang", j), Best()).add(b, clang_ok)
                    if rep == 0 and j == jobs[0]:
                        clang_diags[name] = (max(b.rcs, key=abs),) + count_diags(clog)
                    dlog = os.path.join(logs, "%s.ddicheck-j%d.log" % (name, j))
                    env = dict(os.environ, DDICHECK_JOBS=str(j))
                    b = run_batch([([ddicheck, "-p", path], None)], 1, env, dlog)
                    best.setdefault((name, "ddicheck", j), Best()).add(b, ddicheck_ok)
        for name, _ in drivers:
            d = results["drivers"][name]
            for j in jobs:
                cb, db = best[(name, "clang", j)], best[(name, "ddicheck", j)]
                d["timing"]["j%d" % j] = {"clang": cb.as_dict(), "ddicheck": db.as_dict()}
                if cb.failed or db.failed:
                    failed = True
            rc, errs, warns = clang_diags[name]
            d["clang_census"] = {"exit": rc, "errors": errs, "warnings": warns}

    # --- rule cost ------------------------------------------------------------------------------
    configs = []
    if a.rule_cost or a.callgrind:
        ids = list_rules(ddicheck)
        kinds = rule_kinds(ids, a.rules_dir)
        configs = [("none", "no rule (--disable='*')", ["--disable=*"]), ("all", "all rules", [])]
        for k, ks in kinds.items():
            configs.append(("kind:" + k, "kind %s alone (%d)" % (k, len(ks)), ["--enable=" + ",".join(ks)]))
            configs.append(("-kind:" + k, "all but kind %s" % k, ["--disable=" + ",".join(ks)]))
        if a.rule_cost == "rules":
            for rid in ids:
                configs.append(("rule:" + rid, rid + " alone", ["--enable=" + rid]))
        results["rule_kinds"] = kinds

    if a.rule_cost and not a.no_timing:
        rc_best = {}
        for rep in range(a.reps):
            progress("rule cost rep %d/%d (%d configurations x %d drivers)" %
                     (rep + 1, a.reps, len(configs), len(drivers)))
            for name, path in drivers:
                for key, _, opts in configs:
                    log = os.path.join(logs, "%s.rulecost.log" % name)
                    env = dict(os.environ, DDICHECK_JOBS="1")
                    b = run_batch([([ddicheck, "-p", path] + opts, None)], 1, env, log)
                    bb = rc_best.setdefault((key, name), Best())
                    bb.add(b, ddicheck_ok)
                    failed = failed or bb.failed
        results["rule_cost"] = {}
        for key, label, opts in configs:
            results["rule_cost"][key] = {
                "label": label, "options": opts,
                "cpu_s": sum(rc_best[(key, n)].cpu for n, _ in drivers),
                "wall_s": sum(rc_best[(key, n)].wall for n, _ in drivers)}

    # --- callgrind ------------------------------------------------------------------------------
    stages = [s for s in a.stages.split(",") if s]
    if a.callgrind:
        results["callgrind"] = {}
        for name, path in find_drivers(a.corpus, a.callgrind):
            try:
                ents = entries.get(name) or load_driver(path, clang)
            except ValueError as e:
                die(str(e))
            progress("callgrind: %s: %s on %d TUs" % (name, os.path.basename(clang), len(ents)))
            log = os.path.join(logs, "%s.callgrind.log" % name)
            ctot = 0
            for i, e in enumerate(ents):
                n, rc = callgrind(e.argv, e.cwd, None, os.path.join(logs, "%s.clang.%d.cg" % (name, i)), log)
                if n is None or rc != 0:
                    failed = True
                    ctot = None
                    break
                ctot += n
            cg = {"clang_ir": ctot, "ddicheck": {}}
            for key, label, opts in configs:
                progress("callgrind: %s: ddicheck, %s" % (name, label))
                out = os.path.join(logs, "%s.ddicheck.%s.cg" % (name, re.sub(r"[^\w.-]", "_", key)))
                env = dict(os.environ, DDICHECK_JOBS="1")
                n, rc = callgrind([ddicheck, "-p", path] + opts, None, env, out, log)
                if n is None or rc not in (0, 1):
                    failed = True
                cg["ddicheck"][key] = {"label": label, "ir": n, "exit": rc,
                                       "stages": stage_counts(out, stages) if n else {}}
            results["callgrind"][name] = cg

    results["load_end"] = os.getloadavg()
    results["seconds"] = time.time() - t_start

    # --- report ---------------------------------------------------------------------------------
    out = sys.stdout
    nw = max([18] + [len(n) for n, _ in drivers])  # width of the driver column
    la = lambda t: "%.2f %.2f %.2f" % t  # noqa: E731
    print("ddicheck corpus benchmark: %s vs %s" % (version, cversion), file=out)
    print("corpus: %s: %d drivers, %d compile commands" % (os.path.abspath(a.corpus), len(drivers), total_tus),
          file=out)
    print("command: " + " ".join(shlex.quote(x) for x in sys.argv), file=out)
    print("machine: %s CPUs; load average %s at start, %s at end; %.0f s in all" %
          (os.cpu_count(), la(load_start), la(results["load_end"]), results["seconds"]), file=out)
    if not a.no_timing:
        print("best of %d runs (lowest wall and lowest CPU kept separately; MiB = largest peak RSS of "
              "one process)" % a.reps, file=out)
        print("load average at the start of each repetition: " + "; ".join(la(t) for t in results["load_reps"]),
              file=out)
        for j in jobs:
            print(file=out)
            print("== %d at a time: %s -fsyntax-only, %d process%s at a time; ddicheck -p DRIVER, "
                  "DDICHECK_JOBS=%d ==" % (j, os.path.basename(clang), j, "" if j == 1 else "es", j), file=out)
            hdr = "%-*s %4s %9s %9s %6s %9s %9s %6s %6s %6s %4s %8s" % (
                nw, "driver", "TUs", "clang s", "ddchk s", "wall x", "clang cpu", "ddchk cpu", "cpu x",
                "c MiB", "d MiB", "exit", "findings")
            print(hdr, file=out)
            sums = [0.0, 0.0, 0.0, 0.0]
            peaks = [0, 0]
            worst = 0
            nfind = 0
            for name, _ in drivers:
                d = results["drivers"][name]
                t = d["timing"]["j%d" % j]
                c, dd = t["clang"], t["ddicheck"]
                cen = d["census"]
                cw = "FAILED" if c["failed"] else fsec(c["wall_s"])
                dw = "FAILED" if dd["failed"] else fsec(dd["wall_s"])
                print("%-*s %4d %9s %9s %6s %9s %9s %6s %6s %6s %4d %8s" % (
                    nw, name, d["tus"], cw, dw, ratio(dd["wall_s"], c["wall_s"]), fsec(c["cpu_s"]),
                    fsec(dd["cpu_s"]), ratio(dd["cpu_s"], c["cpu_s"]), fmib(c["peak_kib"]),
                    fmib(dd["peak_kib"]), cen["exit"], "-" if cen["findings"] is None else cen["findings"]),
                    file=out)
                sums = [sums[0] + c["wall_s"], sums[1] + dd["wall_s"], sums[2] + c["cpu_s"], sums[3] + dd["cpu_s"]]
                peaks = [max(peaks[0], c["peak_kib"]), max(peaks[1], dd["peak_kib"])]
                worst = max(worst, cen["exit"])
                nfind += cen["findings"] or 0
            print("%-*s %4d %9s %9s %6s %9s %9s %6s %6s %6s %4d %8d" % (
                nw, "TOTAL", total_tus, fsec(sums[0]), fsec(sums[1]), ratio(sums[1], sums[0]), fsec(sums[2]),
                fsec(sums[3]), ratio(sums[3], sums[2]), fmib(peaks[0]), fmib(peaks[1]), worst, nfind), file=out)
            results["total_j%d" % j] = {"clang_wall_s": sums[0], "ddicheck_wall_s": sums[1],
                                        "clang_cpu_s": sums[2], "ddicheck_cpu_s": sums[3],
                                        "wall_ratio": sums[1] / sums[0] if sums[0] else None,
                                        "cpu_ratio": sums[3] / sums[2] if sums[2] else None}
        if len(jobs) > 1:
            lo, hi = min(jobs), max(jobs)
            tl, th = results["total_j%d" % lo], results["total_j%d" % hi]
            print(file=out)
            print("cross: ddicheck with %d threads / clang %d at a time: wall %s" %
                  (hi, lo, ratio(th["ddicheck_wall_s"], tl["clang_wall_s"])), file=out)
        print(file=out)
        print("wall x = ddicheck wall / clang wall (lower is better); cpu = user+sys seconds of all "
              "processes and threads; exit and findings from the census below", file=out)

    print(file=out)
    print("== census: ddicheck -p DRIVER --format=json, all rules, once (untimed) ==", file=out)
    print("%-*s %4s %4s %8s %6s %6s %7s %7s  %s" % (nw, "driver", "TUs", "exit", "findings", "errors",
                                                   "c exit", "c errs", "c warns", "findings by rule"), file=out)
    for name, _ in drivers:
        d = results["drivers"][name]
        cen = d["census"]
        cc = d.get("clang_census", {})
        by = ", ".join("%s %d" % kv for kv in sorted(cen["by_rule"].items())) or "-"
        print("%-*s %4d %4d %8s %6s %6s %7s %7s  %s" % (
            nw, name, d["tus"], cen["exit"], "-" if cen["findings"] is None else cen["findings"],
            "-" if cen["errors"] is None else cen["errors"], cc.get("exit", "-"), cc.get("errors", "-"),
            cc.get("warnings", "-"), by), file=out)
    print("(errors: the clang errors ddicheck's report lists; c exit / c errs / c warns: the clang side's "
          "worst exit status and diagnostics, first timed run)", file=out)

    if a.rule_cost and not a.no_timing:
        rc = results["rule_cost"]
        none, allr = rc["none"]["cpu_s"], rc["all"]["cpu_s"]
        print(file=out)
        print("== rule cost: ddicheck -p DRIVER with rule subsets, DDICHECK_JOBS=1, best of %d, summed over "
              "%d drivers ==" % (a.reps, len(drivers)), file=out)
        print("%-44s %9s %9s %10s %8s" % ("configuration", "wall s", "cpu s", "cpu-none ms", "% none"), file=out)
        for key, label, _ in configs:
            r = rc[key]
            print("%-44s %9.3f %9.3f %10.0f %8.1f" % (label[:44], r["wall_s"], r["cpu_s"],
                                                      (r["cpu_s"] - none) * 1000, 100 * (r["cpu_s"] - none) / none),
                  file=out)
        print("('none' still parses, builds the IR and the driver model and runs what the engines do without "
              "a rule; all rules cost %.0f ms = %.1f%% over it. Differences of a few %% are noise: see "
              "--callgrind.)" % ((allr - none) * 1000, 100 * (allr - none) / none), file=out)

    if a.callgrind:
        for name, cg in results["callgrind"].items():
            print(file=out)
            print("== callgrind: %s: instructions (Ir), DDICHECK_JOBS=1 ==" % name, file=out)
            nn = cg["ddicheck"].get("none", {}).get("ir")
            al = cg["ddicheck"].get("all", {}).get("ir")
            print("%s -fsyntax-only, one process per entry: %s Ir" %
                  (os.path.basename(clang), "{:,}".format(cg["clang_ir"]) if cg["clang_ir"] else "FAILED"),
                  file=out)
            print("%-44s %15s %7s %12s %8s  %s" % ("ddicheck configuration", "Ir", "/clang", "Ir - none",
                                                   "% none", "by stage (inclusive Ir, M)"), file=out)
            for key, label, _ in configs:
                r = cg["ddicheck"][key]
                st = " ".join("%s=%.1f" % (s, r["stages"].get(s, 0) / 1e6) for s in stages) if r["stages"] else ""
                print("%-44s %15s %7s %12s %8s  %s" % (
                    label[:44], "{:,}".format(r["ir"]) if r["ir"] else "FAILED", ratio(r["ir"], cg["clang_ir"]),
                    "{:,}".format(r["ir"] - nn) if r["ir"] and nn else "-",
                    "%.2f" % (100.0 * (r["ir"] - nn) / nn) if r["ir"] and nn else "-", st), file=out)
            if al and cg["ddicheck"]["all"]["stages"]:
                s = cg["ddicheck"]["all"]["stages"]
                rest = al - sum(s.values())
                print("all rules by stage: " + ", ".join(
                    "%s %.2f%%" % (k, 100.0 * v / al) for k, v in s.items()) +
                    ", the rest (libclang parsing, start-up, report) %.2f%%" % (100.0 * rest / al), file=out)

    print(file=out)
    print("logs: %s" % logs, file=out)
    if a.json:
        with open(a.json + ".tmp", "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1, sort_keys=True)
        os.replace(a.json + ".tmp", a.json)
    if failed:
        print("bench_corpus: some runs failed (FAILED above or an exit status above 1); see %s" % logs,
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
