"""How much RAM does this machine have, and how much is still available?

RAM is the computer's scratch paper: the CPU works from it, keeping there the program it runs
and the intermediate results it needs next.  It is fast, small next to a disk, and emptied at
power-off.

The kernel reports memory in ``/proc/meminfo``, one ``Name:   value kB`` line per counter.  Two
of them answer the question:

- ``MemTotal``: the RAM the kernel manages (a bit less than what is installed).
- ``MemAvailable``: an estimate of how much a new program could get without the machine
  swapping.  It is not ``MemFree``: free memory is memory doing nothing, while the page cache
  can be dropped on demand and counts as available.

The unit is written ``kB`` but means KiB: multiply by 1024, not 1000, and return bytes.

Why it matters for Docker: ``docker run --memory=512m`` caps a container, yet ``free`` or
``/proc/meminfo`` inside it still shows the host's RAM.  A program that sizes its caches from
``MemTotal`` inside a capped container is killed by the OOM killer.

Read: ``man 5 proc`` (``/proc/meminfo``), ``man 1 free``.
"""

from __future__ import annotations


def memory_info() -> dict[str, int]:
    """Return ``{"total": bytes, "available": bytes}`` from ``MemTotal`` and ``MemAvailable``."""
    raise NotImplementedError
