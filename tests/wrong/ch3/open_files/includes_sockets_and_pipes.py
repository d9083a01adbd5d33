"""Returns every fd link's text, so sockets, pipes and anon inodes appear as "socket:[123]"."""

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
            paths.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
        except FileNotFoundError:
            continue
    return sorted(paths)
