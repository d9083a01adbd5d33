"""Opens the file in text mode, which fails with UnicodeDecodeError on a real ELF file."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "tells_binaries_scripts_and_data_apart_by_their_first_bytes",
)


def program_kind(path: str | os.PathLike[str]) -> str:
    with open(path) as f:
        head = f.read(4)
    if head.startswith("\x7fELF"):
        return "binary"
    if head.startswith("#!"):
        return "script"
    return "data"
