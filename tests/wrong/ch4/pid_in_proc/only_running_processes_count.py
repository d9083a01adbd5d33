"""Counts only running or sleeping processes, so a stopped process or a zombie comes out False."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = (
    "says_true_for_running_stopped_and_zombie_processes",
)


def pid_in_proc(pid: int) -> bool:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    try:
        with open(f"/proc/{pid}/status") as f:
            state = next(line for line in f if line.startswith("State:")).split()[1]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state in ("R", "S", "D")
