"""How much RAM is one process using right now?

A process asks for memory (``malloc``, ``mmap``), but the kernel only gives it real RAM page by
page, the first time each page is touched.  The RAM a process holds right now is its *resident
set size* (RSS).  Its virtual size (``VmSize``) is the address space it has reserved, and
``VmHWM`` (high-water mark) is the largest RSS it ever had: neither is what it holds now.

Read ``/proc/<pid>/status``: the line ``VmRSS:   12345 kB`` (KiB: multiply by 1024).  Return bytes.

A process with no memory of its own has no ``VmRSS`` line at all: a zombie (it has exited, its
memory is freed, only its exit status waits for its parent) and a kernel thread.  Return ``0``
for those.

- ``pid`` must be an ``int``; ``bool`` is an ``int`` subclass but not a pid: raise ``TypeError``.
- A process that does not exist, or that exits while you read, raises ``ProcessLookupError``
  (turn the ``FileNotFoundError`` of the missing ``/proc/<pid>`` into it).

Why it matters for Docker: ``docker stats`` shows how much memory each container uses, and
``--memory`` sets the limit at which the kernel kills it.  That usage is resident memory, not
what the program has reserved.

Read: ``man 5 proc`` (``/proc/[pid]/status``, ``/proc/[pid]/statm``), ``ps -o pid,rss,vsz``.
"""

from __future__ import annotations


def process_rss(pid: int) -> int:
    """Return the resident set size of process ``pid`` in bytes (``VmRSS`` × 1024).

    ``0`` when ``/proc/<pid>/status`` has no ``VmRSS`` line (a zombie, a kernel thread).
    ``TypeError`` for a non-int or bool ``pid``; ``ProcessLookupError`` for a missing process.
    """
    raise NotImplementedError
