"""Start a process in a fresh namespace.

``unshare(2)`` moves the calling process into new namespaces, chosen by flags::

    CLONE_NEWNS   0x00020000  mnt    its own mount table
    CLONE_NEWUTS  0x04000000  uts    its own hostname
    CLONE_NEWIPC  0x08000000  ipc    its own System V shared memory, semaphores, queues
    CLONE_NEWUSER 0x10000000  user   its own user and group ids (root inside, nobody outside)
    CLONE_NEWPID  0x20000000  pid    its own process ids
    CLONE_NEWNET  0x40000000  net    its own network interfaces (only a loopback ``lo``, down)

Python 3.12 has ``os.unshare``; on 3.11 call the C library through ``ctypes``::

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(flag) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))  # EPERM becomes PermissionError by itself

Do it in a child process (``os.fork``), never in the caller: the caller must keep all its own
namespaces.  The child reports back (a pipe) whether ``unshare`` worked, then waits forever
(``signal.pause()``) so that the namespace stays alive; the caller returns the child's PID and
kills it when done, which destroys the namespace.  Two kernel details:

- ``pid``: ``unshare(CLONE_NEWPID)`` does not move the caller itself; only its *next child* is
  born in the new namespace, as its PID 1.  So the child forks once more, and the grandchild is
  the process to return (its last ``NSpid`` in ``/proc/<pid>/status`` is 1).
- ``mnt``: mounts may be *shared* with the host (systemd makes ``/`` shared), so a mount made in
  the new namespace would show up on the host too.  Right after ``unshare(CLONE_NEWNS)`` make
  everything private: ``mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)``
  (``MS_REC = 0x4000``, ``MS_PRIVATE = 1 << 18``). This is what ``unshare --mount`` does.

Without root, ``unshare`` fails with ``EPERM``; most systems still let an ordinary user create a
*user* namespace together with the others (``CLONE_NEWUSER | flag``), in which it is root.  Then
write ``deny`` to ``/proc/self/setgroups``, ``0 <uid> 1`` to ``/proc/self/uid_map`` and
``0 <gid> 1`` to ``/proc/self/gid_map``.  This is how rootless Docker and Podman work.

Read: ``man 2 unshare``, ``man 7 namespaces``, ``man 7 pid_namespaces``,
``man 7 mount_namespaces`` (shared subtrees), ``man 7 user_namespaces``, ``man 1 unshare``.
"""

from __future__ import annotations


def make_namespace(kind: str) -> int:
    """Start a process in a new namespace of ``kind`` and return its PID (as the caller sees it).

    - ``kind`` is one of ``"uts" "ipc" "net" "mnt" "pid"``: raise ``ValueError`` for anything else.
    - Only that namespace is new; the process shares every other one with the caller (a new
      ``user`` namespace is allowed when the caller is not privileged enough without one).
    - For ``"pid"`` the returned process is PID 1 of the new pid namespace.
    - The process stays alive until the caller kills it; the caller's own namespaces never change.
    - Raise ``PermissionError`` when the system does not allow the new namespace.
    """
    raise NotImplementedError
