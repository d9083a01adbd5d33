"""Returns the second number of /proc/uptime, the CPUs' idle time, instead of the first."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("lies_between_two_readings_of_proc_uptime",)


def uptime() -> float:
    with open("/proc/uptime") as f:
        return float(f.read().split()[1])
