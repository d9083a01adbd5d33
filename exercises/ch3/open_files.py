"""I/O and the file system: which files does a process hold open?

Programs never touch a disk or a network card themselves: they ask the kernel to ``open`` a
file and get back a small number, a *file descriptor*, that they pass to ``read`` and
``write``.  The kernel lists every descriptor of process ``pid`` as a symbolic link
``/proc/<pid>/fd/<n>``; ``ls -l /proc/self/fd`` shows them.  The link's text is:

- the path, for a file or directory (``/var/log/app.log``, maybe with spaces in it);
- the path followed by `` (deleted)`` for a file removed while still open: its data lives on
  until the last descriptor closes;
- ``socket:[12345]``, ``pipe:[12345]``, ``anon_inode:[eventfd]`` for things that are not files.

Keep only *regular files*: not directories, not devices such as ``/dev/null``, not sockets,
pipes or anon inodes.  ``os.readlink(link)`` gives the text; ``os.stat(link)`` follows the link
to the open file itself (a deleted one too) and ``stat.S_ISREG(st.st_mode)`` tells whether it
is a regular file.  A process may open one file twice: list each path once.  A descriptor can
be closed between ``listdir`` and ``readlink``: skip it.

Why it matters for Docker: a container's log file, a deleted-but-open file filling a volume,
"which process keeps my file busy?" (``lsof``): all answered from these links.

Read: ``man 5 proc`` (``/proc/[pid]/fd/``), ``man 8 lsof``, ``man 7 inode`` (``S_ISREG``).
"""

from __future__ import annotations


def open_files(pid: int) -> list[str]:
    """Return the sorted paths of the regular files process ``pid`` holds open, each once.

    A deleted file keeps the text its link shows, ending in ``" (deleted)"``.

    - ``pid`` must be an ``int`` (``bool`` is not accepted): raise ``TypeError`` otherwise.
    - Raise ``ProcessLookupError`` if the process does not exist or vanishes while you read.
    """
    raise NotImplementedError
