"""Forgets to leave out the calling process, the way ps -ef | grep word also lists the grep."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "leaves_out_the_calling_process_itself",
)


def find_pids(word: str) -> list[int]:
    if not word:
        raise ValueError("word must not be empty")
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
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
