"""``ps -ef | grep word``, done right.

To stop a program you started in the background you need its PID, and the classic way to find
it is::

    $ ps -ef | grep while_loop
    ubuntu  25514  25390 99 10:14 pts/0  00:01:03 python3 while_loop.py
    ubuntu  25522  25390  0 10:15 pts/0  00:00:00 grep --color=auto while_loop

``ps -ef`` prints the command line of every process, and ``grep`` keeps the lines containing
the word anywhere.  Note the second line: ``grep`` finds *itself*, because its own command line
contains the word.  Do the same search without that mistake.

- The command line of process ``pid`` is ``/proc/<pid>/cmdline``: the arguments (argv), each
  ended by a NUL byte ``b"\\0"``.  Join them with single spaces, as ``ps`` shows them, and
  look for ``word`` in that string (so ``"while_loop.py"`` matches ``python3
  while_loop.py`` although the process's *name* is ``python3``).
- Kernel threads have an empty command line: they never match.
- Leave out the process that calls ``find_pids``, as ``grep``'s own line should have been
  left out (``os.getpid()``).
- Processes come and go while you look: one that vanishes (``FileNotFoundError``,
  ``ProcessLookupError``) or that you may not read (``PermissionError``) is simply skipped.
- ``/proc`` also holds non-process entries (``cpuinfo``, ``self``...): only the all-digit
  names are processes.

Why it matters for Docker: ``docker ps`` is this list for containers, and ``docker top
<container>`` shows the processes inside one, with the PIDs the host knows them by.

Read: ``man 5 proc`` (``/proc/[pid]/cmdline``), ``man 1 ps``, ``man 1 pgrep`` (``pgrep -f``).
"""

from __future__ import annotations


def find_pids(word: str) -> list[int]:
    """Return the sorted PIDs of the processes whose command line contains ``word``.

    The command line is the process's argv joined by single spaces.  The calling process is
    never in the result.

    - Raise ``ValueError`` if ``word`` is empty (every process would match).
    """
    raise NotImplementedError
