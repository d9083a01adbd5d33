"""Splits /proc/PID/stat on spaces, which shifts every field when the name contains a space."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = (
    "reads_name_state_parent_and_threads_even_for_odd_names",
)


def process_status(pid: int) -> dict[str, object]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().split()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    return {"name": fields[1].strip("()"), "state": fields[2], "ppid": int(fields[3]),
            "threads": int(fields[19])}
