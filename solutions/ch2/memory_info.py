"""How much RAM does this machine have, and how much is still available? (reference answer)"""

from __future__ import annotations


def memory_info() -> dict[str, int]:
    fields: dict[str, int] = {}
    with open("/proc/meminfo", encoding="ascii") as f:
        for line in f:
            name, _, rest = line.partition(":")
            fields[name] = int(rest.split()[0])
    # proc(5) writes "kB" but means KiB (fs/proc/meminfo.c shifts pages by PAGE_SHIFT - 10).
    return {"total": fields["MemTotal"] * 1024, "available": fields["MemAvailable"] * 1024}
