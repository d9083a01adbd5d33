"""Cuts the number out of the link text at a fixed offset, which only fits three-letter kinds like 'uts:[...]'."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = ("gives_the_namespace_inode_of_every_kind_for_host_processes",)

KINDS = ("cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts")


def namespace_id(pid: int, kind: str) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    if kind not in KINDS:
        raise ValueError(kind)
    try:
        link = os.readlink(f"/proc/{pid}/ns/{kind}")
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    return int(link[5:-1])
