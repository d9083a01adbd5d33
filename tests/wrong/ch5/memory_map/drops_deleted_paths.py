"""Keeps a path only if that file still exists: a deleted file's mapping loses its path."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = ("keeps_paths_with_spaces_and_the_deleted_suffix_whole",)


def memory_map(pid: int) -> list[dict[str, int | str]]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    try:
        with open(f"/proc/{pid}/maps") as f:
            text = f.read()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    result: list[dict[str, int | str]] = []
    for line in text.splitlines():
        parts = line.split(None, 5)
        start, end = parts[0].split("-")
        path = parts[5] if len(parts) > 5 else ""
        if path.startswith("/") and not os.path.exists(path):
            path = ""  # "not a real file any more"
        result.append({"start": int(start, 16), "end": int(end, 16), "perms": parts[1],
                       "offset": int(parts[2], 16), "path": path})
    return result
