"""`ps -ef | grep word`, without grep's own line (reference answer)."""

from __future__ import annotations

import os


def find_pids(word: str) -> list[int]:
    if not isinstance(word, str):
        raise TypeError(f"word must be a str, not {type(word).__name__}")
    if not word:
        raise ValueError("word must not be empty")
    me = os.getpid()
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == me:
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as f:
                raw = f.read()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue  # exited while we looked, or not ours to read
        # argv is NUL-separated, with a trailing NUL; kernel threads have an empty cmdline.
        command = " ".join(arg.decode(errors="replace") for arg in raw.rstrip(b"\0").split(b"\0"))
        if raw and word in command:
            found.append(int(name))
    return sorted(found)
