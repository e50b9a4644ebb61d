#!/usr/bin/env python3
"""Start-up of kg builds side by side, step by step: each run with KG_STARTUP_TRACE=1, in interleaved rounds.

  python3 tools/throughput/startup.py --kg A=/tmp/kg-main/kg --kg B=src/KnowledgeGraph.Cli/bin/Release/net10.0/kg \\
      --corpus /tmp/one --rounds 7 extract
  python3 tools/throughput/startup.py --kg A=... --env first=KG_JIT_PROFILE={fresh} --env off=KG_JIT_PROFILE=off --corpus /tmp/one extract

Round r runs every build once (order reversed every other round), as tools/throughput/ab.py does. Each start-up step
kg traces (main-entered, host-built, lexicons-loaded, first-article-written, ...) is printed per build as the median
over the rounds of its wall milliseconds since the process started and of the CPU milliseconds the process had used
by then, with the process's whole wall and CPU time last. `--env NAME=VAR=VALUE` runs the first build again with an
extra environment variable, `--config NAME=Key=Value` with a runtime-file setting (see ab.py); `{fresh}` in its value is a new empty folder for each run (`KG_JIT_PROFILE={fresh}`: a
user's first run, with only the profile the build recorded; `KG_JIT_PROFILE=off`: no profile at all).
CPU milliseconds are the steadier figure on a shared machine.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from ab import fresh_env, parse_builds

LINE = re.compile(r"^startup\s+(\d+) ms\s+cpu\s+(\d+) ms\s+(\S+)")


def run_once(kg, env, verb, corpus, d):
    """One traced kg process writing into the new folder d: ({step: (wall ms, cpu ms)}, wall ms, cpu ms)."""
    args = [kg, "extract", corpus, "--out", os.path.join(d, "out")] if verb == "extract" else \
        [kg, "--store", os.path.join(d, "graph.db"), "ingest", corpus]
    env = dict(fresh_env(env, d), KG_STARTUP_TRACE="1")
    started = time.monotonic()
    p = subprocess.Popen(args, cwd=d, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    err = p.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(p.pid, 0)
    wall = (time.monotonic() - started) * 1000
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(args)} exited {code}:\n{err[-2000:]}")
    steps = {}
    for line in err.splitlines():
        m = LINE.match(line)
        if m and m.group(3) not in steps:
            steps[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return steps, wall, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("verb", choices=["extract", "ingest"])
    ap.add_argument("--kg", action="append", required=True, help="NAME=PATH of a kg program (repeatable)")
    ap.add_argument("--env", action="append", default=[], help="NAME=VAR=VALUE: the first build again with VAR=VALUE")
    ap.add_argument("--config", action="append", default=[],
                    help="NAME=Key=Value: the first build again with Key=Value in its runtime file (as in ab.py)")
    ap.add_argument("--corpus", required=True, help="folder of articles (one article: /tmp/one)")
    ap.add_argument("--rounds", type=int, default=7)
    a = ap.parse_args()

    corpus = os.path.abspath(a.corpus)
    scratch = tempfile.mkdtemp(prefix="kg-startup-")
    builds = parse_builds(a.kg, a.env, a.config, scratch)
    runs = {name: [] for name, _, _ in builds}
    print(f"{a.verb} of {corpus}, {a.rounds} rounds, load average {os.getloadavg()[0]:.2f} at the start", flush=True)
    try:
        for r in range(a.rounds):
            for name, kg, env in (builds if r % 2 == 0 else list(reversed(builds))):
                steps, wall, cpu = run_once(kg, env, a.verb, corpus, tempfile.mkdtemp(dir=scratch))
                runs[name].append((steps, wall, cpu))
                first = steps.get("first-article-written", (0, 0))
                print(f"round {r + 1} {name:>10}: first article {first[0]:5d} ms (cpu {first[1]:5d})  "
                      f"process {wall:6.0f} ms (cpu {cpu:6.0f})", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"medians of {a.rounds} rounds, wall ms / cpu ms (load average {os.getloadavg()[0]:.2f} at the end):")
    order = []
    for name in runs:
        for steps, _, _ in runs[name]:
            for s in sorted(steps, key=lambda s: steps[s][0]):
                if s not in order:
                    order.append(s)
    print(f"{'step':>24} " + " ".join(f"{name:>15}" for name in runs))
    for s in order + ["process"]:
        cells = []
        for name in runs:
            if s == "process":
                values = [(w, c) for _, w, c in runs[name]]
            else:
                values = [steps[s] for steps, _, _ in runs[name] if s in steps]
            cells.append(f"{statistics.median(v[0] for v in values):6.0f} / {statistics.median(v[1] for v in values):6.0f}" if values else f"{'-':>15}")
        print(f"{s:>24} " + " ".join(cells))


if __name__ == "__main__":
    main()
