"""Lets the FileNotFoundError of a missing /proc/PID/fd escape instead of ProcessLookupError."""

from __future__ import annotations

import os
import stat

REJECTED_BY: tuple[str, ...] = ("raises_process_lookup_error_for_a_missing_process",)


def open_files(pid: int) -> list[str]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    paths = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        link = f"/proc/{pid}/fd/{fd}"
        try:
            if stat.S_ISREG(os.stat(link).st_mode):
                paths.add(os.readlink(link))
        except FileNotFoundError:
            continue
    return sorted(paths)
