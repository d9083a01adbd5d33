"""Probes with os.kill(pid, 0), which succeeds for a thread id that is not a process."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "says_false_for_thread_ids_that_are_not_processes",
)


def pid_in_proc(pid: int) -> bool:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, just not ours
    return True
