"""Labels each mapping by its end address, which is the first byte after it (another mapping, or a gap)."""

from __future__ import annotations

from .classify_address import classify_address
from .memory_map import memory_map

REJECTED_BY: tuple[str, ...] = ("grows_heap_and_mmap_as_a_real_process_allocates",)


def region_totals(pid: int) -> dict[str, int]:
    totals = dict.fromkeys(("code", "data", "heap", "stack", "mmap"), 0)
    for m in memory_map(pid):
        label = classify_address(pid, int(m["end"]))
        if label in totals:
            totals[label] += int(m["end"]) - int(m["start"])
    return totals
