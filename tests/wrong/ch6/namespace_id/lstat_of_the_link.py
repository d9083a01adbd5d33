"""Uses os.lstat, which describes the /proc/PID/ns/KIND link itself, not the namespace it leads to."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "gives_the_namespace_inode_of_every_kind_for_host_processes",
    "tells_the_namespaces_of_a_process_started_by_unshare",
)

KINDS = ("cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts")


def namespace_id(pid: int, kind: str) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    if kind not in KINDS:
        raise ValueError(kind)
    try:
        return os.lstat(f"/proc/{pid}/ns/{kind}").st_ino
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
