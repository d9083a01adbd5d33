"""The checker's own ground truth about processes.

psutil first; raw ``/proc`` where psutil lacks what a check needs.  Everything here is written
independently of ``solutions/``: a check compares a learner's answer with these readings, never
with the reference answer.

A process can exit between any two reads.  :func:`read_text` is the one place where a vanished
pid (``FileNotFoundError`` or ``ESRCH`` from ``/proc/<pid>/...``) becomes ``ProcessLookupError``;
every raw reader goes through it.
"""

from __future__ import annotations

import bisect
import errno
import os
import re
import shlex
import stat
from dataclasses import dataclass
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
# The machine's identity: /etc/os-release read per os-release(5), with shlex doing the shell-style
# unquoting (an independent parser from the one the course asks learners to write).
OS_RELEASE = Path("/etc/os-release")


def os_release_text(path: Path = OS_RELEASE) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None


def os_release_name(text: str | None) -> str:
    """``"<ID> <VERSION_ID>"`` of an os-release text, ``"unknown"`` for no file at all.

    os-release(5): ``ID`` defaults to ``linux``; ``VERSION_ID`` is optional (rolling releases),
    and then the name is the ``ID`` alone.
    """
    if text is None:
        return "unknown"
    fields: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        try:
            fields[key.strip()] = " ".join(shlex.split(value))
        except ValueError:  # unbalanced quotes: keep the raw text
            fields[key.strip()] = value.strip()
    return " ".join(part for part in (fields.get("ID", "linux"), fields.get("VERSION_ID", "")) if part)


# --- ch2 ---
# CPU, RAM and disk as the machine reports them.


def cpuinfo_processors() -> int:
    """The ``processor`` blocks of ``/proc/cpuinfo``: the machine's online logical CPUs.

    psutil's ``cpu_count(logical=True)`` asks ``sysconf(_SC_NPROCESSORS_ONLN)`` and parses this
    file only as a fallback; the two agree on a plain Linux, but an lxcfs-style overlay of
    ``/proc/cpuinfo`` can make them differ, and the course asks for the file.
    """
    with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
        return sum(1 for line in f if line.partition(":")[0].strip() == "processor")


def memory() -> tuple[int, int]:
    """``(total, available)`` bytes of RAM (psutil: ``MemTotal`` and ``MemAvailable`` × 1024)."""
    vm = psutil.virtual_memory()
    return int(vm.total), int(vm.available)


def rss(pid: int) -> int:
    """Resident bytes of ``pid`` (psutil reads ``/proc/<pid>/statm``: resident pages × page size)."""
    try:
        return int(psutil.Process(pid).memory_info().rss)
    except psutil.NoSuchProcess:
        raise ProcessLookupError(pid) from None


def has_vm_rss(pid: int) -> bool:
    """Whether ``/proc/<pid>/status`` has a ``VmRSS`` line (zombies and kernel threads have none)."""
    return "VmRSS" in status_fields(pid)


# --- ch3 ---


def uptime() -> float:
    """Seconds since boot, the first number of ``/proc/uptime`` (``proc(5)``; centiseconds)."""
    return float(Path("/proc/uptime").read_text().split()[0])


def ancestry(pid: int) -> list[tuple[int, str]]:
    """``(pid, comm)`` of ``pid`` and of each parent in turn, up to the one whose parent is 0."""
    chain: list[tuple[int, str]] = []
    while True:
        comm, rest = stat_fields(pid)
        chain.append((pid, comm))
        ppid = int(rest[1])
        if ppid == 0:
            return chain
        pid = ppid


def open_regular_files(pid: int) -> list[str]:
    """The link texts of ``/proc/<pid>/fd`` that lead to regular files, sorted, each once.

    Not psutil's ``open_files()``: it drops a file deleted while open (its path no longer
    exists), and a check needs exactly those.  ``stat`` through the link reaches the open file.
    """
    fd_dir = proc_path(pid, "fd")
    try:
        fds = os.listdir(fd_dir)
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    found: set[str] = set()
    for fd in fds:
        try:
            target = os.readlink(fd_dir / fd)
            regular = stat.S_ISREG(os.stat(fd_dir / fd).st_mode)
        except FileNotFoundError:
            continue
        if regular:
            found.add(target)
    return sorted(found)


# The rows of /proc/<pid>/limits (fs/proc/base.c) and the resource each one shows.
LIMIT_NAMES: dict[str, int] = {
    "Max cpu time": psutil.RLIMIT_CPU,
    "Max file size": psutil.RLIMIT_FSIZE,
    "Max data size": psutil.RLIMIT_DATA,
    "Max stack size": psutil.RLIMIT_STACK,
    "Max core file size": psutil.RLIMIT_CORE,
    "Max resident set": psutil.RLIMIT_RSS,
    "Max processes": psutil.RLIMIT_NPROC,
    "Max open files": psutil.RLIMIT_NOFILE,
    "Max locked memory": psutil.RLIMIT_MEMLOCK,
    "Max address space": psutil.RLIMIT_AS,
    "Max file locks": psutil.RLIMIT_LOCKS,
    "Max pending signals": psutil.RLIMIT_SIGPENDING,
    "Max msgqueue size": psutil.RLIMIT_MSGQUEUE,
    "Max nice priority": psutil.RLIMIT_NICE,
    "Max realtime priority": psutil.RLIMIT_RTPRIO,
    "Max realtime timeout": psutil.RLIMIT_RTTIME,
}


def limits(pid: int) -> dict[str, tuple[int | None, int | None]]:
    """Every limit of ``pid`` as ``prlimit(2)`` reports it, keyed by its ``/proc/<pid>/limits`` name.

    The names come from the file (so a row a newer kernel adds is not missed), the values from
    psutil (``RLIM_INFINITY`` becomes ``None``); a row psutil has no constant for is read raw.
    """
    rows = read_text(pid, "limits").splitlines()[1:]
    proc = psutil.Process(pid)
    found: dict[str, tuple[int | None, int | None]] = {}
    for row in rows:
        name, soft, hard = re.split(r"\s{2,}", row.strip())[:3]
        if name in LIMIT_NAMES:
            try:
                values = proc.rlimit(LIMIT_NAMES[name])
            except psutil.NoSuchProcess:
                raise ProcessLookupError(pid) from None
            soft_n, hard_n = (None if v == psutil.RLIM_INFINITY else int(v) for v in values)
        else:
            soft_n, hard_n = (None if v == "unlimited" else int(v) for v in (soft, hard))
        found[name] = (soft_n, hard_n)
    return found


def shm_path(name: str) -> Path:
    """Where the POSIX shared-memory segment ``/name`` lives on Linux (``shm_overview(7)``)."""
    return Path("/dev/shm", name.removeprefix("/"))

# --- ch5 ---
# The memory map, read two ways (psutil, and raw /proc/<pid>/maps for what psutil drops), and
# the course's classification rules (COURSE.md, ch5) applied to it.  Written from the rules,
# not from solutions/.

# Start of kernel space per architecture (x86-64: 4-level paging; arm64: 48-bit addresses);
# other 64-bit ports give the kernel at least the top half.
KERNEL_SPACE_STARTS = {"x86_64": 0xFFFF_8000_0000_0000, "aarch64": 0xFFFF_0000_0000_0000,
                       "arm64": 0xFFFF_0000_0000_0000}
KERNEL_SPACE_START = KERNEL_SPACE_STARTS.get(os.uname().machine, 1 << 63)
REGIONS = ("code", "data", "heap", "stack", "mmap")


@dataclass(frozen=True)
class MapLine:
    start: int
    end: int
    perms: str
    offset: int
    path: str

    def as_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "perms": self.perms, "offset": self.offset,
                "path": self.path}


# start-end perms offset major:minor inode, then padding and the path (which keeps its own
# spaces; an anonymous line ends in "0 " with nothing after).  proc(5), fs/proc/task_mmu.c.
_MAPS_LINE = re.compile(
    r"([0-9a-f]+)-([0-9a-f]+) ([-r][-w][-x][ps]) ([0-9a-f]+) [0-9a-f]+:[0-9a-f]+ \d+ *(.*)"
)


def maps(pid: int) -> list[MapLine]:
    """``/proc/<pid>/maps`` as :class:`MapLine` objects, in file order."""
    lines = []
    for raw in read_text(pid, "maps").splitlines():
        m = _MAPS_LINE.fullmatch(raw)
        if m is None:
            raise ValueError(f"unexpected line in /proc/{pid}/maps: {raw!r}")
        lines.append(MapLine(int(m[1], 16), int(m[2], 16), m[3], int(m[4], 16), m[5]))
    return lines


def psutil_maps(pid: int) -> list[tuple[int, int, str, str]]:
    """``(start, end, perms, path)`` from psutil's ``memory_maps(grouped=False)``.

    psutil reads ``smaps``; it names anonymous memory ``"[anon]"``, strips the path and removes
    a ``" (deleted)"`` suffix when no file of that name exists: undo the first here, and leave
    the others to the caller, who knows which files were deleted.
    """
    try:
        found = psutil.Process(pid).memory_maps(grouped=False)
    except psutil.NoSuchProcess:
        raise ProcessLookupError(pid) from None
    result = []
    for m in found:
        start, _, end = m.addr.partition("-")
        result.append((int(start, 16), int(end, 16), m.perms, "" if m.path == "[anon]" else m.path))
    return result


def region_of(lines: list[MapLine], addr: int) -> str:
    """The course's rules, first match wins; mappings are half-open."""
    if addr >= KERNEL_SPACE_START:
        return "kernel"
    i = bisect.bisect_right([line.start for line in lines], addr) - 1
    if i < 0 or addr >= lines[i].end:
        return "unmapped"
    line = lines[i]
    if line.path in ("[stack]", "[heap]"):
        return line.path[1:-1]
    if "x" in line.perms:
        return "code"
    if line.path.startswith("/"):
        return "data"
    prev = lines[i - 1] if i else None
    if (line.path == "" and prev is not None and prev.end == line.start and prev.path.startswith("/")
            and "w" in prev.perms):
        return "data"  # the bss of the file mapped just before
    return "mmap"


def region_totals(lines: list[MapLine]) -> dict[str, int]:
    """Bytes per region; a mapping counts under the label of its start address."""
    totals = dict.fromkeys(REGIONS, 0)
    for line in lines:
        label = region_of(lines, line.start)
        if label in totals:
            totals[label] += line.end - line.start
    return totals
# --- ch6 ---

NAMESPACE_KINDS = ("cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts")


def namespace(pid: int, kind: str) -> tuple[int, int]:
    """``(st_dev, st_ino)`` of ``/proc/<pid>/ns/<kind>``: equal exactly for the same namespace.

    ``stat`` follows the magic link to the namespace's nsfs inode (``namespaces(7)``).
    """
    try:
        st = proc_path(pid, "ns", kind).stat()
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    return st.st_dev, st.st_ino


def namespaces(pid: int) -> dict[str, tuple[int, int]]:
    """Every entry of ``/proc/<pid>/ns`` (``pid_for_children`` and ``time_for_children`` too).

    ``pid_for_children`` is a broken link (ENOENT) after ``unshare(CLONE_NEWPID)`` until the new
    namespace's first process is born (namespaces(7)); such an entry is left out.
    """
    try:
        names = os.listdir(proc_path(pid, "ns"))
    except FileNotFoundError:
        raise ProcessLookupError(pid) from None
    found: dict[str, tuple[int, int]] = {}
    for name in sorted(names):
        try:
            found[name] = namespace(pid, name)
        except ProcessLookupError:
            if not proc_path(pid, "ns").exists():
                raise
    return found


def nspid(pid: int) -> list[int]:
    """The ``NSpid`` field of ``/proc/<pid>/status``: its pid in each pid namespace, outermost first."""
    return [int(p) for p in status_fields(pid)["NSpid"].split()]


def net_interfaces(pid: int) -> list[str]:
    """The interface names of ``/proc/<pid>/net/dev``: the network namespace of ``pid`` (proc(5))."""
    lines = read_text(pid, "net", "dev").splitlines()[2:]
    return sorted(line.split(":", 1)[0].strip() for line in lines if ":" in line)


def _unescape_mount_path(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as \040 \011 \012 \134 (proc(5)).
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def mounts(pid: int | str = "self") -> dict[int, tuple[str, str, str]]:
    """Mount id -> ``(mount point, filesystem type, propagation)`` from ``/proc/<pid>/mountinfo``.

    In file order (a mount comes after the one it is mounted on).  The propagation is the optional
    fields, such as ``"shared:1"`` or ``"master:2"``, and ``""`` for a private mount (proc(5)).
    """
    found: dict[int, tuple[str, str, str]] = {}
    for line in Path("/proc", str(pid), "mountinfo").read_text().splitlines():
        left, _, right = line.partition(" - ")
        fields = left.split()
        found[int(fields[0])] = (_unescape_mount_path(fields[4]), right.split()[0], " ".join(fields[6:]))
    return found


def sysv_shm() -> dict[int, int]:
    """System V shared-memory segments of our ipc namespace: shmid -> key (``/proc/sysvipc/shm``)."""
    found: dict[int, int] = {}
    for line in Path("/proc/sysvipc/shm").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) > 1:
            found[int(fields[1])] = int(fields[0])
    return found
