"""Is there a process with this id? Ask ``/proc``.

A process is a program that is running: the kernel loaded it from the disk into memory and
gave it a number, its process id (PID).  Running the same program twice makes two processes
with two PIDs.  For each process the kernel shows a directory ``/proc/<pid>``, and the
directory disappears when the process is gone (``ls /proc`` then ``kill -9 <pid>`` shows it).

A process "is there" while it runs, sleeps, is stopped (``Ctrl+Z``, ``SIGSTOP``) and even
after it exits, as a *zombie*, until its parent collects its exit status with ``wait``.

One trap.  Threads have ids too, from the same number space (the main thread's id is the
PID).  ``/proc/<tid>`` of a thread that is *not* a main thread can be opened, even though
``ls /proc`` does not list it (``man 5 proc``: these directories "are not visible when
iterating through /proc").  So ``os.path.exists(f"/proc/{pid}")`` says yes for thread ids,
and so does ``os.kill(pid, 0)`` (which also fails with ``PermissionError`` for other users'
processes).  Only the *listing* of ``/proc`` names processes and nothing else.

Why it matters for Docker: ``ls /proc`` inside a container lists only the container's own
processes, because the container has its own PID namespace and its own ``/proc`` (chapter 6).

Read: ``man 5 proc`` (``/proc/[pid]``, ``/proc/[tid]``).
"""

from __future__ import annotations


def pid_in_proc(pid: int) -> bool:
    """Return ``True`` iff a process with id ``pid`` is listed in ``/proc``.

    ``True`` for running, sleeping, stopped and zombie processes.  ``False`` for a thread id
    that is not a process, for ids not in use, for ``0`` and for negative numbers.

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    """
    raise NotImplementedError
