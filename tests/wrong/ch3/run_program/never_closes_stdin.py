"""Writes stdin but never closes the pipe, so a program reading to end of input waits forever."""

from __future__ import annotations

import os
import shutil

REJECTED_BY: tuple[str, ...] = ("feeds_stdin_and_returns_stdout",)


def run_program(argv, stdin=b""):
    if shutil.which(argv[0]) is None:
        raise FileNotFoundError(argv[0])
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(in_r, 0)
            os.dup2(out_w, 1)
            os.execvp(argv[0], list(argv))
        finally:
            os._exit(127)
    os.close(in_r)
    os.close(out_w)
    if stdin:
        os.write(in_w, stdin)  # small inputs fit the pipe; but in_w stays open: no end of file
    with os.fdopen(out_r, "rb") as out:
        data = out.read()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), data
