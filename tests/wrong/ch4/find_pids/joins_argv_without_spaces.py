"""Drops the NUL separators of /proc/PID/cmdline instead of turning them into spaces, so a two-word search never matches."""

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
            with open(f"/proc/{name}/cmdline", "rb") as f:
                command = f.read().replace(b"\0", b"").decode(errors="replace")
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if word in command:
            found.append(int(name))
    return sorted(found)
