"""How long has the kernel been up?

The kernel is loaded at boot and stays in RAM until power-off; "turn it off and on again"
fixes strange errors because it throws away every state the running kernel had piled up.
The kernel counts the time since it started and shows it in ``/proc/uptime``: one line with two
numbers in seconds, e.g. ``"3600.12 14200.50\\n"``.  The first is the time since boot; the
second is the time all CPUs together spent idle (which can be larger than the first on a
machine with several CPUs).

Why it matters for Docker: a container is not a machine that boots.  ``cat /proc/uptime`` in a
container shows the host's uptime, because the container's processes run on the host's kernel.

Read: ``man 5 proc`` (``/proc/uptime``), ``man 1 uptime``.
"""

from __future__ import annotations


def uptime() -> float:
    """Return the seconds since boot as a ``float`` (the first number of ``/proc/uptime``)."""
    raise NotImplementedError
