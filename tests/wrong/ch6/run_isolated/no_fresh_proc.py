"""Does not mount a new /proc, so the container still sees the host's processes there."""

from __future__ import annotations

import ctypes
import errno
import os
from collections.abc import Sequence
from typing import NoReturn

REJECTED_BY: tuple[str, ...] = (
    "proc_lists_only_the_containers_own_processes",
)

# <linux/sched.h>, <linux/mount.h>; man 2 unshare, man 2 mount.
CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
CONTAINER = CLONE_NEWUTS | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWNET
MS_NOSUID = 2
MS_NODEV = 4
MS_NOEXEC = 8
MS_REC = 0x4000
MS_PRIVATE = 1 << 18

_libc = ctypes.CDLL(None, use_errno=True)


def _syscall_check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def _unshare(flags: int) -> None:
    """``unshare(flags)``; without privilege, retry inside a new user namespace where we are root."""
    if _libc.unshare(flags) == 0:
        return
    first = ctypes.get_errno()
    if first != errno.EPERM:
        raise OSError(first, f"unshare: {os.strerror(first)}")
    uid, gid = os.geteuid(), os.getegid()
    if _libc.unshare(CLONE_NEWUSER | flags) != 0:
        raise PermissionError(first, f"unshare: {os.strerror(first)} (and no user namespace allowed either)")
    _write("/proc/self/setgroups", "deny")  # required before an unprivileged gid_map (Linux >= 3.19)
    _write("/proc/self/uid_map", f"0 {uid} 1")
    _write("/proc/self/gid_map", f"0 {gid} 1")


def _report(fd: int, exc: OSError) -> NoReturn:
    os.write(fd, f"{exc.errno or 0} {exc.strerror or exc}".encode())
    os._exit(127)


def _init(argv: list[str], hostname: bytes, out_w: int, err_w: int) -> NoReturn:
    """PID 1 of the container: set up its world, then become the program."""
    try:
        # Private first: systemd makes "/" shared, and a /proc mounted over a shared "/" would
        # appear on the host too (man 7 mount_namespaces).
        _syscall_check(_libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None), "mount --make-rprivate /")
        # /proc shows the pid namespace of whoever mounted it: mount one for ours (man 7 pid_namespaces).
        _syscall_check(_libc.sethostname(hostname, len(hostname)), "sethostname")
        os.dup2(out_w, 1)
        os.close(out_w)
        os.execvp(argv[0], argv)  # err_w is close-on-exec: a successful exec closes it
    except OSError as exc:
        _report(err_w, exc)
    except BaseException:
        os._exit(127)


def _middle(argv: list[str], hostname: bytes, out_w: int, err_w: int, status_w: int) -> NoReturn:
    """The child that unshares, forks PID 1 and reports PID 1's wait status."""
    try:
        _unshare(CONTAINER)
        pid1 = os.fork()
        if pid1 == 0:
            os.close(status_w)
            _init(argv, hostname, out_w, err_w)
        os.close(out_w)
        os.close(err_w)
        _, status = os.waitpid(pid1, 0)
        os.write(status_w, str(status).encode())
        os._exit(0)
    except OSError as exc:
        _report(err_w, exc)
    except BaseException:
        os._exit(127)


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def run_isolated(argv: Sequence[str], hostname: str) -> tuple[int, bytes]:
    args = list(argv)
    if not args:
        raise ValueError("argv must name a program")
    name = hostname.encode()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe2(os.O_CLOEXEC)
    status_r, status_w = os.pipe()
    middle = os.fork()
    if middle == 0:  # pragma: no cover - runs in the child
        for fd in (out_r, err_r, status_r):
            os.close(fd)
        _middle(args, name, out_w, err_w, status_w)
    for fd in (out_w, err_w, status_w):
        os.close(fd)
    # Output first, to the end: waiting first would deadlock on an output larger than the pipe.
    # The end comes when PID 1 exits, since the kernel then kills the rest of its namespace.
    output = _read_all(out_r)
    error = _read_all(err_r)
    status_text = _read_all(status_r)
    os.waitpid(middle, 0)
    if error:
        code, _, text = error.decode().partition(" ")
        raise OSError(int(code), f"{text}: {args[0]!r}" if int(code) == errno.ENOENT else text)
    status = int(status_text)
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status), output
    return os.waitstatus_to_exitcode(status), output
