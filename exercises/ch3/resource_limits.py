"""Resource allocation: how much may a process use?

With many processes running at once, the operating system shares out CPU time, memory, open
files and more, and caps each process with *resource limits*.  Every limit has a *soft* value,
the one enforced, and a *hard* ceiling up to which the process may raise its soft value.  The
shell's ``ulimit -a`` shows yours; ``prlimit --pid PID`` shows or changes another process's.

The kernel prints them all in ``/proc/<pid>/limits``, a fixed-width table::

    Limit                     Soft Limit           Hard Limit           Units
    Max stack size            8388608              unlimited            bytes
    Max open files            1024                 1048576              files
    Max nice priority         0                    0

Names contain spaces and some rows have no units, so splitting a row on whitespace does not
tell where the name ends: use the column widths of the header line.  Give numbers as ``int``
and ``unlimited`` as ``None``.

Why it matters for Docker: ``docker run --ulimit nofile=1024:2048`` sets exactly these limits
on the container's first process, and its children inherit them.

Read: ``man 5 proc`` (``/proc/[pid]/limits``), ``man 2 getrlimit``, ``man 1 prlimit``.
"""

from __future__ import annotations


def resource_limits(pid: int) -> dict[str, tuple[int | None, int | None]]:
    """Return ``{limit name: (soft, hard)}`` for every row of ``/proc/<pid>/limits``.

    Names are written as in the file (``"Max open files"``); values are ``int``, or ``None``
    for ``unlimited``.

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
