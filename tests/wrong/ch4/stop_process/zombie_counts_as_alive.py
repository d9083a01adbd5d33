"""Polls with os.kill(pid, 0), which succeeds on a zombie, so an ended process is still "alive" and gets killed."""

from __future__ import annotations

import os
import signal
import time

REJECTED_BY: tuple[str, ...] = (
    "terminates_a_process_that_honours_sigterm_without_waiting_out_the_grace",
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def stop_process(pid: int, grace: float = 10.0) -> str:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    if pid <= 0:
        raise ProcessLookupError(pid)
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _alive(pid):
            return "terminated"
        time.sleep(0.01)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return "terminated"
    return "killed"
