"""Swallows the error of a missing path and reports an empty disk instead."""

import os

REJECTED_BY: tuple[str, ...] = ("raises_file_not_found_error_for_a_missing_path",)


def disk_usage(path):
    try:
        st = os.statvfs(path)
    except OSError:
        return {"total": 0, "used": 0, "free": 0}
    return {
        "total": st.f_blocks * st.f_frsize,
        "used": (st.f_blocks - st.f_bfree) * st.f_frsize,
        "free": st.f_bavail * st.f_frsize,
    }
