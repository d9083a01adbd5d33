"""How full is the disk?

RAM is small and forgets everything at power-off, so everything that must last (programs,
data, container images) lives on secondary storage: an SSD or a hard disk.  Each mounted file
system reports its size through ``statvfs``, in *blocks*:

- ``f_frsize``: the size of one block in bytes (multiply every block count by it);
- ``f_blocks``: all blocks of the file system;
- ``f_bfree``: free blocks, including those reserved for root (ext4 keeps ~5% back);
- ``f_bavail``: free blocks an ordinary user may still use.

Return what ``shutil.disk_usage`` returns (and ``df`` shows), in bytes:
``total = f_blocks × f_frsize``, ``used = (f_blocks - f_bfree) × f_frsize``,
``free = f_bavail × f_frsize``.  Note that ``used + free`` may be less than ``total``: the
difference is the reserve.  Use ``os.statvfs`` yourself:
the point is to see the blocks that ``shutil`` hides.

A path that does not exist raises ``FileNotFoundError`` (``os.statvfs`` already does that).

Why it matters for Docker: images and container layers live under ``/var/lib/docker``; a full
disk is one of the most common ways a Docker host fails (``docker system df`` tells you who
uses it).

Read: ``man 3 statvfs``, ``man 1 df``.
"""

from __future__ import annotations


def disk_usage(path: str) -> dict[str, int]:
    """Return ``{"total": bytes, "used": bytes, "free": bytes}`` for the file system of ``path``.

    ``FileNotFoundError`` if ``path`` does not exist.
    """
    raise NotImplementedError
