"""Read the memory map of a process (reference answer)."""

from __future__ import annotations

import os
from typing import TypedDict


class Mapping(TypedDict):
    """One line of ``/proc/<pid>/maps``: the half-open range ``[start, end)`` and what backs it."""

    start: int
    end: int
    perms: str
    offset: int
    path: str


def _read_maps(pid: int) -> bytes:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    try:
        # One read of the whole file: the kernel builds it line by line from the live address
        # space (seq_file), so the shorter the read, the smaller the window for a concurrent
        # mmap()/munmap() to shift lines under us.  See man 5 proc, /proc/pid/maps.
        with open(f"/proc/{pid}/maps", "rb") as f:
            return f.read()
    except (FileNotFoundError, NotADirectoryError):
        # No such process, or it exited between our lookups: a race, not a crash.
        # A PermissionError (another user's process) is left alone on purpose.
        raise ProcessLookupError(pid) from None


def memory_map(pid: int) -> list[Mapping]:
    """Return the mappings of process ``pid`` in file order (lowest address first)."""
    result: list[Mapping] = []
    for line in _read_maps(pid).splitlines():
        # "start-end perms offset dev inode      path": the path is everything after the fifth
        # field, padded on the left by the kernel for alignment.  It may contain spaces and end
        # in " (deleted)", so split at most five times and keep the rest whole.
        fields = line.split(None, 5)
        start, _, end = fields[0].partition(b"-")
        result.append(
            {
                "start": int(start, 16),
                "end": int(end, 16),
                "perms": fields[1].decode("ascii"),
                "offset": int(fields[2], 16),  # hexadecimal, like the addresses
                # Paths are bytes on Linux; fsdecode keeps undecodable ones round-trippable.
                "path": os.fsdecode(fields[5]) if len(fields) > 5 else "",
            }
        )
    return result
