"""Lets open()'s FileNotFoundError escape for a missing process instead of raising ProcessLookupError."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("raises_for_missing_processes_and_non_int_pids_in_memory_map",)


def memory_map(pid: int) -> list[dict[str, int | str]]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    with open(f"/proc/{pid}/maps") as f:
        text = f.read()
    result: list[dict[str, int | str]] = []
    for line in text.splitlines():
        parts = line.split(None, 5)
        start, end = parts[0].split("-")
        result.append({"start": int(start, 16), "end": int(end, 16), "perms": parts[1],
                       "offset": int(parts[2], 16), "path": parts[5] if len(parts) > 5 else ""})
    return result
