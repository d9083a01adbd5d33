"""Reads the offset field with int(text) as if it were decimal; it is hexadecimal like the addresses."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = (
    "matches_psutil_and_the_raw_file_line_for_line",
    "keeps_paths_with_spaces_and_the_deleted_suffix_whole",
)


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
        offset = parts[2]
        result.append({"start": int(start, 16), "end": int(end, 16), "perms": parts[1],
                       "offset": int(offset) if offset.isdigit() else int(offset, 16),
                       "path": parts[5] if len(parts) > 5 else ""})
    return result
