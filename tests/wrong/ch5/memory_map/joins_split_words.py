"""Splits on whitespace and joins the path back with single spaces: two spaces in a row become one."""

from __future__ import annotations

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
        parts = line.split()
        start, end = parts[0].split("-")
        result.append({"start": int(start, 16), "end": int(end, 16), "perms": parts[1],
                       "offset": int(parts[2], 16), "path": " ".join(parts[5:])})
    return result
