"""Never checks the type of pid, so "1" lists init's threads and True raises ProcessLookupError."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "raises_for_missing_processes_and_non_int_pids",
)


def list_threads(pid: int) -> list[int]:
    try:
        names = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    return sorted(int(name) for name in names)
