"""Which namespace is a process in (reference answer)."""

from __future__ import annotations

import os

KINDS = ("cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts")


def ns_stat(pid: int, kind: str) -> os.stat_result:
    """``os.stat`` of ``/proc/<pid>/ns/<kind>``, with the argument checks of the exercise.

    ``stat`` follows the magic link to the namespace's nsfs inode; ``lstat`` would describe the
    link itself, a different inode per process (``man 7 namespaces``).
    """
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    if kind not in KINDS:
        # /proc/<pid>/ns also holds pid_for_children and time_for_children: not kinds.
        raise ValueError(f"unknown namespace kind {kind!r}; expected one of {', '.join(KINDS)}")
    try:
        return os.stat(f"/proc/{pid}/ns/{kind}")
    except (FileNotFoundError, NotADirectoryError):
        # No such process, or it exited between our lookups (a race, not a bug).
        raise ProcessLookupError(pid) from None


def namespace_id(pid: int, kind: str) -> int:
    return ns_stat(pid, kind).st_ino
