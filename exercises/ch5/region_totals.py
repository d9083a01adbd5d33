"""Add up how much of a process's address space each region takes.

Label every mapping of ``/proc/<pid>/maps`` with the rules of ``classify_address`` (the label
of a mapping is the label of its start address) and sum the sizes, ``end - start``, per label.
This is *virtual* size: address space the process has reserved, not RAM it uses (for that,
``/proc/<pid>/smaps`` has ``Rss`` per mapping).  Watch the totals move: small ``malloc`` calls
grow ``heap`` (the kernel moves the program break, ``man 2 brk``), a big ``malloc`` or an
``mmap`` adds an anonymous mapping and grows ``mmap``, each new thread adds a stack to ``mmap``.

You may reuse your earlier work: ``from .memory_map import memory_map`` and
``from .classify_address import classify_address``.  Reading the map once and labelling every
line of that one snapshot is both faster and safer than reading it again for every mapping.

Why it matters for Docker: a container's memory limit (``docker run --memory``, a cgroup)
counts the pages of these mappings that are really in RAM, not their virtual size: a process
may reserve far more address space than its limit.  A Python or Java server mostly grows
``heap`` and ``mmap``, and that is what the limit has to leave room for.
"""

from __future__ import annotations


def region_totals(pid: int) -> dict[str, int]:
    """Return ``{"code": bytes, "data": bytes, "heap": bytes, "stack": bytes, "mmap": bytes}``.

    Each value is the total size of the mappings with that label; all five keys are present,
    with ``0`` where a process has no such mapping.  ``[vsyscall]`` is ``"kernel"`` and counts
    in none of them.

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
