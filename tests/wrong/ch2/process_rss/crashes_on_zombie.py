"""Assumes every process has a VmRSS line; a zombie has none, and the regex match is None."""

import re

REJECTED_BY: tuple[str, ...] = ("is_zero_for_a_zombie_and_a_kernel_thread",)


def process_rss(pid):
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError("pid must be an int")
    try:
        with open(f"/proc/{pid}/status") as f:
            text = f.read()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    return int(re.search(r"VmRSS:\s+(\d+)", text).group(1)) * 1024
