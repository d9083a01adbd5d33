"""Stats whatever file the kind names: pid_for_children is accepted, an unknown kind is a ProcessLookupError."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = ("rejects_unknown_kinds_with_value_error",)


def namespace_id(pid: int, kind: str) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    try:
        return os.stat(f"/proc/{pid}/ns/{kind}").st_ino
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
