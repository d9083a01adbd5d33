"""Never checks the type of pid, so "1" lists init's files instead of raising TypeError."""

from __future__ import annotations

import os
import stat

REJECTED_BY: tuple[str, ...] = ("rejects_a_pid_that_is_not_an_int",)


def open_files(pid: int) -> list[str]:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    paths = set()
    for fd in fds:
        link = f"/proc/{pid}/fd/{fd}"
        try:
            if stat.S_ISREG(os.stat(link).st_mode):
                paths.add(os.readlink(link))
        except FileNotFoundError:
            continue
    return sorted(paths)
