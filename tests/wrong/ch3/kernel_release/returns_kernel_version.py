"""Returns the kernel's build version (`uname -v`) instead of its release (`uname -r`)."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = ("matches_uname_release",)


def kernel_release() -> str:
    return os.uname().version
