"""What makes this server different from the next one?

You scaled out: the project that ran on server 1 must now run on servers 2 and 3 too.  It works
on server 1 and breaks on server 3, and the code is the same.  What differs is the *machine*:
another kernel release, another CPU architecture, another Linux distribution and version,
another Python, another number of CPUs.  Before Docker, every deployment was a bet that those
details matched.  A fingerprint of the machine puts them side by side.

Collect five facts about the machine this code runs on:

- ``kernel``: the kernel release, what ``uname -r`` prints (``os.uname()`` has it).
- ``arch``: the hardware name, what ``uname -m`` prints (``"x86_64"``, ``"aarch64"``).
- ``os``: ``"<ID> <VERSION_ID>"`` from ``/etc/os-release``, e.g. ``"debian 12"`` or
  ``"ubuntu 22.04"``.  The file is ``KEY=value`` lines (split on the first ``=``: a value may
  hold another one); a value may be wrapped in double or single quotes (remove them), lines
  starting with ``#`` are comments, and careful: ``ID_LIKE`` and ``VERSION_CODENAME`` are other
  keys.  A rolling release may have no ``VERSION_ID``: then use the ``ID`` alone.  If the file
  does not exist, use ``"unknown"``.
- ``python``: the interpreter version as ``"3.11.7"`` (three numbers, nothing else).
- ``cpus``: ``os.cpu_count()``, the CPUs of the machine (not the ones this process may use).

Why it matters for Docker: an image pins the ``os`` and ``python`` parts (the container sees the
image's ``/etc/os-release``), while ``kernel``, ``arch`` and ``cpus`` still come from the host.
Run this inside ``docker run python:3.12 ...`` later and compare.

Read: ``man 2 uname``, ``man 5 os-release``; the ``platform`` module.
"""

from __future__ import annotations


def machine_fingerprint() -> dict[str, str | int]:
    """Return ``{"kernel": str, "arch": str, "os": str, "python": str, "cpus": int}``.

    Exactly these five keys, no others.  ``os`` is ``"unknown"`` when ``/etc/os-release`` does
    not exist.
    """
    raise NotImplementedError
