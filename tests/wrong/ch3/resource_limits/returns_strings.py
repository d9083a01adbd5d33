"""Returns the soft and hard columns as the strings printed in the file, not as ints."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("reads_the_limits_the_check_set_on_a_process",)


def resource_limits(pid: int) -> dict:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    try:
        with open(f"/proc/{pid}/limits") as f:
            header, *rows = f.read().splitlines()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    width = header.index("Soft Limit")
    limits = {}
    for row in rows:
        soft, hard = row[width:].split()[:2]
        limits[row[:width].rstrip()] = (soft, hard)
    return limits
