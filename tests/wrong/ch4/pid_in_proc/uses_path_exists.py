"""Uses os.path.exists(/proc/PID), which is also true for a thread id: /proc/TID opens but is not listed."""

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
    return os.path.exists(f"/proc/{pid}")
