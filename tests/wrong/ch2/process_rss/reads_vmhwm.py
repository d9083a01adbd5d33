"""Reads VmHWM, the peak resident size, which does not fall when memory is freed."""

REJECTED_BY: tuple[str, ...] = ("follows_the_memory_a_process_touches_and_frees",)


def process_rss(pid):
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError("pid must be an int")
    try:
        with open(f"/proc/{pid}/status") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    for line in lines:
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0
