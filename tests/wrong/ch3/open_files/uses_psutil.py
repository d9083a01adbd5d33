"""Uses psutil's open_files(), which silently drops files deleted while open."""

from __future__ import annotations

import psutil

REJECTED_BY: tuple[str, ...] = ("lists_the_regular_files_of_a_process_each_once",)


def open_files(pid: int) -> list[str]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    try:
        return sorted({f.path for f in psutil.Process(pid).open_files()})
    except psutil.NoSuchProcess:
        raise ProcessLookupError(pid) from None
