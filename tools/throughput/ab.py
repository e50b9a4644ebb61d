#!/usr/bin/env python3
"""Two (or more) kg builds side by side on one verb, in interleaved rounds, each run in a fresh folder.

  python3 tools/throughput/ab.py --kg A=/tmp/kg-main/kg --kg B=src/KnowledgeGraph.Cli/bin/Release/net10.0/kg \\
      --corpus /tmp/c5k --rounds 3 extract
  python3 tools/throughput/ab.py --kg A=... --kg B=... --corpus /tmp/c10k ingest
  python3 tools/throughput/ab.py --kg A=... --corpus /tmp/c5k --env B=DOTNET_TieredCompilation=0 extract

Round r runs every build once (A, B, A, B, ... in turn, the order reversed every other round), so a change
of load on a shared machine falls on all builds alike. `--env NAME=VAR=VALUE` runs build A again under the
name NAME with an extra environment variable (repeatable; `{fresh}` in VALUE is a new empty folder for each run, so
`--env first=KG_JIT_PROFILE={fresh}` measures a user's first run: only the JIT profile the build recorded); several --env with
one NAME make one build with all their variables. `--config NAME=Key=Value` runs build A again as shipped with Key=Value
added to its kg.runtimeconfig.json (a copy of A's folder in the scratch folder; several with one NAME add up; a number
or true/false is written as such): what a setting in the Cli project would do, where the environment variable is not
the same thing (some settings are read from the environment only, e.g. DOTNET_GCgen0size; check with --gc that a
setting took effect). `--set Section:Key=Value` is passed to every run.
Prints one line per run, then per build the median of wall seconds, CPU seconds (user + system, what
the process and its threads used), peak RSS and articles/s. The corpus is written by
`kg bench --write-corpus DIR --articles N` (~3 KB generated articles). Wall time means something only on an
otherwise quiet machine; CPU seconds are steadier. `--gc` builds the startup hook tools/throughput/GcHook and
loads it into every run: each line then also shows the collections per generation, the collector's total pause and
the MiB allocated, the MiB promoted out of gen0 and out of gen1 (survivors: what a collection copies), and the time
inside blocking collections. The pause adds the wait for every thread to stop, which on a loaded machine (threads
waiting for a core) can be several times the time inside the collections. Where the allocated bytes go: run a build
by hand with the hook and KG_GC_ALLOC_TYPES=N (`DOTNET_STARTUP_HOOKS=.../GcHook.dll KG_GC_ALLOC_TYPES=40 kg extract ...`):
it prints the N types that allocated most, sampled (not for timing: the sampling slows the run).
"""
import argparse
import json
import re
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

MIB = 1024 * 1024
HOOK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "GcHook")
GC_LINE = re.compile(r"^kg-gc: gen0 (\d+) gen1 (\d+) gen2 (\d+) pause_ms (\d+) allocated_mib (\d+) heap_mib \d+ promoted0_mib (\d+) promoted1_mib (\d+) in_gc_ms (\d+)", re.M)


def run_once(kg, env, verb, corpus, sets, d):
    """One kg process writing into the new folder d: (wall s, user s, system s, peak RSS bytes)."""
    args = [kg]
    for s in sets:
        args += ["--set", s]
    if verb == "extract":
        args += ["extract", corpus, "--out", os.path.join(d, "out")]
    else:
        args += ["--store", os.path.join(d, "graph.db"), "ingest", corpus]
    started = time.monotonic()
    p = subprocess.Popen(args, cwd=d, env=fresh_env(env, d), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - started
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(args)} exited {code}:\n{err[-2000:]}")
    gc = GC_LINE.findall(err)
    return wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss * 1024, tuple(int(x) for x in gc[-1]) if gc else None


def build_hook(scratch):
    """Builds tools/throughput/GcHook into scratch; the environment variable that loads it into a .NET process."""
    out = os.path.join(scratch, "gchook")
    subprocess.run(["dotnet", "build", HOOK, "-c", "Release", "-m:1", "-nologo", "-v", "q", "-o", out], check=True, stdout=subprocess.DEVNULL)
    return {"DOTNET_STARTUP_HOOKS": os.path.join(out, "GcHook.dll")}


def gc_text(gc):
    """The hook's figures of one run (or the medians of several), for a result line."""
    return f"  GC {gc[0]}/{gc[1]}/{gc[2]} pause {gc[3]:5} ms alloc {gc[4]:5} MiB promoted {gc[5]:4}/{gc[6]:4} MiB in GC {gc[7]:5} ms" if gc else ""


def fresh_env(env, d):
    """env with each `{fresh}` in a value replaced by a new empty folder in d (KG_JIT_PROFILE={fresh}: a user's first run)."""
    return {k: v.replace("{fresh}", tempfile.mkdtemp(dir=d)) if "{fresh}" in v else v for k, v in env.items()}


def parse_builds(kgs, envs, configs, scratch):
    """(name, program, environment) of each --kg NAME=PATH, then of each --env NAME (the first build again with its
    variables), then of each --config NAME (a copy of the first build's folder with its runtime-file settings)."""
    builds = []
    for k in kgs:
        name, path = k.split("=", 1)
        builds.append((name, os.path.abspath(path), dict(os.environ)))
    for name, extra in grouped(envs).items():
        builds.append((name, builds[0][1], dict(builds[0][2], **extra)))
    for name, settings in grouped(configs).items():
        builds.append((name, runtime_file_variant(builds[0][1], settings, config_folder(scratch, name)), builds[0][2]))
    return builds


def grouped(specs):
    """NAME=KEY=VALUE arguments as {NAME: {KEY: VALUE, ...}}, in the order the names first appear."""
    groups = {}
    for spec in specs:
        name, key, value = spec.split("=", 2)
        groups.setdefault(name, {})[key] = value
    return groups


def config_folder(scratch, name):
    """Where the --config build NAME's copy of the first build is made (removed when the rounds end)."""
    return os.path.join(scratch, "config-" + name)


def runtime_file_variant(program, settings, folder):
    """A copy of program's folder in folder, its kg.runtimeconfig.json with settings added to configProperties; the copy's program."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.dirname(program), folder, symlinks=True)
    path = os.path.join(folder, os.path.basename(program) + ".runtimeconfig.json")
    with open(path, encoding="utf-8") as f:
        config = json.load(f)
    properties = config["runtimeOptions"].setdefault("configProperties", {})
    for key, value in settings.items():
        properties[key] = json_value(value)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
    return os.path.join(folder, os.path.basename(program))


def json_value(text):
    """A --config value as the runtime file holds it: true/false and whole numbers as such, anything else as a string."""
    if text in ("true", "false"):
        return text == "true"
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("verb", choices=["extract", "ingest"])
    ap.add_argument("--kg", action="append", required=True, help="NAME=PATH of a kg program (repeatable)")
    ap.add_argument("--env", action="append", default=[], help="NAME=VAR=VALUE: the first build again with VAR=VALUE")
    ap.add_argument("--config", action="append", default=[], help="NAME=Key=Value: the first build again with Key=Value in its runtime file")
    ap.add_argument("--set", action="append", default=[], help="Section:Key=Value for every run")
    ap.add_argument("--corpus", required=True, help="folder of articles")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--gc", action="store_true", help="load tools/throughput/GcHook: GC counts (gen0/gen1/gen2), pause, MiB allocated")
    ap.add_argument("--scratch", help="folder for the runs' output (default: a temporary one)")
    a = ap.parse_args()

    corpus = os.path.abspath(a.corpus)
    count = sum(1 for _, _, files in os.walk(corpus) for f in files if not f.startswith("."))
    scratch = a.scratch or tempfile.mkdtemp(prefix="kg-ab-")
    os.makedirs(scratch, exist_ok=True)
    builds = parse_builds(a.kg, a.env, a.config, scratch)
    if a.gc:
        hook = build_hook(scratch)
        builds = [(name, kg, dict(env, **hook)) for name, kg, env in builds]
    results = {name: [] for name, _, _ in builds}
    # Every run's output stays until the last run has ended: on ext4 without a journal, creating files soon after
    # thousands were deleted costs much more system time (the inode allocator skips recently deleted inodes), so
    # deleting one run's output would slow the next run, which is often the other build's.
    folders = []
    print(f"{a.verb} of {count} articles, {a.rounds} rounds, load average {os.getloadavg()[0]:.2f} at the start", flush=True)
    try:
        for r in range(a.rounds):
            order = builds if r % 2 == 0 else list(reversed(builds))
            for name, kg, env in order:
                folders.append(tempfile.mkdtemp(dir=scratch))
                wall, user, system, rss, gc = run_once(kg, env, a.verb, corpus, a.set, folders[-1])
                results[name].append((wall, user, system, rss, gc))
                print(f"round {r + 1} {name:>10}: wall {wall:6.2f} s  user {user:6.2f}  sys {system:5.2f}  CPU {user + system:6.2f} s  "
                      f"peak RSS {rss / MIB:5.0f} MiB  {count / wall:7,.0f} art/s{gc_text(gc)}", flush=True)
    finally:
        for d in folders + [config_folder(scratch, name) for name in grouped(a.config)]:
            shutil.rmtree(d, ignore_errors=True)
        if not a.scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"median of {a.rounds} rounds (load average {os.getloadavg()[0]:.2f} at the end):")
    for name, runs in results.items():
        wall = statistics.median(x[0] for x in runs)
        cpu = statistics.median(x[1] + x[2] for x in runs)
        system = statistics.median(x[2] for x in runs)
        rss = statistics.median(x[3] for x in runs)
        gcs = [x[4] for x in runs if x[4]]
        gc = tuple(round(statistics.median(g[i] for g in gcs)) for i in range(8)) if gcs else None
        print(f"{name:>10}: wall {wall:6.2f} s  CPU {cpu:6.2f} s (system {system:5.2f})  peak RSS {rss / MIB:5.0f} MiB  {count / wall:7,.0f} art/s{gc_text(gc)}")


if __name__ == "__main__":
    main()
