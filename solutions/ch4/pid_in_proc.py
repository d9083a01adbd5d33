"""Is a process with this id listed in /proc? (reference answer)"""

from __future__ import annotations

import os


def pid_in_proc(pid: int) -> bool:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    if pid <= 0:
        return False
    # /proc/<tid> of a thread that is not a process can be opened (proc(5)), so
    # os.path.exists() says True for it; only the listing of /proc names processes.
    return str(pid) in os.listdir("/proc")
