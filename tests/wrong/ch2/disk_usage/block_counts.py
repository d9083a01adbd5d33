"""Returns block counts without multiplying by the block size f_frsize."""

import os

REJECTED_BY: tuple[str, ...] = ("counts_like_shutil_disk_usage_on_real_file_systems", "measures_a_fresh_tmpfs_of_random_size_holding_a_file_of_random_size")


def disk_usage(path):
    st = os.statvfs(path)
    return {"total": st.f_blocks, "used": st.f_blocks - st.f_bfree, "free": st.f_bavail}
