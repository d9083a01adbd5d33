"""What a process is doing: one line of ``/proc/<pid>/stat``.

The kernel keeps a record of every process (name, state, parent, threads, memory, CPU time...)
and prints it as a single line in ``/proc/<pid>/stat``, the line ``ps`` and ``top`` read::

    4242 (python3) S 4100 4242 4100 34816 ... 3 0 ...
    ^1   ^2        ^3 ^4                      ^20

Fields are numbered from 1 in ``man 5 proc``:

- field 2, ``comm``: the name, in parentheses (at most 15 characters, usually the program
  file's name; a program can rename itself with ``prctl(PR_SET_NAME)``),
- field 3, ``state``: one letter, ``R`` running, ``S`` sleeping, ``D`` waiting for the disk,
  ``T`` stopped, ``Z`` zombie (ended, not yet reaped by its parent), and a few more,
- field 4, ``ppid``: the parent's PID,
- field 20, ``num_threads``: how many threads the process holds (at least 1, the main thread).

The trap: the name may contain spaces and parentheses (a program named ``my (new) app``), so
``line.split()`` shifts every field after it.  The name starts after the first ``(`` and ends
at the LAST ``)`` of the line; split only what comes after that ``)``.  And the name comes
from ``stat`` (or ``/proc/<pid>/comm``), not from ``/proc/<pid>/cmdline``, which holds the
argument list (``python3 server.py``).

Why it matters for Docker: ``docker top`` and ``docker stats`` read these very records for the
processes of a container, and a container whose process is a zombie or stopped shows here.

Read: ``man 5 proc`` (``/proc/[pid]/stat``), ``man 1 ps`` (PROCESS STATE CODES).
"""

from __future__ import annotations


def process_status(pid: int) -> dict[str, object]:
    """Return ``{"name": str, "state": str, "ppid": int, "threads": int}`` for process ``pid``.

    ``name`` is the comm (without the parentheses), ``state`` the one-letter state,
    ``ppid`` the parent's pid and ``threads`` the number of threads.

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
