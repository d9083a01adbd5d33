"""Splits /proc/PID/stat on spaces, which breaks on a command name that contains a space."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("walks_from_a_program_through_its_shells_up_to_init",)


def ancestry(pid: int) -> list[tuple[int, str]]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    chain = []
    while True:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().split()
        except FileNotFoundError:
            raise ProcessLookupError(pid) from None
        chain.append((pid, fields[1].strip("()")))
        ppid = int(fields[3])
        if ppid == 0:
            return chain
        pid = ppid
