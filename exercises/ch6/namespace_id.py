"""Which namespace is a process in?

A namespace wraps one kind of system resource so that the processes inside it see their own
copy: their own hostname (``uts``), their own process ids (``pid``), network interfaces
(``net``), mount table (``mnt``), System V shared memory and message queues (``ipc``)... A
container is, for the kernel, nothing more than a group of processes that share a set of
namespaces different from the host's.

Linux shows the namespaces of process ``pid`` as special links in ``/proc/<pid>/ns/``::

    $ ls -l /proc/self/ns/uts
    lrwxrwxrwx 1 root root 0 ... /proc/self/ns/uts -> 'uts:[4026531838]'

The number in brackets is the inode number of the namespace (``os.stat`` follows the link and
gives it as ``st_ino``).  Two processes are in the same namespace of a kind exactly when these
files have the same device and inode numbers.  ``docker inspect`` and ``lsns`` read them.

The kinds are ``cgroup ipc mnt net pid time user uts``.  ``/proc/<pid>/ns`` also holds
``pid_for_children`` and ``time_for_children``: they are not kinds of their own.

Read: ``man 7 namespaces`` (the ``/proc/[pid]/ns/`` directory), ``man 8 lsns``.
"""

from __future__ import annotations

KINDS = ("cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts")


def namespace_id(pid: int, kind: str) -> int:
    """Return the inode number of ``/proc/<pid>/ns/<kind>``: the id of that namespace.

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - ``kind`` must be one of ``KINDS``: raise ``ValueError`` otherwise.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
