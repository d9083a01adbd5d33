"""Leaves out the main thread (TID == PID), as if it were the process rather than one of its threads."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "lists_every_thread_of_processes_with_random_thread_counts",
)


def list_threads(pid: int) -> list[int]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    try:
        names = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    return sorted(int(name) for name in names if int(name) != pid)
