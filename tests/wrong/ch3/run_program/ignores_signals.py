"""Uses os.WEXITSTATUS for every status, so a program killed by a signal reports 0."""

from __future__ import annotations

import os
import shutil
import threading

REJECTED_BY: tuple[str, ...] = ("reports_a_death_by_signal_as_minus_the_signal",)


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
    return os.WEXITSTATUS(status), data
