"""Lets the FileNotFoundError of a missing /proc/PID/task escape instead of ProcessLookupError."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "raises_for_missing_processes_and_non_int_pids",
)


def list_threads(pid: int) -> list[int]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    return sorted(int(name) for name in os.listdir(f"/proc/{pid}/task"))
