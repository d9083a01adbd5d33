"""Unshares in the calling process and then forks: the caller itself moves into the new namespace."""

from __future__ import annotations

import ctypes
import os
import signal

REJECTED_BY: tuple[str, ...] = ("the_caller_keeps_all_its_own_namespaces",)

FLAGS = {"uts": 0x04000000, "ipc": 0x08000000, "net": 0x40000000, "mnt": 0x00020000, "pid": 0x20000000}
_libc = ctypes.CDLL(None, use_errno=True)


def make_namespace(kind: str) -> int:
    if kind not in FLAGS:
        raise ValueError(kind)
    if _libc.unshare(FLAGS[kind]) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    if kind == "mnt":
        _libc.mount(None, b"/", None, 0x4000 | (1 << 18), None)
    child = os.fork()
    if child == 0:
        while True:
            signal.pause()
    return child
