"""Accepts an empty word, which every command line contains, instead of raising ValueError."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "raises_for_an_empty_word",
)


def find_pids(word: str) -> list[int]:
    me = os.getpid()
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == me:
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as f:
                raw = f.read()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        command = " ".join(arg.decode(errors="replace") for arg in raw.rstrip(b"\0").split(b"\0"))
        if raw and word in command:
            found.append(int(name))
    return sorted(found)
