"""Seconds since boot (reference answer)."""

from __future__ import annotations


def uptime() -> float:
    # /proc/uptime holds two numbers (man 5 proc): the seconds since boot, then the seconds
    # all CPUs together spent idle -- which can exceed the first on a machine with many CPUs.
    with open("/proc/uptime", encoding="ascii") as f:
        return float(f.read().split()[0])
