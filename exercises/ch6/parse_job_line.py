"""Read bash's job line.

The hands-on session of this chapter starts a program in the background::

    $ python while_loop.py &
    [1] 25514

``&`` tells the shell not to wait: it forks, the child runs the program, and the shell prints
the *job number* in brackets and the child's *PID*, then gives you your prompt back. The job
number is the shell's own short name for it (``fg %1``, ``kill %1``); the PID is the kernel's,
the name of the directory ``/proc/25514`` and what ``kill -9 25514`` needs.

Read: ``man bash``, section JOB CONTROL.
"""

from __future__ import annotations


def parse_job_line(line: str) -> tuple[int, int]:
    """Return ``(job, pid)`` from a line like ``"[1] 25514"`` (surrounding whitespace is fine).

    Raise ``ValueError`` for any other line (``"[1]+  Done  sleep 1"``, ``"25514"``, ``""``...).
    """
    raise NotImplementedError
