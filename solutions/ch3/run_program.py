"""Run a program and collect its exit status and output (reference answer)."""

from __future__ import annotations

import os
import select
import signal
from collections.abc import Sequence
from typing import NoReturn

_CHUNK = 65536


def _child(argv: Sequence[str], stdin_r: int, stdout_w: int, errpipe_w: int) -> NoReturn:
    """In the forked child: wire the pipes to fds 0 and 1, then become the program."""
    try:
        os.dup2(stdin_r, 0)
        os.dup2(stdout_w, 1)
        # Python ignores SIGPIPE for itself; ignored signals survive execve(2), so without this
        # `yes | head`-style programs would see EPIPE errors instead of quietly dying.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.execvp(argv[0], list(argv))
    except OSError as exc:
        # execve failed, so we are still Python: tell the parent why through the error pipe
        # (closed on a successful exec because of O_CLOEXEC) and leave without cleanup.
        os.write(errpipe_w, str(exc.errno).encode())
    finally:
        os._exit(127)


def run_program(argv: Sequence[str], stdin: bytes = b"") -> tuple[int, bytes]:
    if isinstance(argv, str | bytes) or not argv:
        raise ValueError("argv must be a non-empty list of strings")
    # Three pipes: the child's stdin, its stdout, and an error pipe that reports a failed exec.
    # os.pipe() fds are not inherited across exec (O_CLOEXEC); dup2 onto 0 and 1 clears the flag.
    stdin_r, stdin_w = os.pipe()
    stdout_r, stdout_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        _child(argv, stdin_r, stdout_w, err_w)
    for fd in (stdin_r, stdout_w, err_w):
        os.close(fd)

    # A failed exec writes an errno and exits; a successful one closes err_w: EOF either way.
    with os.fdopen(err_r, "rb") as errpipe:
        err = errpipe.read()
    if err:
        os.close(stdin_w)
        os.close(stdout_r)
        os.waitpid(pid, 0)  # reap the failed child, or it stays a zombie
        errno = int(err)
        raise OSError(errno, os.strerror(errno), argv[0])  # FileNotFoundError for ENOENT

    # Feed stdin and drain stdout at the same time. A pipe holds only 64 KiB (man 7 pipe): a
    # child writing more blocks until someone reads, so waiting for it before reading, or
    # writing all its input before reading its output, can deadlock both sides.
    chunks: list[bytes] = []
    pending = memoryview(stdin)
    poller = select.poll()
    poller.register(stdout_r, select.POLLIN)
    open_fds = {stdout_r}
    if pending:
        poller.register(stdin_w, select.POLLOUT)
        open_fds.add(stdin_w)
    else:
        os.close(stdin_w)  # EOF right away: the child reads an empty stdin
    while open_fds:
        for fd, _event in poller.poll():
            if fd == stdin_w:
                try:
                    pending = pending[os.write(stdin_w, pending[:_CHUNK]) :]
                except BrokenPipeError:  # the child stopped reading: drop the rest of its input
                    pending = pending[:0]
                if not pending:
                    poller.unregister(stdin_w)
                    open_fds.discard(stdin_w)
                    os.close(stdin_w)
            else:  # stdout: data, or POLLHUP once the child (and its children) closed it
                chunk = os.read(stdout_r, _CHUNK)
                if chunk:
                    chunks.append(chunk)
                else:
                    poller.unregister(stdout_r)
                    open_fds.discard(stdout_r)
                    os.close(stdout_r)

    _, status = os.waitpid(pid, 0)
    # Exit code for a normal exit, minus the signal number for a death by signal (man 2 waitpid).
    return os.waitstatus_to_exitcode(status), b"".join(chunks)
