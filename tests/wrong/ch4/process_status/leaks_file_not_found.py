"""Lets the FileNotFoundError of a missing /proc/PID/stat escape instead of ProcessLookupError."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = (
    "raises_for_missing_processes",
)


def process_status(pid: int) -> dict[str, object]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    with open(f"/proc/{pid}/stat") as f:
        raw = f.read()
    name = raw[raw.index("(") + 1 : raw.rindex(")")]
    rest = raw[raw.rindex(")") + 2 :].split()
    return {"name": name, "state": rest[0], "ppid": int(rest[1]), "threads": int(rest[17])}
