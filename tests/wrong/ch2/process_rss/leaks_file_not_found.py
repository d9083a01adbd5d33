"""Lets the FileNotFoundError of a missing /proc/PID escape instead of ProcessLookupError."""

REJECTED_BY: tuple[str, ...] = ("raises_process_lookup_error_for_a_missing_process",)


def process_rss(pid):
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError("pid must be an int")
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0
