"""Removes the " (deleted)" suffix, reporting a deleted file under a path that no longer exists."""

from __future__ import annotations

import os
import stat

REJECTED_BY: tuple[str, ...] = ("lists_the_regular_files_of_a_process_each_once",)


def open_files(pid: int) -> list[str]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    paths = set()
    for fd in fds:
        link = f"/proc/{pid}/fd/{fd}"
        try:
            if stat.S_ISREG(os.stat(link).st_mode):
                paths.add(os.readlink(link).removesuffix(" (deleted)"))
        except FileNotFoundError:
            continue
    return sorted(paths)
