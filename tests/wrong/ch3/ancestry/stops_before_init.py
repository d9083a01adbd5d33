"""Stops walking when the parent is PID 1, so init itself is missing from the chain."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("walks_from_a_program_through_its_shells_up_to_init",)


def ancestry(pid: int) -> list[tuple[int, str]]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    chain = []
    while pid > 1:
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except FileNotFoundError:
            raise ProcessLookupError(pid) from None
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        chain.append((pid, comm))
        pid = int(stat[stat.rindex(")") + 2 :].split()[1])
    return chain
