"""Checks os.path.isfile first and calls a missing file or a directory "data" instead of raising."""

from __future__ import annotations

import os

REJECTED_BY: tuple[str, ...] = (
    "raises_for_missing_files_and_directories",
)


def program_kind(path: str | os.PathLike[str]) -> str:
    if not os.path.isfile(path):
        return "data"
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(b"\x7fELF"):
        return "binary"
    if head.startswith(b"#!"):
        return "script"
    return "data"
