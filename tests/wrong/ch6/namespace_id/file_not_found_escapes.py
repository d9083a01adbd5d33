"""Lets FileNotFoundError escape for a missing process and takes True for pid 1."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = ("raises_for_missing_processes_and_non_int_pids",)

KINDS = ("cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts")


def namespace_id(pid: int, kind: str) -> int:
    if kind not in KINDS:
        raise ValueError(kind)
    return os.stat(f"/proc/{pid}/ns/{kind}").st_ino
