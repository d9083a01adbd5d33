"""Lets the FileNotFoundError of a missing /proc/PID/stat escape instead of ProcessLookupError."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("raises_process_lookup_error_for_a_missing_process",)


def ancestry(pid: int) -> list[tuple[int, str]]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    chain = []
    while True:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
        chain.append((pid, stat[stat.index("(") + 1 : stat.rindex(")")]))
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        if ppid == 0:
            return chain
        pid = ppid
