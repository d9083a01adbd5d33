"""The regular files a process holds open (reference answer)."""

from __future__ import annotations

import os
import stat


def open_files(pid: int) -> list[str]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    fd_dir = f"/proc/{pid}/fd"
    try:
        fds = os.listdir(fd_dir)
    except (FileNotFoundError, NotADirectoryError):
        raise ProcessLookupError(pid) from None
    paths: set[str] = set()
    for fd in fds:
        link = os.path.join(fd_dir, fd)
        try:
            # The link text is the path the file had when it was opened, or "socket:[inode]",
            # "pipe:[inode]", "anon_inode:[eventfd]" ... (man 5 proc, /proc/[pid]/fd/).
            target = os.readlink(link)
            # stat() through the link reaches the open file itself, even a deleted one whose
            # path no longer exists: only S_ISREG tells a regular file from a directory, a
            # device such as /dev/null, a socket or a pipe.
            mode = os.stat(link).st_mode
        except FileNotFoundError:
            if not os.path.isdir(fd_dir):
                raise ProcessLookupError(pid) from None  # the whole process exited meanwhile
            continue  # only this fd was closed between listdir and readlink: a race
        if stat.S_ISREG(mode):
            # A deleted file keeps its old path with " (deleted)" appended: keep it as is.
            paths.add(target)
    return sorted(paths)
