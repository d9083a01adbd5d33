"""Takes f_bfree as free space, which counts the blocks reserved for root."""

import os

REJECTED_BY: tuple[str, ...] = ("counts_like_shutil_disk_usage_on_real_file_systems",)


def disk_usage(path):
    st = os.statvfs(path)
    return {"total": st.f_blocks * st.f_frsize, "used": (st.f_blocks - st.f_bfree) * st.f_frsize, "free": st.f_bfree * st.f_frsize}
