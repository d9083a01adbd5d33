"""The resource limits of a process (reference answer)."""

from __future__ import annotations


def _value(text: str) -> int | None:
    return None if text == "unlimited" else int(text)


def resource_limits(pid: int) -> dict[str, tuple[int | None, int | None]]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    try:
        with open(f"/proc/{pid}/limits", encoding="ascii") as f:
            header, *rows = f.read().splitlines()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    # The kernel prints a fixed-width table (fs/proc/base.c, proc_pid_limits). Names contain
    # spaces ("Max open files") and some rows have no units, so splitting a row on whitespace
    # cannot tell where the name ends: the name column ends where the header's "Soft Limit" starts.
    name_width = header.index("Soft Limit")
    limits: dict[str, tuple[int | None, int | None]] = {}
    for row in rows:
        soft, hard = row[name_width:].split()[:2]
        limits[row[:name_width].rstrip()] = (_value(soft), _value(hard))
    return limits
