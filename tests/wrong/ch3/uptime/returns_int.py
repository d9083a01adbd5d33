"""Truncates the uptime to whole seconds and returns an int."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("lies_between_two_readings_of_proc_uptime",)


def uptime() -> float:
    with open("/proc/uptime") as f:
        return int(float(f.read().split()[0]))  # type: ignore[return-value]
