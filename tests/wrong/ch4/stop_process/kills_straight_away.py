"""Sends SIGKILL straight away, like kill -9, and never gives the process the SIGTERM grace period."""

from __future__ import annotations

import os
import signal

REJECTED_BY: tuple[str, ...] = (
    "terminates_a_process_that_honours_sigterm_without_waiting_out_the_grace",
    "kills_a_process_that_ignores_sigterm_after_the_grace",
)


def stop_process(pid: int, grace: float = 10.0) -> str:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    if pid <= 0:
        raise ProcessLookupError(pid)
    os.kill(pid, signal.SIGKILL)
    return "killed"
