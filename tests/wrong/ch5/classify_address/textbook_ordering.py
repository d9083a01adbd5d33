"""Classifies by position, as in the textbook picture: from the stack's start up is stack, from the
heap's start up to there is heap, and below the heap code or data by permissions."""

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
    found = next((m for m in maps if m["start"] <= addr < m["end"]), None)
    if found is None:
        return "unmapped"
    stack = next(m for m in maps if m["path"] == "[stack]")
    heap = next(m for m in maps if m["path"] == "[heap]")
    if addr >= stack["start"]:
        return "stack"
    if addr >= heap["start"]:
        return "heap"  # the heap grows up toward the stack
    return "code" if "x" in str(found["perms"]) else "data"
