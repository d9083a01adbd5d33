"""Treats a pid that is not in use as already terminated instead of raising ProcessLookupError."""

from __future__ import annotations

import os
import signal
import time

REJECTED_BY: tuple[str, ...] = (
    "raises_for_missing_processes_and_non_int_pids_when_stopping",
)


def stop_process(pid: int, grace: float = 10.0) -> str:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return "terminated"
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] in "ZX":
                    return "terminated"
        except FileNotFoundError:
            return "terminated"
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    return "killed"
