"""Lets the FileNotFoundError of a missing /proc/PID/limits escape instead of ProcessLookupError."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("raises_process_lookup_error_for_a_missing_process",)


def resource_limits(pid: int) -> dict:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    with open(f"/proc/{pid}/limits") as f:
        header, *rows = f.read().splitlines()
    width = header.index("Soft Limit")
    limits = {}
    for row in rows:
        values = row[width:].split()[:2]
        limits[row[:width].rstrip()] = tuple(None if v == "unlimited" else int(v) for v in values)
    return limits
