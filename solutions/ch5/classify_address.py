"""Say which region of a process's memory an address belongs to (reference answer)."""

from __future__ import annotations

import platform
from collections.abc import Sequence

from .memory_map import Mapping, memory_map

# Where the kernel's half of the virtual address space begins.  Everything from here up is
# the kernel's; the "non-canonical" hole below it (x86-64: 0x0000_8000_0000_0000 up to here)
# cannot be mapped at all.  See Documentation/arch/x86/x86_64/mm.rst and arm64/memory.rst.
_KERNEL_SPACE_STARTS = {
    "x86_64": 0xFFFF_8000_0000_0000,  # 4-level paging, 47-bit user addresses
    "aarch64": 0xFFFF_0000_0000_0000,  # 48-bit virtual addresses
    "arm64": 0xFFFF_0000_0000_0000,
}
# Other 64-bit ports also give the kernel the top half; this is the coarse, safe reading.
KERNEL_SPACE_START = _KERNEL_SPACE_STARTS.get(platform.machine(), 0x8000_0000_0000_0000)


def label_of(maps: Sequence[Mapping], addr: int) -> str:
    """Apply the course's rules to ``addr`` in an already-read memory map."""
    if addr >= KERNEL_SPACE_START:
        return "kernel"  # [vsyscall] lives up here, though /proc lists it
    for i, m in enumerate(maps):
        if not m["start"] <= addr < m["end"]:  # half-open: end is the first byte NOT mapped
            continue
        path = m["path"]
        if path == "[stack]":  # only the main thread's stack carries this name (Linux >= 4.5)
            return "stack"
        if path == "[heap]":  # the brk area that malloc grows for small blocks
            return "heap"
        if "x" in m["perms"]:
            return "code"  # a program's or a library's text, and [vdso]
        if path.startswith("/"):
            return "data"  # read-only data, relocations, initialised globals
        if path == "" and i > 0:
            prev = maps[i - 1]
            # The loader maps a file's zero-initialised globals (bss) as anonymous memory right
            # after the file's last writable page; nothing in /proc marks it, adjacency is all.
            if prev["end"] == m["start"] and prev["path"].startswith("/") and "w" in prev["perms"]:
                return "data"
        return "mmap"  # anonymous memory: big malloc blocks, thread stacks, CPython's arenas
    return "unmapped"


def classify_address(pid: int, addr: int) -> str:
    """Return the region of process ``pid`` that ``addr`` falls in (see COURSE.md ch5)."""
    if not isinstance(addr, int) or isinstance(addr, bool):
        raise TypeError(f"addr must be an int, not {type(addr).__name__}")
    if addr < 0:
        raise ValueError(f"an address is never negative: {addr}")
    return label_of(memory_map(pid), addr)
