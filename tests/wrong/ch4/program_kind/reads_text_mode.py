"""Opens the file in text mode, which fails with UnicodeDecodeError on a real ELF file."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = ()  # filled in by the lead with the ch4 check names


def program_kind(path: str | os.PathLike[str]) -> str:
    with open(path) as f:
        head = f.read(4)
    if head.startswith("\x7fELF"):
        return "binary"
    if head.startswith("#!"):
        return "script"
    return "data"
