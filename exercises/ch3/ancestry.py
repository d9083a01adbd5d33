"""From a program, up through the shell, to init.

You never talk to the kernel directly: a shell (bash, zsh) reads your command, asks the kernel
to create a process for it, and waits.  So every program you start from a terminal is a child
of your shell, the shell is a child of a terminal or login program, and so on up to PID 1, the
first process the kernel starts after boot (``init``/``systemd``).  ``pstree -s $$`` draws it.

Each process shows its parent in ``/proc/<pid>/stat``::

    4242 (sleep) S 4100 4242 4100 ...
    ^pid  ^comm  ^state ^ppid

Field 2 is ``comm``, the short command name (at most 15 characters, usually the program
file's name) in parentheses.  Careful: the name itself may contain spaces and parentheses
(a program file named ``my prog``), so do not split the line on spaces.  Everything after the
LAST ``)`` is the state, then the parent's pid.  Do not use ``/proc/<pid>/cmdline`` either:
that is the argument list (``sleep 1000``), not the name.  PID 1's parent is ``0`` (no
process); stop when you meet a parent ``0``.

Why it matters for Docker: inside a container the program you run *is* PID 1, because its own
PID namespace starts a fresh tree (chapter 6).

Read: ``man 5 proc`` (``/proc/[pid]/stat``), ``man 1 pstree``.
"""

from __future__ import annotations


def ancestry(pid: int) -> list[tuple[int, str]]:
    """Return ``[(pid, comm), (parent_pid, parent_comm), ..., (1, init_comm)]``.

    The list starts with the process itself and walks parent by parent up to and including
    PID 1 (or the last process whose parent is ``0``).

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
