"""Raises FileNotFoundError for a failed exec without waiting for that child, leaving a zombie."""

from __future__ import annotations

import os
import threading

REJECTED_BY: tuple[str, ...] = ("reaps_every_child_it_starts",)


def run_program(argv, stdin=b""):
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(in_r, 0)
            os.dup2(out_w, 1)
            os.execvp(argv[0], list(argv))
        except OSError as exc:
            os.write(err_w, str(exc.errno).encode())
        finally:
            os._exit(127)
    for fd in (in_r, out_w, err_w):
        os.close(fd)
    with os.fdopen(err_r, "rb") as err:
        failure = err.read()
    if failure:
        os.close(in_w)
        os.close(out_r)
        raise OSError(int(failure), os.strerror(int(failure)), argv[0])  # the child is never reaped

    def feed():
        try:
            os.write(in_w, stdin)
        except BrokenPipeError:
            pass
        os.close(in_w)

    writer = threading.Thread(target=feed)
    writer.start()
    with os.fdopen(out_r, "rb") as out:
        data = out.read()
    writer.join()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), data
