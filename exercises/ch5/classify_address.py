"""Say which region of a process's memory an address belongs to.

The textbook draws a process as four stacked blocks: code at the bottom, then data, then the
heap growing up, and the stack growing down from the top, with the kernel above it all.  A real
Linux process is messier, and ``/proc/<pid>/maps`` (your ``memory_map``) shows it: every shared
library brings its own code and data, big ``malloc`` blocks, thread stacks and CPython's object
arenas are anonymous ``mmap`` areas between the libraries, and addresses are randomised (ASLR).
So you cannot tell a region from where an address sits; you must find the mapping it is in.

Apply these rules, first match wins (mappings are half-open: ``start <= addr < end``):

1. ``addr >= KERNEL_SPACE_START`` -> ``"kernel"`` (``[vsyscall]`` lies there).
2. in no mapping -> ``"unmapped"``.
3. path ``[stack]`` -> ``"stack"``; path ``[heap]`` -> ``"heap"``.
4. permissions contain ``x`` -> ``"code"`` (``[vdso]`` too).
5. file-backed (path starts with ``/``) -> ``"data"`` (read-only data, initialised globals).
6. an anonymous mapping that begins exactly where the previous line, a file-backed writable
   mapping, ends -> ``"data"`` (that file's bss: its zero-initialised globals).
7. anything else -> ``"mmap"`` (anonymous memory; CPython's object arenas live here).

Read ``man 5 proc`` (``/proc/pid/maps``), ``man 2 brk``, ``man 2 mmap``, ``man 3 malloc``
(``M_MMAP_THRESHOLD``).  Why it matters for Docker: a container is only a process; its memory
limit (cgroup) counts these same heap, stack and mmap pages, and an out-of-memory kill in a
container is the kernel reclaiming exactly this.
"""

from __future__ import annotations

import platform

# Where the kernel's half of the virtual address space begins on this machine.  The
# "non-canonical" hole just below it cannot be mapped at all: it is simply unmapped.
_KERNEL_SPACE_STARTS = {
    "x86_64": 0xFFFF_8000_0000_0000,  # 4-level paging, 47-bit user addresses
    "aarch64": 0xFFFF_0000_0000_0000,  # 48-bit virtual addresses
    "arm64": 0xFFFF_0000_0000_0000,
}
# Other 64-bit ports also give the kernel the top half; this is the coarse, safe reading.
KERNEL_SPACE_START = _KERNEL_SPACE_STARTS.get(platform.machine(), 0x8000_0000_0000_0000)


def classify_address(pid: int, addr: int) -> str:
    """Return the region of process ``pid`` that ``addr`` is in.

    One of ``"kernel"``, ``"unmapped"``, ``"stack"``, ``"heap"``, ``"code"``, ``"data"``,
    ``"mmap"``, by the rules in the module docstring.

    - ``pid`` and ``addr`` must be ``int`` (``bool`` is not accepted): raise ``TypeError``.
    - Raise ``ValueError`` for a negative ``addr``.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
