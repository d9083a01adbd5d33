"""Splits each row on whitespace and takes all but the last three words as the name, which
breaks on the rows without units ("Max nice priority  0  0")."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("reads_the_limits_the_check_set_on_a_process",)


def resource_limits(pid: int) -> dict:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    try:
        with open(f"/proc/{pid}/limits") as f:
            rows = f.read().splitlines()[1:]
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    limits = {}
    for row in rows:
        words = row.split()
        soft, hard = words[-3], words[-2]
        limits[" ".join(words[:-3])] = tuple(None if v == "unlimited" else int(v) for v in (soft, hard))
    return limits
