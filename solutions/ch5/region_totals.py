"""Add up how much of a process's address space each region takes (reference answer)."""

from __future__ import annotations

from .classify_address import label_of
from .memory_map import memory_map

LABELS = ("code", "data", "heap", "stack", "mmap")


def region_totals(pid: int) -> dict[str, int]:
    """Return label -> total bytes of the mappings of that label, all five labels present."""
    maps = memory_map(pid)  # read once, so every mapping is labelled against the same snapshot
    totals = dict.fromkeys(LABELS, 0)
    for m in maps:
        label = label_of(maps, m["start"])  # a mapping's label is the label of its start
        if label in totals:  # [vsyscall] is "kernel": not part of the process's own regions
            totals[label] += m["end"] - m["start"]
    return totals
