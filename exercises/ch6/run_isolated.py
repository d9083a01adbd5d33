"""Run a program in a container without an image.

A container is a process started in new namespaces.  Put the pieces of ``make_namespace``
together: in a child, ``unshare`` the uts, pid, mnt, ipc and net namespaces at once
(``CLONE_NEWUTS | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWNET``), then fork the
program's process, which is PID 1 of the new pid namespace.  Before it ``execvp``s ``argv``, it
sets up its little world:

1. ``mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)``: nothing it mounts reaches the host.
2. ``mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL)``: a fresh ``/proc``
   for the new pid namespace. Without it ``ps`` and ``ls /proc`` still show the host's processes,
   because ``/proc`` describes the pid namespace of whoever mounted it.
   (``MS_NOSUID = 2``, ``MS_NODEV = 4``, ``MS_NOEXEC = 8``.)
3. ``sethostname(name, len)``: the container's own hostname (``docker run --hostname``).

Collect the program's standard output through a pipe (read it to the end *before* waiting, or a
big output fills the pipe and both sides wait forever) and its exit status. When PID 1 exits, the
kernel kills everything else in its pid namespace, and the namespaces disappear with their last
process: nothing is left to clean up.  PID 1 is special: the kernel does not deliver a signal to
it from inside its namespace unless it installed a handler, but a crash (``SIGSEGV``) or a
``SIGKILL`` from outside still ends it.

As in ``make_namespace``, without root add ``CLONE_NEWUSER`` and write the uid/gid maps.

Try it: ``sudo unshare --uts --pid --mount --ipc --net --fork --mount-proc sh`` is the same thing
from the shell. ``docker run`` does this plus an image (a new root directory), cgroups
and a network cable (a ``veth`` pair).

Read: ``man 2 unshare``, ``man 2 mount``, ``man 2 sethostname``, ``man 7 pid_namespaces``
(``/proc`` and PID 1), ``man 7 mount_namespaces``.
"""

from __future__ import annotations

from collections.abc import Sequence


def run_isolated(argv: Sequence[str], hostname: str) -> tuple[int, bytes]:
    """Run ``argv`` as PID 1 in new uts, pid, mnt, ipc and net namespaces; return ``(status, stdout)``.

    - ``status`` is the exit code, or ``-signal`` when a signal ended the program.
    - Inside, the hostname is ``hostname`` and ``/proc`` shows only the container's processes.
    - Nothing leaks to the host: no mount, no hostname change.
    - Raise ``PermissionError`` when the system does not allow the namespaces.
    """
    raise NotImplementedError
