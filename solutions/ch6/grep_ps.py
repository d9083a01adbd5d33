"""Find your program in ``ps -ef | grep`` (reference answer)."""

from __future__ import annotations

import os

# UID PID PPID C STIME TTY TIME: seven columns without spaces, then the command (man 1 ps).
_COLUMNS_BEFORE_CMD = 7
_GREPS = {"grep", "egrep", "fgrep"}


def grep_ps(ps_output: str, word: str) -> list[int]:
    pids: set[int] = set()
    for line in ps_output.splitlines():
        fields = line.split(None, _COLUMNS_BEFORE_CMD)
        if len(fields) <= _COLUMNS_BEFORE_CMD or not fields[1].isdecimal():
            continue  # the header, or a blank line
        command = fields[_COLUMNS_BEFORE_CMD]
        if word not in command:
            continue
        if os.path.basename(command.split()[0]) in _GREPS:
            continue  # grep's own line: its command contains the word it looks for
        pids.add(int(fields[1]))
    return sorted(pids)
