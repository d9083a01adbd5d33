"""How full is the disk? (reference answer)"""

from __future__ import annotations

import os


def disk_usage(path: str) -> dict[str, int]:
    st = os.statvfs(path)  # raises FileNotFoundError for a missing path
    # statvfs(3): block counts are in units of f_frsize (the fundamental block size), not
    # f_bsize (the preferred I/O size); they are equal on most file systems, not all.
    # "free" is f_bavail: what an unprivileged user can still write; f_bfree also counts the
    # root reserve, which is why used + free < total on ext4.
    return {
        "total": st.f_blocks * st.f_frsize,
        "used": (st.f_blocks - st.f_bfree) * st.f_frsize,
        "free": st.f_bavail * st.f_frsize,
    }
