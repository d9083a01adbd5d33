"""Communication: read memory another process shares with you.

Processes cannot see each other's memory: the kernel keeps every address space apart.  To
exchange data fast they ask the kernel for *shared memory*: a segment, created by one process
with ``shm_open(3)`` and mapped into each process's memory with ``mmap(2)``.  What one process
writes there, the others see at once, with no copy.

On Linux a POSIX shared-memory segment named ``/name`` is a file ``/dev/shm/name`` on a RAM
file system (``ls -l /dev/shm``).  Python's ``multiprocessing.shared_memory.SharedMemory``
creates them, and its ``.name`` is the name without the leading ``/``.  Open the file
read-only, map it with the ``mmap`` module (or just read it) and return the first ``size``
bytes.  The segment belongs to the process that made it: do not remove it (no ``unlink``,
and beware that ``SharedMemory(name)`` in Python 3.11 registers the segment for removal when
your process ends).

Why it matters for Docker: ``/dev/shm`` is a separate small tmpfs in every container
(``docker run --shm-size``), and containers share memory only when you ask
(``--ipc=host``, ``--ipc=container:<id>``).

Read: ``man 7 shm_overview``, ``man 3 shm_open``, ``man 2 mmap``.
"""

from __future__ import annotations


def read_shared(name: str, size: int) -> bytes:
    """Return the first ``size`` bytes of the POSIX shared-memory segment ``name``.

    ``name`` is given the way ``SharedMemory.name`` shows it (``"psm_1a2b3c"``).

    - Raise ``FileNotFoundError`` when no such segment exists.
    - Leave the segment in place for the other processes.
    """
    raise NotImplementedError
