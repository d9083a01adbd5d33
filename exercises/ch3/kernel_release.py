"""Which kernel is running?

When the machine powers on, a boot loader copies the kernel from disk into RAM and jumps into
it; from then until power-off that one piece of code stays in memory and serves every program.
Its release string (what ``uname -r`` prints) names exactly which kernel that is.  The kernel
publishes it as the one-line file ``/proc/sys/kernel/osrelease``.

Why it matters for Docker: a container brings its own libraries and programs but *not* its own
kernel.  Run ``docker run --rm alpine uname -r`` and you get the host's release: every
container on a host shares the kernel you read here.

Read: ``man 5 proc`` (``/proc/sys/kernel/``), ``man 1 uname``.
"""

from __future__ import annotations


def kernel_release() -> str:
    """Return the running kernel's release, e.g. ``"6.8.0-45-generic"``.

    Read ``/proc/sys/kernel/osrelease`` and return its text without surrounding whitespace:
    the same string as ``uname -r`` and ``os.uname().release``.
    """
    raise NotImplementedError
