"""Returns the resident field of /proc/PID/statm, which counts pages, not bytes."""

REJECTED_BY: tuple[str, ...] = ("follows_the_memory_a_process_touches_and_frees",)


def process_rss(pid):
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError("pid must be an int")
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1])
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
