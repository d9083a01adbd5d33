"""The chain of parents of a process, up to init (reference answer)."""

from __future__ import annotations


def _comm_and_ppid(pid: int) -> tuple[str, int]:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except FileNotFoundError:
        # The process never existed, or it (or an ancestor we were walking to) exited
        # between two reads: a race, not a bug.
        raise ProcessLookupError(pid) from None
    # Field 2 is the command name in parentheses, and the name itself may contain spaces and
    # parentheses (prctl(2) PR_SET_NAME, or a program file named "my prog"): it ends at the
    # LAST ")" of the line (man 5 proc, /proc/[pid]/stat). The state and the ppid follow it.
    left, right = stat.index(b"("), stat.rindex(b")")
    comm = stat[left + 1 : right].decode("utf-8", "replace")
    ppid = int(stat[right + 2 :].split()[1])
    return comm, ppid


def ancestry(pid: int) -> list[tuple[int, str]]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    chain: list[tuple[int, str]] = []
    while True:
        comm, ppid = _comm_and_ppid(pid)
        chain.append((pid, comm))
        # Init (PID 1) has parent 0, and so do kernel threads' root kthreadd (PID 2) and the
        # init of a PID namespace seen from inside it: parent 0 means "no parent to show".
        if ppid == 0:
            return chain
        pid = ppid
