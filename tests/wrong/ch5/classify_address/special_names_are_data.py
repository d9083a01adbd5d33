"""Calls every bracketed special mapping other than [stack] and [heap] data, so [vdso] is not code."""

from __future__ import annotations

import platform

from .memory_map import memory_map

KERNEL_SPACE_START = 0xFFFF_8000_0000_0000 if platform.machine() == "x86_64" else 0xFFFF_0000_0000_0000

REJECTED_BY: tuple[str, ...] = (
    "labels_the_known_anchors_of_a_real_python_process",
    "agrees_with_the_rules_at_edges_gaps_and_the_canonical_hole",
)


def classify_address(pid: int, addr: int) -> str:
    if not isinstance(addr, int) or isinstance(addr, bool):
        raise TypeError(addr)
    if addr < 0:
        raise ValueError(addr)
    maps = memory_map(pid)
    if addr >= KERNEL_SPACE_START:
        return "kernel"
    for i, m in enumerate(maps):
        if m["start"] <= addr < m["end"]:
            path = str(m["path"])
            if path in ("[stack]", "[heap]"):
                return path[1:-1]
            if path.startswith("["):
                return "data"  # [vdso], [vvar]: kernel-provided data
            if "x" in str(m["perms"]):
                return "code"
            if path.startswith("/"):
                return "data"
            prev = maps[i - 1] if i else None
            if (path == "" and prev is not None and prev["end"] == m["start"]
                    and str(prev["path"]).startswith("/") and "w" in str(prev["perms"])):
                return "data"
            return "mmap"
    return "unmapped"
