"""Computes used as total - free, which adds the root reserve to what is used."""

import os

REJECTED_BY: tuple[str, ...] = ("counts_like_shutil_disk_usage_on_real_file_systems",)


def disk_usage(path):
    st = os.statvfs(path)
    return {"total": st.f_blocks * st.f_frsize, "used": (st.f_blocks - st.f_bavail) * st.f_frsize, "free": st.f_bavail * st.f_frsize}
