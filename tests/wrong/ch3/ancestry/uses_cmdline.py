"""Names each process by its command line (/proc/PID/cmdline) instead of its comm."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("walks_from_a_program_through_its_shells_up_to_init",)


def ancestry(pid: int) -> list[tuple[int, str]]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(pid)
    chain = []
    while True:
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                name = f.read().replace(b"\0", b" ").decode().strip()
        except FileNotFoundError:
            raise ProcessLookupError(pid) from None
        chain.append((pid, name))
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        if ppid == 0:
            return chain
        pid = ppid
