"""Sends SIGTERM and returns "terminated" at once, without waiting to see whether the process ended."""

from __future__ import annotations

import os
import signal

REJECTED_BY: tuple[str, ...] = (
    "kills_a_process_that_ignores_sigterm_after_the_grace",
)


def stop_process(pid: int, grace: float = 10.0) -> str:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    if pid <= 0:
        raise ProcessLookupError(pid)
    os.kill(pid, signal.SIGTERM)
    return "terminated"
