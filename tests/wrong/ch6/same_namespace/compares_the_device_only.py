"""Compares st_dev only: every namespace lives on the same nsfs device, so everything looks shared."""

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
        return os.stat(f"/proc/{pid_a}/ns/{kind}").st_dev == os.stat(f"/proc/{pid_b}/ns/{kind}").st_dev
    except FileNotFoundError:
        raise ProcessLookupError from None
