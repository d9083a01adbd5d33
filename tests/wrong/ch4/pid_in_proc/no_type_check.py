"""Never checks the type of pid, so True and "1" get an answer instead of TypeError."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "says_false_for_ids_not_in_use_zero_and_negatives",
)


def pid_in_proc(pid: int) -> bool:
    return str(pid) in os.listdir("/proc")
