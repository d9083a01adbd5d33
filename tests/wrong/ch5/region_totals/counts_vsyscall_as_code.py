"""Labels mappings by their own permissions without the kernel-space rule, so [vsyscall] counts as code."""

from __future__ import annotations

from .memory_map import memory_map

REJECTED_BY: tuple[str, ...] = ("grows_heap_and_mmap_as_a_real_process_allocates",)


def region_totals(pid: int) -> dict[str, int]:
    maps = memory_map(pid)
    totals = dict.fromkeys(("code", "data", "heap", "stack", "mmap"), 0)
    for i, m in enumerate(maps):
        path, size = str(m["path"]), int(m["end"]) - int(m["start"])
        prev = maps[i - 1] if i else None
        if path in ("[stack]", "[heap]"):
            label = path[1:-1]
        elif "x" in str(m["perms"]):
            label = "code"
        elif path.startswith("/"):
            label = "data"
        elif (path == "" and prev is not None and prev["end"] == m["start"]
              and str(prev["path"]).startswith("/") and "w" in str(prev["perms"])):
            label = "data"
        else:
            label = "mmap"
        totals[label] += size
    return totals
