"""List the threads of a process (reference answer)."""

from __future__ import annotations

import os


def list_threads(pid: int) -> list[int]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    try:
        names = os.listdir(f"/proc/{pid}/task")
    except (FileNotFoundError, NotADirectoryError):
        # The process never existed, or exited between our lookups (a race, not a bug).
        raise ProcessLookupError(pid) from None
    return sorted(int(name) for name in names)
