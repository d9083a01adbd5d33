"""Matches the process name (/proc/PID/comm) instead of the command line, so a script run by python3 is never found."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "finds_processes_by_command_line_without_the_grep_line",
)


def find_pids(word: str) -> list[int]:
    if not word:
        raise ValueError("word must not be empty")
    me = os.getpid()
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == me:
            continue
        try:
            with open(f"/proc/{name}/comm") as f:
                comm = f.read().rstrip("\n")
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if word in comm:
            found.append(int(name))
    return sorted(found)
