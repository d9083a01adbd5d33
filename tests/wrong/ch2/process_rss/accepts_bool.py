"""Checks isinstance(pid, int) only, and True is an int: /proc/True does not exist."""

REJECTED_BY: tuple[str, ...] = ("rejects_a_pid_that_is_not_an_int",)


def process_rss(pid):
    if not isinstance(pid, int):
        raise TypeError("pid must be an int")
    try:
        with open(f"/proc/{pid}/status") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    for line in lines:
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0
