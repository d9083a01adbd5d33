"""Returns all zeros for a process that does not exist instead of raising ProcessLookupError."""

from __future__ import annotations

from .classify_address import classify_address
from .memory_map import memory_map

REJECTED_BY: tuple[str, ...] = ("raises_for_missing_processes_and_non_int_pids_in_region_totals",)


def region_totals(pid: int) -> dict[str, int]:
    totals = dict.fromkeys(("code", "data", "heap", "stack", "mmap"), 0)
    try:
        maps = memory_map(pid)
    except ProcessLookupError:
        return totals  # no process, no memory
    for m in maps:
        label = classify_address(pid, int(m["start"]))
        if label in totals:
            totals[label] += int(m["end"]) - int(m["start"])
    return totals
