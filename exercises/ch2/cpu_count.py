"""How many CPUs does this machine have?

In the narrow sense, a computer is a CPU and RAM.  The CPU does the computing, and a modern
machine has several logical CPUs (cores, or hardware threads of a core) that run in parallel.

The kernel describes every logical CPU it brought online in ``/proc/cpuinfo``: one block of
``key : value`` lines per CPU, separated by blank lines, each block starting with a line
``processor : N``.  Count those ``processor`` entries.  (The last one is numbered N - 1 when
counting starts at 0: count the lines, do not take the last number.)

Careful: ``os.sched_getaffinity(0)`` is something else, the set of CPUs *this process* is
allowed to run on, which anyone (``taskset``, a container runtime) can narrow.  The check runs
your function with its affinity cut to a single CPU and still expects the machine's count.

Why it matters for Docker: ``docker run --cpus=1`` or ``--cpuset-cpus=0`` limits what a container
may use, but ``/proc/cpuinfo`` inside the container still lists every CPU of the host.  Knowing
which number you are reading is the difference between using one CPU well and starting as many
worker processes as the host has, all squeezed onto one.

Read: ``man 5 proc`` (``/proc/cpuinfo``), ``man 2 sched_getaffinity``, ``man 1 taskset``, ``nproc``.
"""

from __future__ import annotations


def cpu_count() -> int:
    """Return the number of ``processor`` entries in ``/proc/cpuinfo``."""
    raise NotImplementedError
