#!/usr/bin/env python3
"""CPU time per process kind, for the benchmarks (issue 20, item 7).

  cpu-snapshot.py take FILE            writes the CPU ticks each kind of process has used so far (BorderPost services
                                       by name, PostgreSQL, RabbitMQ, kernel threads by name) and the machine's total
  cpu-snapshot.py diff BEFORE AFTER N  prints, per kind, its CPU milliseconds per crossing over the N crossings between
                                       the two snapshots, and its share of the machine's cores; busiest first

Processes that ended between the snapshots are missing from the second (their CPU is not counted).
"""
import collections
import os
import re
import sys
import time

TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


def kind(cmdline, comm):
    service = re.search(r"BorderPost\.[A-Za-z.]+?(?=\.dll|\s|$)", cmdline)
    if service:
        return service.group(0)
    if "postgres" in cmdline or "postgres" in comm:
        return "postgres"
    if "beam" in comm or "rabbit" in cmdline:
        return "rabbitmq"
    return re.sub(r"[/:-].*", "", comm) or comm  # kworker/u8:2-writeback -> kworker


def take(path):
    with open("/proc/stat") as f:
        cpu = [int(x) for x in f.readline().split()[1:9]]  # user nice system idle iowait irq softirq steal
    busy = sum(cpu) - cpu[3] - cpu[4]
    ticks = collections.Counter()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
            with open(f"/proc/{pid}/comm") as f:
                comm = f.read().strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        ticks[kind(cmdline, comm)] += int(fields[11]) + int(fields[12])  # utime + stime
    with open(path, "w") as out:
        out.write(f"@machine {time.time()} {busy} {os.cpu_count()}\n")
        for name, value in sorted(ticks.items()):
            out.write(f"{name.replace(' ', '_')} {value}\n")


def load(path):
    machine, ticks = None, {}
    with open(path) as f:
        for line in f:
            name, *values = line.split()
            if name == "@machine":
                machine = (float(values[0]), int(values[1]), int(values[2]))
            else:
                ticks[name] = int(values[0])
    return machine, ticks


def diff(before, after, crossings):
    (t0, total0, cores), ticks0 = load(before)
    (t1, total1, _), ticks1 = load(after)
    seconds = t1 - t0
    used = {name: value - ticks0.get(name, 0) for name, value in ticks1.items()}
    busy = (total1 - total0) * TICK_MS
    print(f"CPU over {seconds:.1f} s and {crossings} crossings: {busy / crossings:.3f} ms a crossing, the machine's "
          f"{cores} cores {busy / 10 / seconds / cores:.1f} % busy", file=sys.stderr)
    for name, value in sorted(used.items(), key=lambda kv: -kv[1]):
        if value * TICK_MS / crossings < 0.005:
            break
        print(f"  {name:28} {value * TICK_MS / crossings:6.3f} ms a crossing, "
              f"{value * TICK_MS / 10 / seconds / cores:5.1f} % of the cores", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["take"]:
        take(sys.argv[2])
    elif sys.argv[1:2] == ["diff"]:
        diff(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(__doc__)
