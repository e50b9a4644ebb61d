#!/usr/bin/env python3
"""CPU seconds of each thread of one kg process, summed by thread name, and its peak RSS.

  python3 tools/throughput/threads.py src/KnowledgeGraph.Cli/bin/Release/net10.0/kg --store /tmp/t/graph.db ingest /tmp/c10k

Samples /proc/PID/task/*/stat every 0.2 s until the process ends (a thread's last sample counts, so a thread
that ends between two samples loses at most 0.2 s). In `kg ingest` the store's writer is the thread named
"kg consumer"; the extraction workers are ".NET TP Worker" (with the read stage). A writer close to half of
all the CPU would hold the two cores' pipeline back.

Where the time off the CPU goes, per thread name (from /proc/PID/task/*/schedstat and status):
  ready    seconds a thread was runnable but waited for a core (the cores were busy: other threads, other processes);
  switches voluntary (it blocked: a full or empty channel, a lock, a wait for the next result, I/O such as fsync)
           / involuntary (it was preempted).
A thread's wall time = CPU + ready + blocked, so wall - CPU - ready is roughly what it spent blocked.
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
                sched = [0, 0, 0]
                switches = [0, 0]
                try:
                    with open(f"/proc/{p.pid}/task/{tid}/schedstat") as f:
                        sched = [int(x) for x in f.read().split()]
                    with open(f"/proc/{p.pid}/task/{tid}/status") as f:
                        for line in f:
                            if line.startswith("voluntary_ctxt_switches"):
                                switches[0] = int(line.split()[1])
                            elif line.startswith("nonvoluntary_ctxt_switches"):
                                switches[1] = int(line.split()[1])
                except OSError:
                    pass
                last[tid] = (name, (int(fields[11]) + int(fields[12])) / tick, sched[1] / 1e9, switches)
            with open(f"/proc/{p.pid}/status") as f:
                peak = max([peak] + [int(line.split()[1]) for line in f if line.startswith("VmHWM")])
        except OSError:
            pass
        time.sleep(0.2)
    wall = time.monotonic() - started
    by_name = collections.defaultdict(lambda: [0.0, 0.0, 0, 0, 0])
    for name, cpu, ready, (voluntary, involuntary) in last.values():
        row = by_name[name]
        row[0] += cpu
        row[1] += ready
        row[2] += voluntary
        row[3] += involuntary
        row[4] += 1
    total = sum(row[0] for row in by_name.values())
    print(f"exit {p.returncode}, wall {wall:.1f} s, threads' CPU {total:.1f} s, peak RSS {peak / 1024:.0f} MiB")
    print(f"  {'thread':<16} {'CPU':>8}  {'share':>6}  {'ready':>7}  switches voluntary/involuntary")
    for name, (cpu, ready, voluntary, involuntary, count) in sorted(by_name.items(), key=lambda x: -x[1][0]):
        if cpu >= 0.05:
            label = name if count == 1 else f"{name} x{count}"
            print(f"  {label:<16} {cpu:6.1f} s  {100 * cpu / total:5.1f}%  {ready:5.1f} s  {voluntary}/{involuntary}")


if __name__ == "__main__":
    main()
