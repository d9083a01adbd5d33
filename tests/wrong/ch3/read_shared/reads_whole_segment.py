"""Returns the whole segment instead of its first size bytes."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("reads_the_first_bytes_another_process_shared",)


def read_shared(name: str, size: int) -> bytes:
    with open(f"/dev/shm/{name}", "rb") as f:
        return f.read()
