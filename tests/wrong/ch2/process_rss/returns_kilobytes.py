"""Returns the VmRSS number as it is, in KiB instead of bytes."""

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
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
