"""Reads /proc/self/ns, the caller's own namespaces, whatever pid it is given."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "tells_the_namespaces_of_a_process_started_by_unshare",
    "raises_for_missing_processes_and_non_int_pids",
)

KINDS = ("cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts")


def namespace_id(pid: int, kind: str) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    if kind not in KINDS:
        raise ValueError(kind)
    return os.stat(f"/proc/self/ns/{kind}").st_ino
