"""Lets the child exit 127 when exec fails (like a shell does) instead of raising FileNotFoundError."""

from __future__ import annotations

import os
import threading

REJECTED_BY: tuple[str, ...] = ("raises_file_not_found_error_for_a_missing_program",)


def run_program(argv, stdin=b""):
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
    return os.waitstatus_to_exitcode(status), data
