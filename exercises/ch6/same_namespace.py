"""Do two processes share a namespace?

Docker runs every container in its own namespaces, but it can also let containers share one:
``docker run --pid=host`` keeps the host's process ids, ``--net=container:web`` joins the
network namespace of the container ``web`` (this is how a Kubernetes pod's containers all talk
over ``localhost``).  Whether two processes share a namespace of a kind is one comparison:
``man 7 namespaces`` says they do exactly when ``/proc/<pid>/ns/<kind>`` of both has the same
device number *and* the same inode number (``os.stat``: ``st_dev`` and ``st_ino``).

You may reuse your ``namespace_id``: ``from .namespace_id import namespace_id``.

Try it: ``sudo unshare --uts sleep 1000 &`` starts a process in a new uts namespace; compare it
with your shell (``$$``).

Read: ``man 7 namespaces``, ``man 1 unshare``.
"""

from __future__ import annotations


def same_namespace(pid_a: int, pid_b: int, kind: str) -> bool:
    """Return whether processes ``pid_a`` and ``pid_b`` are in the same namespace of ``kind``.

    - Kinds, ``TypeError`` and ``ProcessLookupError`` as in ``namespace_id``.
    - ``ValueError`` for an unknown ``kind``.
    """
    raise NotImplementedError
