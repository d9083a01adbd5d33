"""`docker stop`: SIGTERM, a grace period, then SIGKILL (reference answer)."""

from __future__ import annotations

import os
import signal
import time


def _ended(pid: int) -> bool:
    """Whether the process is gone or a zombie (it has ended; only its parent has not reaped it)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            raw = f.read()
    except (FileNotFoundError, ProcessLookupError):
        return True
    state = raw[raw.rindex(")") + 2]
    return state in "ZX"


def stop_process(pid: int, grace: float = 10.0) -> str:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    if pid <= 0:
        # kill(2) with 0 or a negative pid signals process groups: never what we mean here.
        raise ProcessLookupError(pid)
    os.kill(pid, signal.SIGTERM)  # raises ProcessLookupError for a pid not in use
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if _ended(pid):
            return "terminated"
        time.sleep(0.01)
    if _ended(pid):
        return "terminated"
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return "terminated"
    return "killed"
