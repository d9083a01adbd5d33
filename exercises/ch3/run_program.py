"""Program execution: the first service an operating system offers.

To run a program, a shell does what you will do here, with three system calls:

1. ``os.fork()`` copies the calling process; the copy (the child) gets ``0`` back, the
   parent gets the child's pid.
2. In the child, ``os.execvp(argv[0], argv)`` replaces the copy's memory with the program
   found on ``PATH`` and starts it.  It only returns if it failed (``OSError``).
3. The parent ``os.waitpid(pid, 0)``s for the child: this returns its *wait status* and
   removes the finished child from the process table (until then it is a "zombie").
   ``os.waitstatus_to_exitcode(status)`` turns the status into the exit code, or into
   ``-N`` when signal ``N`` killed the program.

Connect the child's stdin and stdout to pipes (``os.pipe()``, ``os.dup2(fd, 0)``) so that
you can feed it ``stdin`` and collect what it prints.  Two traps:

- A pipe holds only about 64 KiB.  A program that prints more blocks until somebody reads,
  so waiting for it *before* reading its output never finishes.  Read while it runs
  (``select.poll``/``select.select``, or a thread for writing ``stdin``).
- When ``execvp`` fails, you are in the child, and the caller must still get a
  ``FileNotFoundError``, not an exit code.  Tell the parent through one more pipe (its fds
  close by themselves on a successful exec: ``os.pipe()`` sets ``O_CLOEXEC``).  And reap that
  child too.

Why it matters for Docker: ``docker run`` ends in exactly this fork/exec, and the container's
exit code (``docker wait``, ``$?``) is this status, ``137`` meaning 128 + SIGKILL.

Read: ``man 2 fork``, ``man 3 exec``, ``man 2 waitpid``, ``man 7 pipe``.
"""

from __future__ import annotations

from collections.abc import Sequence


def run_program(argv: Sequence[str], stdin: bytes = b"") -> tuple[int, bytes]:
    """Run ``argv`` (found on ``PATH``), feed it ``stdin``, return ``(status, stdout_bytes)``.

    ``status`` is the exit code, or ``-signal`` when a signal ended the program
    (``sh -c 'kill -TERM $$'`` gives ``-15``).  Its stderr stays the caller's stderr.

    - Raise ``FileNotFoundError`` in the caller when the program does not exist.
    - Output larger than a pipe buffer (several MiB) must not hang.
    - Leave no child behind: every process you fork is reaped before you return or raise.
    """
    raise NotImplementedError
