"""Only creates a key when it meets a mapping of that label, so a process without some region lacks the key."""

from __future__ import annotations

from .classify_address import classify_address
from .memory_map import memory_map

REJECTED_BY: tuple[str, ...] = ("reports_all_five_labels_even_for_a_process_without_memory",)


def region_totals(pid: int) -> dict[str, int]:
    totals: dict[str, int] = {}
    for m in memory_map(pid):
        label = classify_address(pid, int(m["start"]))
        if label in ("code", "data", "heap", "stack", "mmap"):
            totals[label] = totals.get(label, 0) + int(m["end"]) - int(m["start"])
    return totals
