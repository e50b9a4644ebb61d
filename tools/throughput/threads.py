#!/usr/bin/env python3
"""CPU seconds of each thread of one kg process, summed by thread name, and its peak RSS.

  python3 tools/throughput/threads.py src/KnowledgeGraph.Cli/bin/Release/net10.0/kg --store /tmp/t/graph.db ingest /tmp/c10k

Samples /proc/PID/task/*/stat every 0.2 s until the process ends (a thread's last sample counts, so a thread
that ends between two samples loses at most 0.2 s). In `kg ingest` the store's writer is the thread named
"kg consumer"; the extraction workers are ".NET TP Worker" (with the read stage). A writer close to half of
all the CPU would hold the two cores' pipeline back.
"""
import collections
import os
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tick = os.sysconf("SC_CLK_TCK")
    p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    last = {}
    peak = 0
    while p.poll() is None:
        try:
            for tid in os.listdir(f"/proc/{p.pid}/task"):
                try:
                    with open(f"/proc/{p.pid}/task/{tid}/stat") as f:
                        stat = f.read()
                except OSError:
                    continue
                name = stat[stat.index("(") + 1:stat.rindex(")")]
                fields = stat[stat.rindex(")") + 2:].split()
                last[tid] = (name, (int(fields[11]) + int(fields[12])) / tick)
            with open(f"/proc/{p.pid}/status") as f:
                peak = max([peak] + [int(line.split()[1]) for line in f if line.startswith("VmHWM")])
        except OSError:
            pass
        time.sleep(0.2)
    wall = time.monotonic() - started
    by_name = collections.defaultdict(float)
    for name, cpu in last.values():
        by_name[name] += cpu
    total = sum(by_name.values())
    print(f"exit {p.returncode}, wall {wall:.1f} s, threads' CPU {total:.1f} s, peak RSS {peak / 1024:.0f} MiB")
    for name, cpu in sorted(by_name.items(), key=lambda x: -x[1]):
        if cpu >= 0.05:
            print(f"  {name:<16} {cpu:6.1f} s  {100 * cpu / total:5.1f}%")


if __name__ == "__main__":
    main()
