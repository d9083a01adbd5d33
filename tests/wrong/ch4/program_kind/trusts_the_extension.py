"""Decides by the file name's extension first, so an ELF file named tool.py is called a script."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "tells_binaries_scripts_and_data_apart_by_their_first_bytes",
)

SCRIPT_EXTENSIONS = (".py", ".sh", ".pl", ".rb")


def program_kind(path: str | os.PathLike[str]) -> str:
    with open(path, "rb") as f:
        head = f.read(4)
    if os.fspath(path).endswith(SCRIPT_EXTENSIONS):
        return "script"
    if head.startswith(b"\x7fELF"):
        return "binary"
    if head.startswith(b"#!"):
        return "script"
    return "data"
