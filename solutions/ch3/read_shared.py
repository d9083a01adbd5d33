"""Read a POSIX shared-memory segment another process created (reference answer)."""

from __future__ import annotations

import mmap
import os

# On Linux, shm_open(3) is open(2) on a file of the tmpfs mounted at /dev/shm (man 7 shm_overview).
SHM_DIR = "/dev/shm"


def read_shared(name: str, size: int) -> bytes:
    # shm_open names look like "/psm_1a2b" while Python's SharedMemory.name drops the slash:
    # accept both, and nothing that would walk out of /dev/shm.
    bare = name.removeprefix("/")
    if not bare or "/" in bare or bare in (".", ".."):
        raise ValueError(f"not a shared-memory segment name: {name!r}")
    if size < 0:
        raise ValueError("size must not be negative")
    fd = os.open(os.path.join(SHM_DIR, bare), os.O_RDONLY)  # FileNotFoundError if missing
    try:
        length = min(size, os.fstat(fd).st_size)
        if length == 0:
            return b""  # mmap(2) refuses an empty mapping
        # Map the segment, as the writer did: both processes now see the same physical pages.
        # We only read, and we never shm_unlink(3): the segment belongs to its creator.
        with mmap.mmap(fd, length, prot=mmap.PROT_READ) as view:
            return view[:length]
    finally:
        os.close(fd)
