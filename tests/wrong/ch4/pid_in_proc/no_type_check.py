"""Never checks the type of pid, so True and "1" get an answer instead of TypeError."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = ()  # filled in by the lead with the ch4 check names


def pid_in_proc(pid: int) -> bool:
    return str(pid) in os.listdir("/proc")
