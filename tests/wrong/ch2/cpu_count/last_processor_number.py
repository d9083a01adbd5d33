"""Returns the number of the last processor entry, which counts from 0: one too few."""

REJECTED_BY: tuple[str, ...] = ("counts_the_processors_of_proc_cpuinfo_even_when_pinned_to_one_cpu",)


def cpu_count():
    last = 0
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("processor"):
                last = int(line.split(":")[1])
    return last
