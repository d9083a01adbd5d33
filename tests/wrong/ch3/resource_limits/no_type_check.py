"""Never checks the type of pid, so "1" reads init's limits instead of raising TypeError."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("rejects_a_pid_that_is_not_an_int",)


def resource_limits(pid: int) -> dict:
    try:
        with open(f"/proc/{pid}/limits") as f:
            header, *rows = f.read().splitlines()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    width = header.index("Soft Limit")
    limits = {}
    for row in rows:
        values = row[width:].split()[:2]
        limits[row[:width].rstrip()] = tuple(None if v == "unlimited" else int(v) for v in values)
    return limits
