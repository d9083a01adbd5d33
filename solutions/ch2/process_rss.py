"""How much RAM is one process using right now? (reference answer)"""

from __future__ import annotations


def _status(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        # The process never existed, or exited (and was reaped) between lookups: a race.
        raise ProcessLookupError(pid) from None


def process_rss(pid: int) -> int:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    for line in _status(pid).splitlines():
        if line.startswith("VmRSS:"):
            # proc(5): "VmRSS:  1234 kB", where kB means KiB.
            return int(line.split()[1]) * 1024
    # Zombies and kernel threads have no mm, so the kernel prints no Vm* lines at all
    # (fs/proc/task_mmu.c, task_mem is only called when there is an mm).
    return 0
