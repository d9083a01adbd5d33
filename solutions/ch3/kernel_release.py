"""The release of the running kernel (reference answer)."""

from __future__ import annotations


def kernel_release() -> str:
    # The file ends with a newline, as every line-oriented /proc file does (man 5 proc,
    # /proc/sys/kernel/osrelease); `uname -r` prints the same string without it.
    with open("/proc/sys/kernel/osrelease", encoding="ascii") as f:
        return f.read().strip()
