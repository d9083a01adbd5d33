"""``docker stop``: ask politely, then insist.

There are two ways to end a process with a signal (``kill -l`` lists them all):

- ``SIGTERM`` (15, what plain ``kill <pid>`` sends) *asks* the process to end.  The process may
  catch it to finish its work first (flush files, close connections), or even ignore it.
- ``SIGKILL`` (9, ``kill -9 <pid>``) cannot be caught or ignored: the kernel ends the process
  at once, with no chance to clean up.

``docker stop`` combines them: it sends ``SIGTERM`` to the container's main process, waits a
grace period (10 seconds by default, ``docker stop -t``), and only if the process is still
alive then sends ``SIGKILL``.  Do the same with ``os.kill(pid, signal.SIGTERM)``, and so on.

Three traps:

- Do not sleep the whole grace period: check again and again (every few milliseconds) and
  return as soon as the process has ended.  ``docker stop`` on a well-behaved container
  returns at once.
- A process that has ended stays in the process table as a **zombie** (state ``Z`` in
  ``/proc/<pid>/stat``) until its parent reaps it with ``wait``, and you are usually not its
  parent.  A zombie has ended: count it as ended.  ``os.kill(pid, 0)`` still succeeds on a
  zombie, so it cannot tell you; read the state.
- The process may end between your check and your ``SIGKILL``: then ``os.kill`` raises
  ``ProcessLookupError``, and the process did end by itself.

Why it matters for Docker: a container's exit code ``143`` is 128 + 15 (it ended on SIGTERM),
``137`` is 128 + 9 (it was killed), which usually means the program ignored SIGTERM, for
example because it runs as PID 1 without a handler.

Read: ``man 7 signal``, ``man 2 kill``, ``man 5 proc`` (``/proc/[pid]/stat``, field 3),
``docker stop --help``.
"""

from __future__ import annotations


def stop_process(pid: int, grace: float = 10.0) -> str:
    """Stop process ``pid`` like ``docker stop``; return ``"terminated"`` or ``"killed"``.

    Send ``SIGTERM``.  Return ``"terminated"`` as soon as the process has ended (exited or
    become a zombie), if that happens within ``grace`` seconds.  Otherwise send ``SIGKILL``
    and return ``"killed"``.

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - Raise ``ProcessLookupError`` if there is no such process.
    """
    raise NotImplementedError
