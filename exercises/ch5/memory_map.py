"""Read the memory map of a process.

Every process sees its own private *virtual* address space.  The kernel fills it with
*mappings*: ranges of addresses backed by a file (the program, its libraries, a file someone
``mmap``-ed) or by anonymous zero-filled memory (the heap, the stacks, big ``malloc`` blocks).
``/proc/<pid>/maps`` lists them, one line each, lowest address first::

    55d4c1a2e000-55d4c1a30000 r-xp 00002000 fe:00 260131                     /usr/bin/cat
    7f66f09d4000-7f66f0a19000 rw-p 00000000 00:00 0
    7ffcbab1b000-7ffcbab3c000 rw-p 00000000 00:00 0                          [stack]

The fields are: ``start-end`` (hexadecimal, the range is half-open: ``end`` is the first byte
*not* mapped), permissions (``r w x`` and ``p`` private / ``s`` shared), the offset into the file
(hexadecimal too), the device, the inode, and the path: empty for anonymous memory, a
``[name]`` for special areas, and otherwise a file path, which may contain spaces and ends in
``" (deleted)"`` when the file was removed after it was mapped.

Try ``cat /proc/self/maps`` and ``pmap -X <pid>``.  Read ``man 5 proc`` (``/proc/pid/maps``).
Why it matters for Docker: a container's processes are ordinary processes on the host's
kernel, so this file works for them too (``docker top`` gives their host PIDs).  The
file-backed lines of a containerised process name files of its *image*, and the memory that
``docker stats`` reports is charged page by page for mappings like these.
"""

from __future__ import annotations

from typing import TypedDict


class Mapping(TypedDict):
    """One line of ``/proc/<pid>/maps``: the half-open range ``[start, end)`` and what backs it."""

    start: int
    end: int
    perms: str
    offset: int
    path: str


def memory_map(pid: int) -> list[Mapping]:
    """Return the mappings of process ``pid`` in file order (lowest address first).

    Each item is ``{"start": int, "end": int, "perms": "r-xp", "offset": int, "path": str}``,
    with ``path == ""`` for an anonymous mapping, and a path kept exactly as the kernel wrote it
    (spaces and a trailing ``" (deleted)"`` included).

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
