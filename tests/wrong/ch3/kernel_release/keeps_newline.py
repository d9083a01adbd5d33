"""Returns the file's text as read, trailing newline included."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("matches_uname_release",)


def kernel_release() -> str:
    with open("/proc/sys/kernel/osrelease") as f:
        return f.read()
