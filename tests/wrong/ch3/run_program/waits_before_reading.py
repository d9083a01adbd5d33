"""Waits for the child before reading its output, which deadlocks once the output fills the pipe."""

from __future__ import annotations

import os
import shutil

REJECTED_BY: tuple[str, ...] = ("does_not_deadlock_on_megabytes_of_output",)


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
    try:
        os.write(in_w, stdin)
    except BrokenPipeError:
        pass
    os.close(in_w)
    _, status = os.waitpid(pid, 0)  # the child may be blocked writing to a full pipe: never returns
    with os.fdopen(out_r, "rb") as out:
        data = out.read()
    return os.waitstatus_to_exitcode(status), data
