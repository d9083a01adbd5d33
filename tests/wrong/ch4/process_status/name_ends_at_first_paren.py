"""Ends the name at the FIRST ")" of /proc/PID/stat, which breaks on a name that contains ")"."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = (
    "reads_name_state_parent_and_threads_even_for_odd_names",
)


def process_status(pid: int) -> dict[str, object]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    try:
        with open(f"/proc/{pid}/stat") as f:
            raw = f.read()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    end = raw.index(")")
    name = raw[raw.index("(") + 1 : end]
    rest = raw[end + 2 :].split()
    return {"name": name, "state": rest[0], "ppid": int(rest[1]), "threads": int(rest[17])}
