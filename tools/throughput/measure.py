#!/usr/bin/env python3
"""The figures of issue #13, each from a whole `kg` process (start-up included).

Runs the Release build of kg on generated ~3 KB articles (`kg bench --write-corpus`) in a scratch
folder and prints, for each verb, articles/s, CPU seconds, peak RSS and what it wrote:

  ingest   10,000 articles into a new store: art/s, KB written per article (the kernel's count of
           bytes this process sent to storage, /proc/PID/io write_bytes, via getrusage), KB stored
           per article (store file and its log after the run);
  sync     the backlog to a null Bolt server (`kg bench --null-server`, its own CPU seconds shown: it shares the
           cores): 9,000 articles at once, then
           the same 1,000 further articles twice: into a store that already holds 9,000 (10,000
           stored) and into an empty one (1,000 stored); bytes on the wire and time per article of
           the two are compared (target: within 1.25x). A sync of 1,000 takes about a second, half
           of it start-up, so one pair of runs gave ratios from x1.05 to x1.27 for the same build:
           the pair is sent --sync-rounds times (default 5), each time from a fresh copy of the
           store, in interleaved order (10,000 first, then 1,000 first, ...), and the medians are
           compared; each copy is then synced again with nothing left to send, and the medians of
           those runs (start-up, opening the store, counting the backlog) are subtracted for the
           ratio "net of start-up", which is the cost per article the target is about. The spread of
           the per-round ratios is printed beside them;
  extract  5,000 articles to JSON files.

Usage: python3 tools/throughput/measure.py [--kg PATH] [--keep DIR] [--no-build] [--only ingest|sync|extract] [--sync-rounds N]
Each run starts from new folders (with --keep, what an earlier run left there is removed first).
To compare two builds on one verb in interleaved rounds, see ab.py beside this script.
Wall-clock figures only mean something on an otherwise idle machine; CPU seconds and bytes are
steadier. Takes about 3 minutes on an idle 2-core machine (the build included; the sync rounds add about half a
minute to the ~45 s of --no-build).
"""
import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MIB = 1024 * 1024


class Run:
    """One finished kg process: wall and CPU seconds, peak RSS, bytes written, its output."""

    def __init__(self, args, wall, cpu, rss, written, code, out, err):
        self.args, self.wall, self.cpu, self.rss, self.written = args, wall, cpu, rss, written
        self.code, self.out, self.err = code, out, err


def run(kg, args, cwd):
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([kg] + args, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        r = Run(args, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, usage.ru_oublock * 512,
                os.waitstatus_to_exitcode(status), out.read().decode(errors="replace"), err.read().decode(errors="replace"))
    if r.code != 0:
        sys.exit(f"kg {' '.join(args)} exited {r.code}:\n{r.err[-2000:]}")
    return r


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sync(kg, store, cwd):
    """kg sync of the store's backlog to a fresh null server; returns the run and the bytes the server received."""
    port = free_port()
    server = subprocess.Popen([kg, "--lang", "en", "bench", "--null-server", str(port)], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        server.stdout.readline()  # "null Bolt server on ...": listening
        r = run(kg, ["--store", store, "--set", f"Neo4j:Uri=bolt://127.0.0.1:{port}", "--set", "Neo4j:Password=bench", "sync"], cwd)
        r.server_cpu = process_cpu(server.pid)
    finally:
        server.send_signal(signal.SIGINT)
        out, _ = server.communicate(timeout=60)
    received = int(out.split("received ")[1].split(" bytes")[0])
    return r, received


def process_cpu(pid):
    """CPU seconds (user + system) a running process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stored_bytes(store):
    return sum(os.path.getsize(f) for f in (store, store + "-wal") if os.path.exists(f))


def link_files(src, dst, names):
    os.makedirs(dst)
    for n in names:
        os.link(os.path.join(src, n), os.path.join(dst, n))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kg", help="the kg program (default: build and use the Release build of this checkout)")
    ap.add_argument("--keep", help="scratch folder to use and keep (default: a temporary one, removed)")
    ap.add_argument("--no-build", action="store_true", help="use the Release build as it is")
    ap.add_argument("--only", choices=["ingest", "sync", "extract"], help="measure one verb only (sync still ingests its stores first)")
    ap.add_argument("--sync-rounds", type=int, default=5, help="rounds of the sync pair at 10,000 and 1,000 stored (medians compared)")
    a = ap.parse_args()

    kg = a.kg or os.path.join(ROOT, "src", "KnowledgeGraph.Cli", "bin", "Release", "net10.0", "kg")
    if not a.kg and not a.no_build:
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "-nologo", os.path.join(ROOT, "src", "KnowledgeGraph.Cli")], check=True,
                       stdout=subprocess.DEVNULL)
    scratch = a.keep or tempfile.mkdtemp(prefix="kg-throughput-")
    os.makedirs(scratch, exist_ok=True)
    try:
        measure(kg, scratch, a.only, a.sync_rounds)
    finally:
        if not a.keep:
            shutil.rmtree(scratch, ignore_errors=True)


# Everything measure() makes in its folder. Each is removed first: a store or an output folder left by an earlier run in
# the same --keep folder would make ingest skip its articles as already stored, or extract write over old files.
MADE = ["c10k", "c5k", "first9k", "last1k", "s10k", "s9k", "s1k", "x5k", "sync-copy"]


def measure(kg, d, only=None, sync_rounds=5):
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start; kg = {kg}", flush=True)
    for name in MADE:
        shutil.rmtree(os.path.join(d, name), ignore_errors=True)
    run(kg, ["bench", "--write-corpus", "c10k", "--articles", "10000"], d)
    if only in (None, "extract"):
        run(kg, ["bench", "--write-corpus", "c5k", "--articles", "5000"], d)
    names = sorted(os.listdir(os.path.join(d, "c10k")))
    link_files(os.path.join(d, "c10k"), os.path.join(d, "first9k"), names[:9000])
    link_files(os.path.join(d, "c10k"), os.path.join(d, "last1k"), names[9000:])
    rows = []

    print(f"{'':30} {'art/s':>8} {'CPU s':>7} {'peak RSS':>9}", flush=True)

    def row(what, n, r, extra, target):
        rows.append((what, n / r.wall, r.cpu, r.rss / MIB, extra, target))
        print(f"{what:30} {n / r.wall:8,.0f} {r.cpu:7.1f} {r.rss / MIB:6.0f} MiB  {extra}" + (f"  [target {target}]" if target else ""), flush=True)

    if only in (None, "ingest"):
        measure_ingest(kg, d, row)
    if only in (None, "sync"):
        measure_sync(kg, d, row, sync_rounds)
    if only in (None, "extract"):
        ext = run(kg, ["extract", "c5k", "--out", "x5k"], d)
        row("extract 5,000", 5000, ext, "", "≥1,500/s")

    print(f"peak RSS under 200 MiB: {'yes' if max(r[3] for r in rows) < 200 else 'NO'} (largest {max(r[3] for r in rows):.0f} MiB)")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


def measure_ingest(kg, d, row):
    """10,000 into a new store."""
    ing = run(kg, ["--store", "s10k/graph.db", "ingest", "c10k"], d)
    written = ing.written / 1024 / 10000
    stored = stored_bytes(os.path.join(d, "s10k", "graph.db")) / 1024 / 10000
    row("ingest 10,000", 10000, ing, f"written {written:.1f} KB/article, stored {stored:.1f} KB/article", "≥1,000/s; ≤50 KB written, ≤15 KB stored")


def measure_sync(kg, d, row, rounds):
    """9,000 then 1,000 more (10,000 stored), against the same 1,000 into an empty store, in rounds (see the docstring)."""
    run(kg, ["--store", "s9k/graph.db", "ingest", "first9k"], d)
    big, big_bytes = sync(kg, "s9k/graph.db", d)
    row("sync 9,000", 9000, big, f"{big_bytes / 1024 / 9000:.1f} KB/article on the wire, null server {big.server_cpu:.1f} CPU s", "≥1,000/s")
    run(kg, ["--store", "s9k/graph.db", "ingest", "last1k"], d)
    run(kg, ["--store", "s1k/graph.db", "ingest", "last1k"], d)
    runs = {"s9k": [], "s1k": []}
    for r in range(max(1, rounds)):
        for store in (["s9k", "s1k"] if r % 2 == 0 else ["s1k", "s9k"]):
            copy = os.path.join(d, "sync-copy")
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(os.path.join(d, store), copy)
            sent, sent_bytes = sync(kg, "sync-copy/graph.db", d)
            idle, _ = sync(kg, "sync-copy/graph.db", d)
            runs[store].append((sent, sent_bytes, idle))
            shutil.rmtree(copy, ignore_errors=True)
    at10k, at1k = Median(runs["s9k"]), Median(runs["s1k"])
    row("sync 1,000 at 1,000 stored", 1000, at1k, f"{at1k.bytes / 1024 / 1000:.1f} KB/article on the wire, median of {len(runs['s1k'])}", "")
    row("sync 1,000 at 10,000 stored", 1000, at10k, f"{at10k.bytes / 1024 / 1000:.1f} KB/article on the wire, median of {len(runs['s9k'])}", "")
    per_round = [(a[0].wall / b[0].wall, (a[0].wall - a[2].wall) / (b[0].wall - b[2].wall)) for a, b in zip(runs["s9k"], runs["s1k"])]
    spread = lambda i: f"{min(x[i] for x in per_round):.3f}-{max(x[i] for x in per_round):.3f}"
    print(f"sync at 10,000 vs 1,000 stored: bytes per article x{at10k.bytes / at1k.bytes:.3f}, time per article x{at10k.wall / at1k.wall:.3f} "
          f"(rounds {spread(0)}), CPU per article x{at10k.cpu / at1k.cpu:.3f}  [target ≤1.25]")
    print(f"  net of start-up (nothing to send: {at10k.idle_wall:.2f} s at 10,000, {at1k.idle_wall:.2f} s at 1,000): "
          f"time per article x{(at10k.wall - at10k.idle_wall) / (at1k.wall - at1k.idle_wall):.3f} (rounds {spread(1)}), "
          f"CPU per article x{(at10k.cpu - at10k.idle_cpu) / (at1k.cpu - at1k.idle_cpu):.3f}")


class Median:
    """The medians of rounds of (sync run, bytes received, sync run with nothing to send): wall, cpu, rss, bytes, idle_wall, idle_cpu."""

    def __init__(self, rounds):
        self.wall = statistics.median(r[0].wall for r in rounds)
        self.cpu = statistics.median(r[0].cpu for r in rounds)
        self.rss = statistics.median(r[0].rss for r in rounds)
        self.bytes = statistics.median(r[1] for r in rounds)
        self.idle_wall = statistics.median(r[2].wall for r in rounds)
        self.idle_cpu = statistics.median(r[2].cpu for r in rounds)


if __name__ == "__main__":
    main()
