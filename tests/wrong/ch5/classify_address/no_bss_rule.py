"""Forgets the bss rule: a library's zero-initialised globals (libc's environ) come out as mmap."""

from __future__ import annotations

import platform

from .memory_map import memory_map

KERNEL_SPACE_START = 0xFFFF_8000_0000_0000 if platform.machine() == "x86_64" else 0xFFFF_0000_0000_0000

# Not the anchors check: where libc's `environ` lands depends on the interpreter. Debian's
# non-PIE /usr/bin/python3.11 takes it by copy relocation into its own .bss, inside the last
# file-backed page, where rule 5 already says "data". The edges check finds a real bss mapping
# on every layout.
REJECTED_BY: tuple[str, ...] = (
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
    for m in maps:
        if m["start"] <= addr < m["end"]:
            if m["path"] == "[stack]":
                return "stack"
            if m["path"] == "[heap]":
                return "heap"
            if "x" in str(m["perms"]):
                return "code"
            if str(m["path"]).startswith("/"):
                return "data"
            return "mmap"
    return "unmapped"
