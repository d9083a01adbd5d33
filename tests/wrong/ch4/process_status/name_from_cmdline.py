"""Takes the name from /proc/PID/cmdline (the program's argv) instead of comm."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "reads_name_state_parent_and_threads_even_for_odd_names",
    "reports_stopped_and_zombie_states",
)


def process_status(pid: int) -> dict[str, object]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    try:
        with open(f"/proc/{pid}/stat") as f:
            raw = f.read()
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = f.read().split(b"\0")
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    name = os.path.basename(argv[0].decode(errors="replace"))
    rest = raw[raw.rindex(")") + 2 :].split()
    return {"name": name, "state": rest[0], "ppid": int(rest[1]), "threads": int(rest[17])}
