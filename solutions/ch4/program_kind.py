"""Tell a compiled program from an interpreted one by its first bytes (reference answer)."""

from __future__ import annotations

import os

ELF_MAGIC = b"\x7fELF"  # elf(5): every ELF file starts with these four bytes
SHEBANG = b"#!"  # execve(2): "#!interpreter" makes the kernel run a script


def program_kind(path: str | os.PathLike[str]) -> str:
    # Binary mode: a program is bytes on disk, and an ELF file is not valid UTF-8 text.
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(ELF_MAGIC):
        return "binary"
    if head.startswith(SHEBANG):
        return "script"
    return "data"
