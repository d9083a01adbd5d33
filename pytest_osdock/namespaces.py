"""The grader's own namespace and mount plumbing: unshare, setns, mount, private mount namespaces.

Python 3.11 has no ``os.unshare``/``os.setns`` (they came in 3.12), so these are thin ctypes
wrappers over libc with ``errno`` turned into ``OSError`` (``PermissionError`` for EPERM).  Checks
use them in throwaway children and in sandbox children (``before`` hooks), never in the grader's
own process, whose namespaces must not change.
"""

from __future__ import annotations

import ctypes
import os
import tempfile
from pathlib import Path
from typing import Any

from pytest_osdock.catalog import Text

# <linux/sched.h>, <linux/mount.h>; man 2 unshare, man 2 setns, man 2 mount, man 2 umount.
CLONE_NEWNS = 0x00020000
CLONE_NEWCGROUP = 0x02000000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_REC = 0x4000
MS_PRIVATE = 1 << 18
MS_SHARED = 1 << 20
MNT_DETACH = 2

libc = ctypes.CDLL(None, use_errno=True)
libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_void_p]
libc.umount2.argtypes = [ctypes.c_char_p, ctypes.c_int]
libc.sethostname.argtypes = [ctypes.c_char_p, ctypes.c_size_t]


def check_errno(result: int, what: str) -> int:
    """libc's -1 as an ``OSError`` of the right subclass (``OSError`` maps errno to it)."""
    if result == -1:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")
    return result


def unshare(flags: int) -> None:
    check_errno(libc.unshare(flags), "unshare")


def setns(fd: int, nstype: int) -> None:
    check_errno(libc.setns(fd, nstype), "setns")


def mount(source: bytes | None, target: str, fstype: bytes | None, flags: int, data: bytes | None) -> None:
    check_errno(libc.mount(source, target.encode(), fstype, flags, data), f"mount {target}")


def umount(target: str) -> None:
    check_errno(libc.umount2(target.encode(), MNT_DETACH), f"umount {target}")


def sethostname(name: str) -> None:
    raw = name.encode()
    check_errno(libc.sethostname(raw, len(raw)), "sethostname")


# -- a private mount namespace for one sandbox child --------------------------------------------
#
# Some answers depend on files of the machine (/etc/os-release, a file system's size).  To give
# them random shapes, a check mounts a tmpfs in the sandbox child, right before the learner's
# call, inside a mount namespace of that child alone: nothing is seen by, or left behind on, the
# host, and the namespace dies with the child.

CANNOT_MOUNT = Text(
    "this check mounts a tmpfs in a private mount namespace: run it as root, or on a kernel that"
    " allows unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1)",
    "이 검사는 자기만의 마운트 네임스페이스에 tmpfs를 마운트해요. root로 실행하거나, 권한 없는 user"
    " namespace를 허용하는 커널에서 실행하세요 (sysctl kernel.unprivileged_userns_clone=1)",
)


def enter_private_mount_namespace() -> None:
    """Move this single-threaded process into a mount namespace of its own.

    As root, unshare(CLONE_NEWNS) is enough; otherwise a new user namespace (where we are root)
    comes with it.  Then every mount is made private *before* anything is mounted: on a host
    whose ``/`` is a shared mount (systemd's default), a new mount would otherwise propagate
    back to the host (mount_namespaces(7)).
    """
    try:
        unshare(CLONE_NEWNS)
    except PermissionError:
        uid, gid = os.getuid(), os.getgid()
        unshare(CLONE_NEWUSER | CLONE_NEWNS)
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"0 {uid} 1")
        Path("/proc/self/gid_map").write_text(f"0 {gid} 1")
    mount(b"none", "/", None, MS_REC | MS_PRIVATE, None)


def mount_tmpfs(target: str, options: str = "") -> None:
    mount(b"tmpfs", target, b"tmpfs", 0, options.encode() or None)


_can_mount: bool | None = None


def can_mount_privately() -> bool:
    """Whether :func:`enter_private_mount_namespace` and a tmpfs mount work here (probed once)."""
    global _can_mount
    if _can_mount is None:
        with tempfile.TemporaryDirectory(prefix="osdock-probe-") as target:
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the child
                code = 1
                try:
                    enter_private_mount_namespace()
                    mount_tmpfs(target, "size=1m")
                    code = 0
                finally:
                    os._exit(code)
            _, status = os.waitpid(pid, 0)
        _can_mount = os.waitstatus_to_exitcode(status) == 0
    return _can_mount


class PrivateMounts:
    """``before``/``after`` callables for :meth:`Ctx.call_with` that run ``setup`` in a private
    mount namespace; a failure there is reported by ``after`` instead of crashing the child."""

    def __init__(self, setup: Any, measure: Any = None) -> None:
        self.setup = setup
        self.measure = measure
        self.error: str | None = None

    def before(self) -> None:
        try:
            enter_private_mount_namespace()
            self.setup()
        except Exception as exc:  # runs in the sandbox child: report, do not crash it
            self.error = f"{type(exc).__name__}: {exc}"

    def after(self, value: object) -> tuple[str | None, object]:
        return self.error, (self.measure() if self.measure is not None and self.error is None else None)
