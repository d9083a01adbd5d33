"""How many CPUs does this machine have? (reference answer)"""

from __future__ import annotations


def cpu_count() -> int:
    # proc(5): /proc/cpuinfo has one block per online logical CPU, each starting with
    # "processor\t: N".  Unlike sched_getaffinity(2), it ignores this process's CPU mask.
    with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
        return sum(1 for line in f if line.split(":", 1)[0].strip() == "processor")
