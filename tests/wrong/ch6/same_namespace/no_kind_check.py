"""Compares whatever files the kind names, so pid_for_children passes as a kind."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = ("raises_for_unknown_kinds_missing_processes_and_non_int_pids",)


def same_namespace(pid_a: int, pid_b: int, kind: str) -> bool:
    for pid in (pid_a, pid_b):
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise TypeError(pid)
    try:
        a = os.stat(f"/proc/{pid_a}/ns/{kind}")
        b = os.stat(f"/proc/{pid_b}/ns/{kind}")
    except FileNotFoundError:
        raise ProcessLookupError from None
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)
