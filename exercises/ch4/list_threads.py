"""List the threads of a process.

A process is a container for threads: it holds the memory, the open files and the other
resources, and every thread is one flow of execution that uses them.  Every process has at
least one thread, its main thread, whose thread id (TID) equals the process id (PID).

Linux shows each thread of process ``pid`` as a directory ``/proc/<pid>/task/<tid>``.
Read that directory.  Why it matters for Docker: a container's "process" is often a
multi-threaded server, and ``docker top`` / ``ps -T`` read exactly these entries.

Read: ``man 5 proc`` (``/proc/[pid]/task``).
"""

from __future__ import annotations


def list_threads(pid: int) -> list[int]:
    """Return the sorted thread ids of process ``pid``, its main thread included.

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
