"""Keeps every link that starts with "/", so directories and devices like /dev/null slip in."""

from __future__ import annotations

import os

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
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except FileNotFoundError:
            continue
        if target.startswith("/"):
            paths.add(target)
    return sorted(paths)
