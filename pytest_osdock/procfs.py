"""The checker's own ground truth about processes.

psutil first; raw ``/proc`` where psutil lacks what a check needs.  Everything here is written
independently of ``solutions/``: a check compares a learner's answer with these readings, never
with the reference answer.

A process can exit between any two reads.  :func:`read_text` is the one place where a vanished
pid (``FileNotFoundError`` or ``ESRCH`` from ``/proc/<pid>/...``) becomes ``ProcessLookupError``;
every raw reader goes through it.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import psutil


def proc_path(pid: int, *parts: str) -> Path:
    return Path("/proc", str(pid), *parts)


def read_text(pid: int, *parts: str) -> str:
    """Read ``/proc/<pid>/<parts...>``; a process that is gone raises ``ProcessLookupError``."""
    try:
        return proc_path(pid, *parts).read_text(errors="surrogateescape")
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    except OSError as exc:
        # Reading a file of a process that exits mid-read gives ESRCH (proc(5)).
        if exc.errno == errno.ESRCH:
            raise ProcessLookupError(pid) from None
        raise


def stat_fields(pid: int) -> tuple[str, list[str]]:
    """``(comm, fields after comm)`` of ``/proc/<pid>/stat``.

    ``comm`` may hold spaces and parentheses, so it runs from the first ``(`` to the LAST ``)``
    (proc(5), and psutil's ``_pslinux.Process._parse_stat_file`` does the same).
    """
    raw = read_text(pid, "stat")
    left, right = raw.index("("), raw.rindex(")")
    return raw[left + 1 : right], raw[right + 2 :].split()


def status_fields(pid: int) -> dict[str, str]:
    """``/proc/<pid>/status`` as a mapping of field name to its (stripped) value."""
    fields: dict[str, str] = {}
    for line in read_text(pid, "status").splitlines():
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return fields


def listed_pids() -> set[int]:
    """The ids ``/proc`` lists: processes only; threads open as ``/proc/<tid>`` but are not listed."""
    return {int(name) for name in os.listdir("/proc") if name.isdigit()}


def thread_ids(pid: int) -> list[int]:
    try:
        return sorted(t.id for t in psutil.Process(pid).threads())
    except psutil.NoSuchProcess:
        raise ProcessLookupError(pid) from None


def state(pid: int) -> str:
    """The one-letter state of ``/proc/<pid>/stat`` (``R``, ``S``, ``Z``, ...)."""
    return stat_fields(pid)[1][0]


def is_gone_or_zombie(pid: int) -> bool:
    try:
        return state(pid) in ("Z", "X")
    except ProcessLookupError:
        return True


def cmdline(pid: int) -> list[str]:
    try:
        return psutil.Process(pid).cmdline()
    except psutil.NoSuchProcess:
        raise ProcessLookupError(pid) from None


def unused_pid() -> int:
    """A pid that no process or thread uses now (above every one in use)."""
    return max(listed_pids() | {int(t) for t in os.listdir("/proc/self/task")}) + 1000


# --- ch1 ---
# --- ch2 ---
# --- ch3 ---
# --- ch5 ---
# --- ch6 ---
