"""Sleeps the whole grace period before looking, so stopping a well-behaved process takes grace seconds."""

from __future__ import annotations

import os
import signal
import time

REJECTED_BY: tuple[str, ...] = (
    "terminates_a_process_that_honours_sigterm_without_waiting_out_the_grace",
)


def _ended(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            raw = f.read()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return raw[raw.rindex(")") + 2] in "ZX"


def stop_process(pid: int, grace: float = 10.0) -> str:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    if pid <= 0:
        raise ProcessLookupError(pid)
    os.kill(pid, signal.SIGTERM)
    time.sleep(grace)
    if _ended(pid):
        return "terminated"
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return "terminated"
    return "killed"
