"""Do two processes share a namespace (reference answer)."""

from __future__ import annotations

from .namespace_id import ns_stat


def same_namespace(pid_a: int, pid_b: int, kind: str) -> bool:
    a = ns_stat(pid_a, kind)
    b = ns_stat(pid_b, kind)
    # man 7 namespaces: same namespace <=> same device AND same inode (inode numbers are only
    # unique within the nsfs device).
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)
