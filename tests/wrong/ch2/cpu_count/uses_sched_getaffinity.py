"""Counts the CPUs this process may run on (its affinity mask), not the machine's CPUs."""

import os

REJECTED_BY: tuple[str, ...] = ("counts_the_processors_of_proc_cpuinfo_even_when_pinned_to_one_cpu",)


def cpu_count():
    return len(os.sched_getaffinity(0))
