"""Treats a mapping as containing its end address (start <= addr <= end): the byte past it is not."""

from __future__ import annotations

import platform

from .memory_map import memory_map

KERNEL_SPACE_START = 0xFFFF_8000_0000_0000 if platform.machine() == "x86_64" else 0xFFFF_0000_0000_0000

REJECTED_BY: tuple[str, ...] = ("agrees_with_the_rules_at_edges_gaps_and_the_canonical_hole",)


def classify_address(pid: int, addr: int) -> str:
    if not isinstance(addr, int) or isinstance(addr, bool):
        raise TypeError(addr)
    if addr < 0:
        raise ValueError(addr)
    maps = memory_map(pid)
    if addr >= KERNEL_SPACE_START:
        return "kernel"
    for i, m in enumerate(maps):
        if m["start"] <= addr <= m["end"]:
            if m["path"] in ("[stack]", "[heap]"):
                return str(m["path"])[1:-1]
            if "x" in str(m["perms"]):
                return "code"
            if str(m["path"]).startswith("/"):
                return "data"
            prev = maps[i - 1] if i else None
            if (m["path"] == "" and prev is not None and prev["end"] == m["start"]
                    and str(prev["path"]).startswith("/") and "w" in str(prev["perms"])):
                return "data"
            return "mmap"
    return "unmapped"
