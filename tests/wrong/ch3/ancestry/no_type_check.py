"""Never checks the type of pid, so True reads /proc/True and "1" reads init."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("rejects_a_pid_that_is_not_an_int",)


def ancestry(pid: int) -> list[tuple[int, str]]:
    chain = []
    while True:
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except FileNotFoundError:
            raise ProcessLookupError(pid) from None
        chain.append((int(pid), stat[stat.index("(") + 1 : stat.rindex(")")]))
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        if ppid == 0:
            return chain
        pid = ppid
