"""For pid, the child that called unshare(CLONE_NEWPID) holds the namespace itself: it is not in it, only its next child would be."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import signal
from typing import NoReturn

REJECTED_BY: tuple[str, ...] = (
    "each_kind_gets_a_fresh_namespace_and_shares_all_others",
    "the_process_in_a_new_pid_namespace_is_pid_1_there",
)

# <linux/sched.h>, <linux/mount.h>; man 2 unshare, man 2 mount.
CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_REC = 0x4000
MS_PRIVATE = 1 << 18

FLAGS = {
    "uts": CLONE_NEWUTS,
    "ipc": CLONE_NEWIPC,
    "net": CLONE_NEWNET,
    "mnt": CLONE_NEWNS,
    "pid": CLONE_NEWPID,
}

_libc = ctypes.CDLL(None, use_errno=True)


def _syscall_check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        # OSError(EPERM, ...) is constructed as a PermissionError, ENOENT as FileNotFoundError...
        raise OSError(err, f"{what}: {os.strerror(err)}")


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def unshare(flags: int) -> None:
    """``unshare(flags)``; without privilege, retry inside a new user namespace where we are root.

    An unprivileged process may create a user namespace (unless the system forbids it: sysctls,
    AppArmor, seccomp), and it owns every namespace created together with it (man 7
    user_namespaces).  Mapping our uid/gid to 0 inside is what ``unshare -r`` does.
    """
    if _libc.unshare(flags) == 0:
        return
    first = ctypes.get_errno()
    if first != errno.EPERM:
        raise OSError(first, f"unshare: {os.strerror(first)}")
    uid, gid = os.geteuid(), os.getegid()
    if _libc.unshare(CLONE_NEWUSER | flags) != 0:
        raise PermissionError(first, f"unshare: {os.strerror(first)} (and no user namespace allowed either)")
    # setgroups must be denied before an unprivileged process may write gid_map (Linux >= 3.19).
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"0 {uid} 1")
    _write("/proc/self/gid_map", f"0 {gid} 1")


def make_private() -> None:
    # systemd makes "/" a shared mount: without this, mounts made in the new mount namespace
    # would propagate back to the host's (man 7 mount_namespaces, "Shared subtrees").
    _syscall_check(_libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None), "mount --make-rprivate /")


def _detach(keep: int) -> None:
    """Let go of the caller's descriptors: a holder that kept, say, the write end of a pipe its
    caller's caller reads to the end would make that reader wait as long as the holder lives."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2 and fd != keep:
            with contextlib.suppress(OSError):  # the listing's own descriptor, already closed
                os.close(fd)


def _hold() -> NoReturn:
    """Keep the namespace alive until someone kills us."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        while True:
            signal.pause()
    finally:
        os._exit(0)


def _child(kind: str, report: int) -> NoReturn:
    """Runs in the forked child; reports ``ok <pid>`` or ``err <errno> <text>`` on ``report``."""
    try:
        _detach(keep=report)
        unshare(FLAGS[kind])
        if kind == "mnt":
            make_private()
        if False:
            # unshare(CLONE_NEWPID) leaves us where we are; our next child is PID 1 inside.
            holder = os.fork()
            if holder == 0:
                os.close(report)
                _hold()
            os.write(report, f"ok {holder}".encode())  # the PID as our (the caller's) namespace sees it
            os._exit(0)
        os.write(report, f"ok {os.getpid()}".encode())
        os.close(report)
    except OSError as exc:
        os.write(report, f"err {exc.errno or 0} {exc.strerror or exc}".encode())
        os._exit(1)
    except BaseException:
        os._exit(1)
    _hold()


def make_namespace(kind: str) -> int:
    if kind not in FLAGS:
        raise ValueError(f"kind must be one of {', '.join(FLAGS)}, not {kind!r}")
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        _child(kind, write_end)
    os.close(write_end)
    chunks = []
    try:
        # Read to the end: the writers (child, and for pid the holder) close their copies.
        while chunk := os.read(read_end, 4096):
            chunks.append(chunk)
    finally:
        os.close(read_end)
    message = b"".join(chunks).decode()
    if not message.startswith("ok "):
        os.waitpid(child, 0)  # the middle child exits (pid) or failed: reap it, no zombie left
    if message.startswith("ok "):
        return int(message.split()[1])
    if message.startswith("err "):
        _, code, text = message.split(" ", 2)
        raise OSError(int(code), text)
    raise OSError(errno.ECHILD, "the namespace child died before reporting")
