"""Compiled or interpreted? A program is just a file on disk.

A program is a set of instructions the machine can run, stored on a disk and not yet loaded
into memory: a static file.  It comes in two kinds.

- A **compiled** program: a compiler (``gcc`` for C, ``go build``...) translated the source
  code into machine code ahead of time.  On Linux the result is an ELF file, and every ELF
  file starts with the four bytes ``b"\\x7fELF"`` (the "magic number").  ``/bin/ls`` and the
  ``python3`` executable itself are ELF files.
- An **interpreted** program (a script): the source text itself, which an interpreter reads
  and runs line by line.  A script the kernel can start directly begins with ``#!`` (the
  *shebang*), followed by the interpreter's path: ``#!/usr/bin/env python3``.  When you
  ``execve`` such a file, the kernel reads those two bytes and runs the interpreter instead.

The kernel decides by the first bytes, never by the file name: ``hello.py`` may be an ELF
file and ``run`` may be a script.  Do the same: open the file in **binary** mode (an ELF file
is not valid text) and look at its first bytes.  ``file /bin/ls`` and ``head -c 4 /bin/ls |
od -c`` show the same thing from the shell.

Why it matters for Docker: an image is a pile of such files.  ``docker run`` only starts one
of them as a process; an ELF binary built for another architecture, or a script whose
``#!`` interpreter is missing from the image, fails exactly at this step ("exec format
error", "no such file or directory").

Read: ``man 5 elf`` (the ``e_ident`` magic), ``man 2 execve`` ("Interpreter scripts").
"""

from __future__ import annotations

import os


def program_kind(path: str | os.PathLike[str]) -> str:
    """Return ``"binary"``, ``"script"`` or ``"data"`` for the file at ``path``.

    - ``"binary"`` if the file starts with ``b"\\x7fELF"`` (a compiled program),
    - ``"script"`` if it starts with ``b"#!"`` (an interpreted program),
    - ``"data"`` for anything else, an empty file included.

    - Raise ``FileNotFoundError`` if there is no such file.
    - Raise ``IsADirectoryError`` if ``path`` is a directory.
    """
    raise NotImplementedError
