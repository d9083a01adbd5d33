"""Compares os.lstat of the two links: each process has its own link inode, so nothing is ever shared."""

from __future__ import annotations

import os

from .namespace_id import KINDS

REJECTED_BY: tuple[str, ...] = ("tells_shared_namespaces_from_separate_ones",)


def same_namespace(pid_a: int, pid_b: int, kind: str) -> bool:
    for pid in (pid_a, pid_b):
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise TypeError(pid)
    if kind not in KINDS:
        raise ValueError(kind)
    try:
        a = os.lstat(f"/proc/{pid_a}/ns/{kind}")
        b = os.lstat(f"/proc/{pid_b}/ns/{kind}")
    except FileNotFoundError:
        raise ProcessLookupError from None
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)
