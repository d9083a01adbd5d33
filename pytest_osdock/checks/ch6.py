"""Hidden checks of chapter 6: namespaces and the hands-on session.

Namespace checks need the right to create namespaces.  Once per run a throwaway child probes it
(:func:`_capability`): ``"root"`` when ``unshare`` works as is, ``"userns"`` when it works only
inside a new user namespace (an unprivileged user on a system that allows that), and otherwise
the checks that need it skip with a reason that says how to get there.

The grader looks into the learner's namespaces from throwaway children it forks
(:func:`_in_child`) that ``setns(2)`` into them, never from its own process.  Every namespace
check runs inside :func:`_host_kept`, which compares the host's mount table, hostname and System V
shared memory before and after, undoes what it can attribute to the check, and fails the check
for any leak.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import platform
import re
import select
import shlex
import shutil
import signal
import string
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_osdock import procfs
from pytest_osdock.checks import HYPOTHESIS, Ctx, LearnerRaised, T, check
from pytest_osdock.namespaces import (
    CLONE_NEWCGROUP,
    CLONE_NEWIPC,
    CLONE_NEWNET,
    CLONE_NEWNS,
    CLONE_NEWPID,
    CLONE_NEWUSER,
    CLONE_NEWUTS,
    MS_PRIVATE,
    MS_REC,
    MS_SHARED,
)
from pytest_osdock.namespaces import check_errno as _ok
from pytest_osdock.namespaces import mount as _mount
from pytest_osdock.namespaces import sethostname as _sethostname
from pytest_osdock.namespaces import setns as _setns
from pytest_osdock.namespaces import umount as _umount
from pytest_osdock.namespaces import unshare as _unshare

FLAG = {"uts": CLONE_NEWUTS, "ipc": CLONE_NEWIPC, "net": CLONE_NEWNET, "mnt": CLONE_NEWNS,
        "pid": CLONE_NEWPID, "user": CLONE_NEWUSER, "cgroup": CLONE_NEWCGROUP}
CONTAINER = CLONE_NEWUTS | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWNET
# <sys/ipc.h>, man 2 shmget
IPC_CREAT = 0o1000
IPC_EXCL = 0o2000
IPC_RMID = 0

KINDS = procfs.NAMESPACE_KINDS
MAKE_KINDS = ("uts", "ipc", "net", "mnt", "pid")
NOT_INTS: tuple[Any, ...] = (True, "1", 1.0, None)

_libc = ctypes.CDLL(None, use_errno=True)
_libc.shmget.argtypes = [ctypes.c_int, ctypes.c_size_t, ctypes.c_int]
_libc.shmctl.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p]


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


# -- throwaway children -----------------------------------------------------------------------


def _in_child(fn: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Run ``fn`` in a forked child and return its JSON-able result; its OSError comes back as one.

    ``setns`` and ``unshare`` change the calling process for good, so the grader does them in
    children it throws away.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(read_end)
            try:
                result: Any = ["ok", fn()]
            except OSError as exc:
                result = ["oserror", exc.errno or 0, exc.strerror or str(exc)]
            except BaseException as exc:
                result = ["error", repr(exc)]
            os.write(write_end, json.dumps(result).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    data = b""
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([read_end], [], [], remaining)[0]:
                os.kill(pid, signal.SIGKILL)
                raise RuntimeError(f"a grader helper process did not finish within {timeout:g} s")
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            data += chunk
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    if not data:
        raise RuntimeError("a grader helper process died without a result")
    kind, *rest = json.loads(data)
    if kind == "oserror":
        raise OSError(rest[0], rest[1])
    if kind == "error":
        raise RuntimeError(rest[0])
    return rest[0]


def _enter(pid: int, kinds: list[str]) -> None:
    """In a throwaway child: join the ``kinds`` namespaces of ``pid`` (its user namespace first, if
    it has its own: the namespaces it owns can only be joined from inside it, man 2 setns)."""
    fds: list[tuple[int, int]] = []
    if procfs.namespace(pid, "user") != procfs.namespace(os.getpid(), "user"):
        fds.append((os.open(f"/proc/{pid}/ns/user", os.O_RDONLY), CLONE_NEWUSER))
    fds += [(os.open(f"/proc/{pid}/ns/{kind}", os.O_RDONLY), FLAG[kind]) for kind in kinds]
    for fd, nstype in fds:
        _setns(fd, nstype)
        os.close(fd)


# -- may this machine create namespaces? ------------------------------------------------------

_capability_cache: list[tuple[str | None, str]] = []


def _probe() -> str:
    """In a throwaway child: create a container's namespaces the way the exercises do."""
    try:
        _unshare(CONTAINER)
        mode = "root"
    except OSError as exc:
        if exc.errno != errno.EPERM:
            raise
        uid, gid = os.geteuid(), os.getegid()
        _unshare(CLONE_NEWUSER | CONTAINER)
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"0 {uid} 1")
        _write("/proc/self/gid_map", f"0 {gid} 1")
        mode = "userns"
    init = os.fork()
    if init == 0:  # pragma: no cover - PID 1 of the probe's namespaces
        code = 0
        try:
            _mount(None, "/", None, MS_REC | MS_PRIVATE, None)
            _mount(b"proc", "/proc", b"proc", 0, None)
            _sethostname("osdock-probe")
        except OSError as exc:
            code = exc.errno or 1
        os._exit(code)
    _, status = os.waitpid(init, 0)
    if status:
        code = os.waitstatus_to_exitcode(status)
        raise OSError(code, f"mounting /proc in new namespaces: {os.strerror(code)}")
    return mode


def _machine_mode() -> tuple[str | None, str]:
    if not _capability_cache:
        try:
            _capability_cache.append((str(_in_child(_probe)), ""))
        except OSError as exc:
            _capability_cache.append((None, exc.strerror or str(exc)))
        except RuntimeError as exc:
            _capability_cache.append((None, str(exc)))
    return _capability_cache[0]


def _capability(ctx: Ctx) -> str:
    """``"root"`` or ``"userns"``; skip the check when this machine forbids namespaces."""
    mode, detail = _machine_mode()
    if mode is None:
        ctx.skip(T(
            f"this machine does not let this user create namespaces ({detail}). To grade this check, run"
            " as root (sudo -E pytest ...), or allow unprivileged user namespaces (Ubuntu 24.04:"
            " sudo sysctl kernel.apparmor_restrict_unprivileged_userns=0; older Debian:"
            " sudo sysctl kernel.unprivileged_userns_clone=1), or in Docker start the container with"
            " --privileged.",
            f"이 컴퓨터는 이 사용자에게 namespace 만들기를 허락하지 않아요 ({detail}). 이 검사를 채점하려면"
            " root로 실행하거나(sudo -E pytest ...), 일반 사용자의 user namespace를 허용하거나(Ubuntu 24.04:"
            " sudo sysctl kernel.apparmor_restrict_unprivileged_userns=0, 예전 Debian:"
            " sudo sysctl kernel.unprivileged_userns_clone=1), Docker라면 컨테이너를 --privileged로 시작하세요.",
        ))
    return mode


def _skip_unprivileged_permission_error(ctx: Ctx, raised: LearnerRaised, mode: str) -> None:
    """PermissionError without privilege is what the contract asks for: not the learner's failure."""
    if raised.is_a(PermissionError) and mode == "userns":
        ctx.skip(T(
            f"your {ctx.exercise.name} raised PermissionError: the checks run as an unprivileged user and"
            " your code does not use a user namespace, which is allowed. To grade it, run as root"
            " (sudo -E pytest exercises/ch6), or add CLONE_NEWUSER with uid/gid maps to your code.",
            f"{ctx.exercise.name}가 PermissionError를 일으켰어요. 검사가 일반 사용자로 실행되고 코드가 user"
            " namespace를 쓰지 않으니, 그래도 괜찮아요. 채점하려면 root로 실행하거나"
            " (sudo -E pytest exercises/ch6), 코드에 CLONE_NEWUSER와 uid/gid map을 더하세요.",
        ))


# -- the host must stay as it was ---------------------------------------------------------------


def _topmost(point: str) -> int | None:
    """The id of the mount that is visible at ``point`` now (the last one mounted there)."""
    ids = [mid for mid, (where, _, _) in procfs.mounts().items() if where == point]
    return ids[-1] if ids else None


def _under(point: str, roots: tuple[str, ...]) -> bool:
    return any(point == root or point.startswith(root.rstrip("/") + "/") for root in roots)


def _restore_host(mounts: dict[int, tuple[str, str, str]], hostname: str, shm: dict[int, int],
                  clean_under: tuple[str, ...]) -> list[str]:
    """Say what changed on the host since the snapshot, and undo what we can attribute to a check.

    New mounts are looked for where a check or the learner's code makes them: on /proc, in the
    temporary directory (``tempfile.mkdtemp``) and in the check's own directories.  Elsewhere a
    new mount is the machine's own business (a container runtime starting meanwhile, another
    grader's shared directory), and blaming the learner for it would make grades depend on what
    else the machine is doing.  Propagation changes of mounts that were already there (a ``/``
    made private outside any new mount namespace) are reported wherever they happen.
    """
    leaks: list[str] = []
    root = os.geteuid() == 0
    ours = ("/proc", tempfile.gettempdir(), *clean_under)
    for mid, (point, fstype, propagation) in reversed(list(procfs.mounts().items())):
        if mid in mounts:
            if mounts[mid][2] != propagation:
                leaks.append(f"the propagation of {point} changed from {mounts[mid][2] or 'private'!r}"
                             f" to {propagation or 'private'!r}")
            continue
        theirs = "/osdock-mnt-" in point and not _under(point, clean_under)  # a grader running beside us
        if not _under(point, ours) or theirs:
            continue
        leaks.append(f"a {fstype} mount on {point}")
        if root and _topmost(point) == mid:
            with contextlib.suppress(OSError):
                _umount(point)
    now = os.uname().nodename
    if now != hostname:
        leaks.append(f"the hostname {hostname!r} became {now!r}")
        if root:
            with contextlib.suppress(OSError):
                _sethostname(hostname)
    for shmid, key in procfs.sysv_shm().items():
        if shmid not in shm:
            leaks.append(f"a System V shared-memory segment (key {key:#x})")
            _libc.shmctl(shmid, IPC_RMID, None)
    return leaks


@contextlib.contextmanager
def _host_kept(ctx: Ctx, clean_under: tuple[str, ...] = ()) -> Iterator[None]:
    mounts, hostname, shm = procfs.mounts(), os.uname().nodename, procfs.sysv_shm()
    failed = False
    try:
        yield
    except BaseException:
        failed = True
        raise
    finally:
        leaks = _restore_host(mounts, hostname, shm, clean_under)
        if leaks and not failed:
            ctx.fail(
                T("your code changed the host, outside the new namespaces: " + "; ".join(leaks)
                  + " (the grader undid what it could)",
                  "코드가 새 namespace 바깥의 호스트를 바꿨어요: " + "; ".join(leaks)
                  + " (채점기가 되돌릴 수 있는 것은 되돌렸어요)"),
                input=ctx.exercise.name, expected="the host as it was", got="; ".join(leaks),
            )


@contextlib.contextmanager
def _shared_dir(mode: str) -> Iterator[str]:
    """A temporary directory; as root, a tmpfs mounted on it with *shared* propagation.

    That is the situation systemd creates for "/" (man 7 mount_namespaces, shared subtrees): a
    mount namespace copied from the host without being made private stays a peer of it, and what
    is mounted under the directory inside shows up on the host.  A grader on a host whose "/" is
    private would otherwise never see the mistake.
    """
    tmp = tempfile.mkdtemp(prefix="osdock-mnt-")
    mounted = False
    try:
        if mode == "root":
            _mount(b"osdock", tmp, b"tmpfs", 0, b"size=64k,mode=0755")
            mounted = True
            _mount(None, tmp, None, MS_SHARED, None)
        os.mkdir(os.path.join(tmp, "sub"))
        yield tmp
    finally:
        if mounted:
            for mid, (point, _, _) in reversed(list(procfs.mounts().items())):
                if _under(point, (tmp,)) and _topmost(point) == mid:
                    with contextlib.suppress(OSError):
                        _umount(point)
        shutil.rmtree(tmp, ignore_errors=True)


# -- namespace_id -------------------------------------------------------------------------------


def _other_namespaces(ctx: Ctx) -> tuple[int, list[str]]:
    """A ``sleep`` started by ``unshare(1)`` in new namespaces of a few random kinds."""
    mode = _capability(ctx)
    kinds = sorted(ctx.rng.sample(["uts", "ipc", "net", "mnt", "cgroup"], ctx.rng.randint(1, 2)))
    argv = ["unshare", *(f"--{'mount' if k == 'mnt' else k}" for k in kinds)]
    if mode == "userns":
        argv += ["--user", "--map-root-user"]
        kinds = [*kinds, "user"]
    if shutil.which("unshare") is None:
        ctx.skip(T("the unshare program (util-linux) is missing: install it to grade this check",
                   "unshare 프로그램(util-linux)이 없어요. 이 검사를 채점하려면 설치하세요"))
    proc = ctx.popen([*argv, "sleep", "infinity"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)
    ours = procfs.namespace(os.getpid(), kinds[0])
    deadline = time.monotonic() + 5
    while procfs.namespace(proc.pid, kinds[0]) == ours or procfs.cmdline(proc.pid)[:1] != ["sleep"]:
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{' '.join(argv)} did not start a process in new namespaces")
        time.sleep(0.001)
    return proc.pid, kinds


def _expect_ns_id(ctx: Ctx, pid: int, kind: str, what: str) -> None:
    want = procfs.namespace(pid, kind)[1]
    got = ctx.call(pid, kind)
    ctx.expect(got == want, T(f"the inode number of /proc/{pid}/ns/{kind} as os.stat sees it (the number"
                              f" in {kind}:[...])",
                              f"os.stat으로 본 /proc/{pid}/ns/{kind}의 inode 번호여야 해요 ({kind}:[...] 안의 숫자)"),
               input=f"namespace_id({pid}, {kind!r}), {what}", expected=want, got=got)


@check("ch6", "namespace_id")
def gives_the_namespace_inode_of_every_kind_for_host_processes(ctx: Ctx) -> None:
    """Random kinds (one at least whose name is not three letters long) of the grader and a sleep."""
    proc = ctx.popen(["sleep", "infinity"])
    kinds = [ctx.rng.choice(["cgroup", "time", "user"]), *ctx.rng.sample(["ipc", "mnt", "net", "pid", "uts"], 3)]
    ctx.rng.shuffle(kinds)
    for kind in kinds[:2]:
        _expect_ns_id(ctx, os.getpid(), kind, "the grader's own process")
    for kind in kinds[2:]:
        _expect_ns_id(ctx, proc.pid, kind, "a sleep process")


@check("ch6", "namespace_id")
def tells_the_namespaces_of_a_process_started_by_unshare(ctx: Ctx) -> None:
    """A process in new namespaces of random kinds: its ids differ from the caller's own."""
    pid, kinds = _other_namespaces(ctx)
    shared = ctx.rng.choice([k for k in ("pid", "time", "uts", "net") if k not in kinds])
    for kind in [*kinds, shared]:
        _expect_ns_id(ctx, pid, kind, f"a process started with unshare in new {', '.join(kinds)} namespaces")


@check("ch6", "namespace_id")
def rejects_unknown_kinds_with_value_error(ctx: Ctx) -> None:
    """``pid_for_children`` is a file in /proc/PID/ns but not a kind; so are random strings."""
    for kind in ("pid_for_children", "UTS"):
        ctx.raises(ValueError, os.getpid(), kind)

    @settings(HYPOTHESIS, max_examples=2)
    @given(st.text(alphabet=string.ascii_letters + string.digits + "_./", max_size=12))
    def unknown(kind: str) -> None:
        if kind in KINDS:
            return
        ctx.raises(ValueError, os.getpid(), kind)

    unknown()


@check("ch6", "namespace_id")
def raises_for_missing_processes_and_non_int_pids(ctx: Ctx) -> None:
    ctx.raises(ProcessLookupError, procfs.unused_pid(), ctx.rng.choice(KINDS))
    ctx.raises(TypeError, True, "uts")
    ctx.raises(TypeError, str(os.getpid()), "uts")


# -- same_namespace -----------------------------------------------------------------------------


@check("ch6", "same_namespace")
def tells_shared_namespaces_from_separate_ones(ctx: Ctx) -> None:
    pid, kinds = _other_namespaces(ctx)
    host = ctx.popen(["sleep", "infinity"]).pid
    shared = ctx.rng.choice([k for k in ("pid", "time", "net") if k not in kinds])
    cases = [(host, pid, kind) for kind in kinds] + [(pid, host, shared), (os.getpid(), host, ctx.rng.choice(KINDS))]
    ctx.rng.shuffle(cases)
    for a, b, kind in cases:
        want = procfs.namespace(a, kind) == procfs.namespace(b, kind)
        got = ctx.call(a, b, kind)
        ctx.expect(got is want, T("same namespace exactly when /proc/PID/ns/KIND of both has the same device"
                                  " and inode numbers (os.stat)",
                                  "두 /proc/PID/ns/KIND의 장치 번호와 inode 번호(os.stat)가 같을 때만 같은"
                                  " namespace예요"),
                   input=f"same_namespace({a}, {b}, {kind!r}); the process {pid} was started in new"
                   f" {', '.join(kinds)} namespaces", expected=want, got=got)


@check("ch6", "same_namespace")
def raises_for_unknown_kinds_missing_processes_and_non_int_pids(ctx: Ctx) -> None:
    me = os.getpid()
    ctx.raises(ValueError, me, me, "pid_for_children")
    ctx.raises(ProcessLookupError, me, procfs.unused_pid(), "uts")
    ctx.raises(TypeError, True, me, "uts")


# -- make_namespace -----------------------------------------------------------------------------

_seen: dict[str, Any] = {}


def _before_call() -> None:
    """Runs in the sandbox child right before the learner's function."""
    _seen["before"] = procfs.namespaces(os.getpid())


def _after_call(value: Any) -> dict[str, Any]:
    return {"pid": os.getpid(), "before": _seen.get("before"), "after": procfs.namespaces(os.getpid())}


def _make(ctx: Ctx, kind: str, mode: str) -> tuple[int, dict[str, Any]]:
    """Call ``make_namespace(kind)``, keep its process alive, and check it is a live new process."""
    try:
        result = ctx.call_with((kind,), before=_before_call, after=_after_call, keep_processes=True)
    except LearnerRaised as raised:
        _skip_unprivileged_permission_error(ctx, raised, mode)
        raise
    pid, info = result.value, result.after
    shown = f"make_namespace({kind!r})"
    ctx.expect(type(pid) is int, T("make_namespace returns the PID of the new process, an int",
                                   "make_namespace는 새 프로세스의 PID(int)를 돌려줘야 해요"),
               input=shown, expected="an int", got=pid)
    ctx.expect(pid != info["pid"], T("the process in the new namespace must be a new process, not the caller",
                                     "새 namespace의 프로세스는 호출한 프로세스가 아닌 새 프로세스여야 해요"),
               input=shown, expected=f"a PID other than the caller's {info['pid']}", got=pid)
    ctx.expect(not procfs.is_gone_or_zombie(pid),
               T("the process must stay alive after make_namespace returns, until the caller kills it: a"
                 " namespace lives only as long as some process is in it",
                 "프로세스는 make_namespace가 돌아온 뒤에도 호출자가 죽일 때까지 살아 있어야 해요. namespace는"
                 " 그 안에 프로세스가 있는 동안만 살아 있어요"),
               input=shown, expected=f"process {pid} alive", got="it has exited")
    return pid, info


def _shown_ns(ns: tuple[int, int]) -> str:
    return f"[{ns[1]}]"


@check("ch6", "make_namespace")
def each_kind_gets_a_fresh_namespace_and_shares_all_others(ctx: Ctx) -> None:
    mode = _capability(ctx)
    kinds = list(MAKE_KINDS)
    ctx.rng.shuffle(kinds)
    with _host_kept(ctx):
        for kind in kinds:
            pid, info = _make(ctx, kind, mode)
            caller, theirs = info["before"], procfs.namespaces(pid)
            shown = f"make_namespace({kind!r}) returned {pid}"
            ctx.expect(theirs[kind] != caller[kind],
                       T(f"/proc/{pid}/ns/{kind} must differ from the caller's: the process must be in a new"
                         f" {kind} namespace when make_namespace returns (wait for the child's report)"
                         + (" — for pid, return the child forked AFTER unshare, PID 1 inside"
                            if kind == "pid" else ""),
                         f"/proc/{pid}/ns/{kind}가 호출자의 것과 달라야 해요. make_namespace가 돌아올 때 프로세스가"
                         f" 새 {kind} namespace에 있어야 해요 (자식의 보고를 기다리세요)"
                         + (" — pid라면 unshare 뒤에 fork한 자식, 곧 안쪽의 PID 1을 돌려주세요"
                            if kind == "pid" else "")),
                       input=shown, expected=f"{kind} other than the caller's {_shown_ns(caller[kind])}",
                       got=f"{kind}:{_shown_ns(theirs[kind])}, the caller's own")
            unshared = [k for k in KINDS if k != kind and not (k == "user" and mode == "userns")
                        and theirs[k] != caller[k]]
            ctx.expect(not unshared,
                       T(f"only the {kind} namespace may be new; the process shares every other one with the"
                         " caller (check the flag: uts 0x04000000, ipc 0x08000000, net 0x40000000, mnt"
                         " 0x00020000, pid 0x20000000)",
                         f"{kind} namespace만 새것이어야 하고 나머지는 모두 호출자와 함께 써야 해요 (플래그를"
                         " 확인하세요: uts 0x04000000, ipc 0x08000000, net 0x40000000, mnt 0x00020000,"
                         " pid 0x20000000)"),
                       input=shown, expected=f"only {kind} new", got=f"also new: {', '.join(unshared)}")


@check("ch6", "make_namespace")
def the_caller_keeps_all_its_own_namespaces(ctx: Ctx) -> None:
    """The sandbox child that calls make_namespace records its /proc/self/ns before and after."""
    mode = _capability(ctx)
    with _host_kept(ctx):
        for kind in ctx.rng.sample(MAKE_KINDS, 2):
            _, info = _make(ctx, kind, mode)
            before, after = info["before"], info["after"]
            changed = sorted(k for k in before if after.get(k) != before[k])
            ctx.expect(not changed,
                       T("the caller's own namespaces must not change: unshare in a forked child, never in"
                         " the calling process (pid_for_children counts too)",
                         "호출한 프로세스의 namespace는 바뀌면 안 돼요. 호출한 프로세스가 아니라 fork한 자식에서"
                         " unshare하세요 (pid_for_children도 포함이에요)"),
                       input=f"make_namespace({kind!r})", expected="the caller's namespaces unchanged",
                       got=f"changed: {', '.join(changed)}")


@check("ch6", "make_namespace")
def the_process_in_a_new_pid_namespace_is_pid_1_there(ctx: Ctx) -> None:
    mode = _capability(ctx)
    with _host_kept(ctx):
        pid, _ = _make(ctx, "pid", mode)
        ids = procfs.nspid(pid)
        depth = len(procfs.nspid(os.getpid()))
        ctx.expect(len(ids) == depth + 1 and ids[-1] == 1,
                   T("inside its new pid namespace the process is PID 1: the last NSpid number in"
                     f" /proc/{pid}/status is 1. unshare(CLONE_NEWPID) does not move the caller, only its next"
                     " child: fork once more after unshare",
                     f"새 pid namespace 안에서 그 프로세스는 PID 1이에요. /proc/{pid}/status의 NSpid 마지막 숫자가"
                     " 1이어야 해요. unshare(CLONE_NEWPID)는 호출자가 아니라 다음 자식부터 옮기니, unshare 뒤에"
                     " 한 번 더 fork하세요"),
                   input=f"make_namespace('pid') returned {pid}", expected=f"NSpid: {pid} 1",
                   got="NSpid: " + " ".join(map(str, ids)))


@check("ch6", "make_namespace")
def a_hostname_set_in_the_new_uts_namespace_stays_there(ctx: Ctx) -> None:
    mode = _capability(ctx)
    with _host_kept(ctx):
        pid, _ = _make(ctx, "uts", mode)
        shown = f"make_namespace('uts') returned {pid}"
        ctx.expect(procfs.namespace(pid, "uts") != procfs.namespace(os.getpid(), "uts"),
                   T("the process is in the host's own uts namespace: setting its hostname would rename this"
                     " machine (the grader did not try)",
                     "프로세스가 호스트의 uts namespace에 있어요. 거기서 hostname을 바꾸면 이 컴퓨터의 이름이"
                     " 바뀌어요 (채점기는 시도하지 않았어요)"),
                   input=shown, expected="a new uts namespace", got="the host's")
        name = "osdock-" + "".join(ctx.rng.choices(string.ascii_lowercase, k=8))
        host = os.uname().nodename

        def rename() -> str:
            _enter(pid, ["uts"])
            _sethostname(name)
            return os.uname().nodename

        inside = _in_child(rename)
        ctx.expect(inside == name and os.uname().nodename == host,
                   T("a hostname set inside the new uts namespace is seen there and only there",
                     "새 uts namespace 안에서 정한 hostname은 그 안에서만 보여야 해요"),
                   input=f"{shown}; sethostname({name!r}) inside", expected=f"inside {name!r}, host {host!r}",
                   got=f"inside {inside!r}, host {os.uname().nodename!r}")


@check("ch6", "make_namespace")
def the_new_net_namespace_has_only_a_loopback_interface(ctx: Ctx) -> None:
    mode = _capability(ctx)
    with _host_kept(ctx):
        pid, _ = _make(ctx, "net", mode)
        got = procfs.net_interfaces(pid)
        ctx.expect(got == ["lo"], T(f"a new network namespace has only the loopback lo (/proc/{pid}/net/dev);"
                                    " the host has " + ", ".join(procfs.net_interfaces(os.getpid())),
                                    f"새 network namespace에는 루프백 lo 하나만 있어요 (/proc/{pid}/net/dev)."
                                    " 호스트에는 " + ", ".join(procfs.net_interfaces(os.getpid())) + "가 있어요"),
                   input=f"make_namespace('net') returned {pid}", expected=["lo"], got=got)


@check("ch6", "make_namespace")
def a_mount_in_the_new_mnt_namespace_does_not_reach_the_host(ctx: Ctx) -> None:
    """As root the grader mounts a *shared* tmpfs first: the situation systemd makes for "/"."""
    mode = _capability(ctx)
    with _shared_dir(mode) as shared, _host_kept(ctx, clean_under=(shared,)):
        pid, _ = _make(ctx, "mnt", mode)
        target = os.path.join(shared, "sub")

        def mount_inside() -> bool:
            _enter(pid, ["mnt"])
            _mount(b"osdock", target, b"tmpfs", 0, b"size=16k")
            return any(point == target for point, _, _ in procfs.mounts().values())

        inside = _in_child(mount_inside)
        leaked = any(point == target for point, _, _ in procfs.mounts().values())
        ctx.expect(inside and not leaked,
                   T("a tmpfs mounted inside the new mount namespace must not appear on the host. The new"
                     " namespace starts as a copy of the host's, and shared mounts stay peers of the host's:"
                     " make them private first (mount(None, '/', None, MS_REC | MS_PRIVATE, None))",
                     "새 mount namespace 안에서 마운트한 tmpfs가 호스트에 보이면 안 돼요. 새 namespace는 호스트의"
                     " 복사본으로 시작하고, shared 마운트는 호스트와 계속 이어져 있어요. 먼저 private으로"
                     " 만드세요 (mount(None, '/', None, MS_REC | MS_PRIVATE, None))"),
                   input=f"make_namespace('mnt') returned {pid}; mount a tmpfs on {target} inside"
                   + (" (under a shared mount)" if mode == "root" else ""), expected="mounted inside, absent from the host",
                   got=f"{'mounted' if inside else 'not mounted'} inside, "
                   f"{'present on' if leaked else 'absent from'} the host")


@check("ch6", "make_namespace")
def shared_memory_made_in_the_new_ipc_namespace_is_invisible_outside(ctx: Ctx) -> None:
    mode = _capability(ctx)
    with _host_kept(ctx):
        pid, _ = _make(ctx, "ipc", mode)
        key = ctx.rng.randrange(0x0510_0000, 0x7FFF_FFFF)

        def create_inside() -> bool:
            _enter(pid, ["ipc"])
            _ok(_libc.shmget(key, 4096, IPC_CREAT | IPC_EXCL | 0o600), "shmget")
            return key in procfs.sysv_shm().values()

        inside = _in_child(create_inside)
        outside = key in procfs.sysv_shm().values()
        ctx.expect(inside and not outside,
                   T("a System V shared-memory segment created in the new ipc namespace is listed in its"
                     " /proc/sysvipc/shm, and not in the host's",
                     "새 ipc namespace에서 만든 System V 공유 메모리는 그 안의 /proc/sysvipc/shm에만 보이고"
                     " 호스트에는 보이지 않아야 해요"),
                   input=f"make_namespace('ipc') returned {pid}; shmget({key:#x}) inside",
                   expected="listed inside only",
                   got=f"{'listed' if inside else 'missing'} inside, {'listed' if outside else 'missing'} outside")


@check("ch6", "make_namespace")
def rejects_other_kinds_with_value_error(ctx: Ctx) -> None:
    """user, cgroup and time are kinds of namespace too, but not ones make_namespace makes."""
    for kind in ("user", ctx.rng.choice(["cgroup", "time", "pid_for_children", "UTS"])):
        ctx.raises(ValueError, kind)

    @settings(HYPOTHESIS, max_examples=2)
    @given(st.text(alphabet=string.ascii_letters + "_", max_size=10))
    def unknown(kind: str) -> None:
        if kind not in MAKE_KINDS:
            ctx.raises(ValueError, kind)

    unknown()


# A seccomp filter like Docker's default profile for a process without CAP_SYS_ADMIN: unshare,
# setns, clone with namespace flags, mount, umount, sethostname and pivot_root fail with EPERM,
# clone3 with ENOSYS (so that glibc falls back to clone, whose flags a filter can see).  Blocking
# mount and sethostname too means that code which ignores unshare's error cannot touch the host.
_SYSCALLS = {  # machine: AUDIT_ARCH_*, clone, clone3, then the calls that fail with EPERM
    "x86_64": (0xC000003E, 56, 435, (272, 308, 165, 166, 170, 171, 155)),
    "aarch64": (0xC00000B7, 220, 435, (97, 268, 40, 39, 161, 162, 41)),
}
_NEW_MOUNT_API = (428, 429, 430, 431, 432, 442)  # open_tree, move_mount, fsopen..., mount_setattr
_NS_FLAGS = CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET


def _seccomp_program() -> bytes | None:
    numbers = _SYSCALLS.get(platform.machine())
    if numbers is None:
        return None
    arch, clone, clone3, eperm_calls = numbers
    blocked = (*eperm_calls, *_NEW_MOUNT_API)
    n = len(blocked)
    ld, jeq, jset, ret = 0x20, 0x15, 0x45, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_JMP|JSET|K, BPF_RET|K
    allow_at, eperm_at, enosys_at = 7 + n, 8 + n, 9 + n
    insns = [
        (ld, 0, 0, 4),                           # 0: A = seccomp_data.arch
        (jeq, 0, allow_at - 2, arch),            # 1: another ABI: allow
        (ld, 0, 0, 0),                           # 2: A = seccomp_data.nr
        *((jeq, eperm_at - i - 1, 0, nr) for i, nr in enumerate(blocked, start=3)),
        (jeq, enosys_at - (3 + n) - 1, 0, clone3),
        (jeq, 0, allow_at - (4 + n) - 1, clone),
        (ld, 0, 0, 16),                          # A = low word of args[0], the clone flags
        (jset, 1, 0, _NS_FLAGS),                 # a namespace flag: EPERM
        (ret, 0, 0, 0x7FFF0000),                 # SECCOMP_RET_ALLOW
        (ret, 0, 0, 0x00050000 | errno.EPERM),   # SECCOMP_RET_ERRNO
        (ret, 0, 0, 0x00050000 | errno.ENOSYS),
    ]
    assert len(insns) == enosys_at + 1
    return b"".join(struct.pack("HBBI", *insn) for insn in insns)


def _forbid_namespaces() -> None:
    """Runs in the sandbox child: from now on, this process and its children get EPERM for namespaces."""
    program = _seccomp_program()
    assert program is not None
    buf = ctypes.create_string_buffer(program)

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    prog = SockFprog(len(program) // 8, ctypes.addressof(buf))
    _ok(_libc.prctl(38, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)")
    _ok(_libc.prctl(22, 2, ctypes.byref(prog), 0, 0), "prctl(PR_SET_SECCOMP)")  # SECCOMP_MODE_FILTER


_filter_works: list[bool] = []


def _seccomp_usable() -> bool:
    if not _filter_works:
        def probe() -> bool:
            _forbid_namespaces()
            try:
                _unshare(CLONE_NEWUTS)
            except OSError as exc:
                return exc.errno == errno.EPERM
            return False

        try:
            _filter_works.append(_seccomp_program() is not None and bool(_in_child(probe)))
        except (OSError, RuntimeError, AssertionError):
            _filter_works.append(False)
    return _filter_works[0]


def _forbidden_raises_permission_error(ctx: Ctx, calls: list[tuple[Any, ...]]) -> None:
    if not _seccomp_usable():
        ctx.skip(T("the grader cannot install a seccomp filter on this machine to forbid namespaces",
                   "채점기가 이 컴퓨터에서 namespace를 막는 seccomp 필터를 설치할 수 없어요"))
    for args in calls:
        shown = f"{ctx.exercise.name}{args!r} in a process where a seccomp filter forbids namespaces (as in Docker)"
        try:
            value = ctx.call_with(args, before=_forbid_namespaces).value
        except LearnerRaised as raised:
            ctx.expect(raised.is_a(PermissionError),
                       T("when the system forbids the namespaces, raise PermissionError",
                         "시스템이 namespace를 막으면 PermissionError를 일으켜야 해요"),
                       input=shown, expected="raise PermissionError", got=f"raised {raised.summary}")
            continue
        ctx.fail(T("unshare failed with EPERM in the child, and your code did not notice: check its return"
                   " value (-1 and errno) and report the error to the caller as PermissionError",
                   "자식에서 unshare가 EPERM으로 실패했는데 코드가 알아채지 못했어요. 반환값(-1과 errno)을"
                   " 확인하고 호출자에게 PermissionError로 알리세요"),
                 input=shown, expected="raise PermissionError", got=f"returned {value!r}")


@check("ch6", "make_namespace")
def raises_permission_error_when_the_system_forbids_namespaces(ctx: Ctx) -> None:
    kinds = list(MAKE_KINDS)
    ctx.rng.shuffle(kinds)
    _forbidden_raises_permission_error(ctx, [(kind,) for kind in kinds[:2]])


# -- run_isolated -------------------------------------------------------------------------------


def _isolated(ctx: Ctx, argv: list[str], hostname: str, mode: str) -> tuple[int, bytes]:
    try:
        got = ctx.call(argv, hostname)
    except LearnerRaised as raised:
        _skip_unprivileged_permission_error(ctx, raised, mode)
        raise
    ctx.expect(isinstance(got, tuple) and len(got) == 2 and type(got[0]) is int and type(got[1]) is bytes,
               T("run_isolated returns a pair (status, stdout_bytes)",
                 "run_isolated는 (status, stdout_bytes) 쌍을 돌려줘야 해요"),
               input=_shown_isolated(argv, hostname), expected="(int, bytes)", got=got)
    return int(got[0]), bytes(got[1])


def _shown_isolated(argv: list[str], hostname: str) -> str:
    return f"run_isolated({argv!r}, {hostname!r})"


def _box_name(ctx: Ctx) -> str:
    return "box-" + "".join(ctx.rng.choices(string.ascii_lowercase + string.digits, k=8))


@check("ch6", "run_isolated")
def the_program_sees_the_hostname_it_was_given(ctx: Ctx) -> None:
    mode = _capability(ctx)
    name = _box_name(ctx)
    with _host_kept(ctx):
        got = _isolated(ctx, ["hostname"], name, mode)
        ctx.expect(got == (0, f"{name}\n".encode()),
                   T("inside the container, hostname prints the name it was given (sethostname in the new uts"
                     " namespace)",
                     "컨테이너 안에서 hostname은 주어진 이름을 출력해야 해요 (새 uts namespace에서 sethostname)"),
                   input=_shown_isolated(["hostname"], name), expected=(0, f"{name}\n".encode()), got=got)


@check("ch6", "run_isolated")
def the_program_is_pid_1(ctx: Ctx) -> None:
    mode = _capability(ctx)
    argv = ["sh", "-c", "echo $$"]
    with _host_kept(ctx):
        got = _isolated(ctx, argv, _box_name(ctx), mode)
        ctx.expect(got == (0, b"1\n"),
                   T("the program is PID 1 of its new pid namespace: fork after unshare(CLONE_NEWPID), then exec",
                     "프로그램은 새 pid namespace의 PID 1이어야 해요. unshare(CLONE_NEWPID) 뒤에 fork하고 exec하세요"),
                   input=_shown_isolated(argv, "..."), expected=(0, b"1\n"), got=got)


@check("ch6", "run_isolated")
def proc_lists_only_the_containers_own_processes(ctx: Ctx) -> None:
    mode = _capability(ctx)
    n = ctx.rng.randint(1, 4)
    argv = ["sh", "-c", "sleep 30 & " * n + "exec ls /proc"]
    with _host_kept(ctx):
        status, out = _isolated(ctx, argv, _box_name(ctx), mode)
        got = sorted(int(name) for name in out.decode(errors="replace").split() if name.isdigit())
        want = list(range(1, n + 2))
        shown = got if len(got) < 12 else f"{len(got)} processes: {got[:8]}..."
        ctx.expect(status == 0 and got == want,
                   T(f"/proc must show only the container's processes (ls as PID 1 and its {n} sleeping"
                     " siblings): mount a fresh proc on /proc inside the new pid and mount namespaces",
                     f"/proc에는 컨테이너의 프로세스만 보여야 해요 (PID 1인 ls와 잠자는 형제 {n}개). 새 pid·mount"
                     " namespace 안에서 /proc에 proc을 새로 마운트하세요"),
                   input=_shown_isolated(argv, "..."), expected=f"status 0, numeric entries {want}",
                   got=f"status {status}, numeric entries {shown}")


@check("ch6", "run_isolated")
def the_container_has_only_a_loopback_interface(ctx: Ctx) -> None:
    mode = _capability(ctx)
    argv = ["cat", "/proc/net/dev"]
    with _host_kept(ctx):
        status, out = _isolated(ctx, argv, _box_name(ctx), mode)
        names = sorted(line.split(":", 1)[0].strip() for line in out.decode(errors="replace").splitlines()[2:]
                       if ":" in line)
        ctx.expect(status == 0 and names == ["lo"],
                   T("a new network namespace has only the loopback interface lo",
                     "새 network namespace에는 루프백 인터페이스 lo 하나만 있어요"),
                   input=_shown_isolated(argv, "..."), expected="status 0, interfaces ['lo']",
                   got=f"status {status}, interfaces {names}")


@check("ch6", "run_isolated")
def reports_the_exit_status_and_a_death_by_signal(ctx: Ctx) -> None:
    mode = _capability(ctx)
    code = ctx.rng.randint(1, 120)
    word = "".join(ctx.rng.choices(string.ascii_lowercase, k=6))
    segfault = [sys.executable, "-I", "-S", "-c", "import ctypes; ctypes.string_at(0)"]
    cases = [(["sh", "-c", f"echo {word}; exit {code}"], (code, f"{word}\n".encode()), "exit code"),
             (segfault, (-signal.SIGSEGV, b""), "killed by SIGSEGV: status -11")]
    with _host_kept(ctx):
        for argv, want, what in cases:
            got = _isolated(ctx, argv, _box_name(ctx), mode)
            ctx.expect(got == want, T(f"the status is the exit code, or -signal when a signal ended the program"
                                      f" ({what})",
                                      f"status는 종료 코드이고, 시그널로 끝났으면 -시그널 번호예요 ({what})"),
                       input=_shown_isolated(argv, "..."), expected=want, got=got)


_MOUNT_TMPFS = ("import ctypes, sys\n"
                "libc = ctypes.CDLL(None, use_errno=True)\n"
                "ok = libc.mount(b'osdock', sys.argv[1].encode(), b'tmpfs', 0, b'size=16k') == 0\n"
                "sys.exit(0 if ok else ctypes.get_errno())\n")


@check("ch6", "run_isolated")
def mounts_made_in_the_container_stay_out_of_the_host(ctx: Ctx) -> None:
    """The container's program mounts a tmpfs (under a shared mount, as root); its /proc is a mount too."""
    mode = _capability(ctx)
    with _shared_dir(mode) as shared, _host_kept(ctx, clean_under=(shared,)):
        target = os.path.join(shared, "sub")
        argv = [sys.executable, "-I", "-S", "-c", _MOUNT_TMPFS, target]
        status, _ = _isolated(ctx, argv, _box_name(ctx), mode)
        leaked = any(point == target for point, _, _ in procfs.mounts().values())
        ctx.expect(status == 0 and not leaked,
                   T("the container may mount things, and the host must not see them: make the mounts"
                     " private (MS_REC | MS_PRIVATE on /) before mounting /proc or anything else",
                     "컨테이너가 무언가를 마운트해도 호스트에는 보이면 안 돼요. /proc이나 다른 것을 마운트하기 전에"
                     " 마운트를 private으로 만드세요 (/에 MS_REC | MS_PRIVATE)"),
                   input=f"a program that mounts a tmpfs on {target}" + (" (a shared mount)" if mode == "root"
                                                                         else ""),
                   expected="status 0, nothing new on the host",
                   got=f"status {status}, {'the tmpfs appeared on the host' if leaked else 'nothing new'}")


@check("ch6", "run_isolated")
def raises_permission_error_when_the_system_forbids_containers(ctx: Ctx) -> None:
    _forbidden_raises_permission_error(ctx, [(["true"], _box_name(ctx))])


# -- the hands-on session: parse_job_line and grep_ps -------------------------------------------

_PROMPT = "osdock$ "


def _bash(ctx: Ctx, cwd: str) -> Any:
    shell = ctx.bash()
    _run_in(shell, f"cd {shlex.quote(cwd)}")
    return shell


def _exit(shell: Any) -> None:
    """Leave the shell; its background jobs may hold the terminal open, so watch bash, not EOF."""
    shell.sendline("exit")
    deadline = time.monotonic() + 5
    while shell.isalive() and time.monotonic() < deadline:
        time.sleep(0.001)
    shell.close()


def _run_in(shell: Any, command: str) -> str:
    """Send one command line to the pexpect bash; return what it printed before the next prompt."""
    shell.sendline(command)
    shell.expect_exact(_PROMPT)
    return str(shell.before).replace("\r\n", "\n")


def _loop_script(tmp: str, ctx: Ctx) -> str:
    name = f"while_loop_{ctx.rng.randint(1000, 9999)}"
    # The seed's loop spins a CPU; this one sleeps, so that grading stays kind to small machines.
    Path(tmp, f"{name}.py").write_text("import time\n\nwhile True:\n    time.sleep(1)\n")
    return name


def _child_running(shell_pid: int, pid: int, script: str | None, timeout: float = 5.0) -> bool:
    """Whether ``pid`` is a child of the shell (running ``script``): poll, exec comes after fork."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            proc = psutil.Process(pid)
            if proc.ppid() == shell_pid and (script is None or any(script in arg for arg in proc.cmdline())):
                return True
        except psutil.NoSuchProcess:
            return False
        time.sleep(0.001)
    return False


_JOB_LINE = re.compile(r"\[(\d+)\] (\d+)")


def _start_job(ctx: Ctx, shell: Any, command: str, script: str | None) -> tuple[str, int]:
    """Start ``command &`` in the shell; return bash's job line and the PID, known from psutil."""
    before = {c.pid for c in psutil.Process(shell.pid).children()}
    printed = _run_in(shell, f"{command} &")
    line = printed.strip().splitlines()[0] if printed.strip() else ""
    new = {c.pid for c in psutil.Process(shell.pid).children()} - before
    if len(new) != 1 or not _JOB_LINE.fullmatch(line):
        raise RuntimeError(f"bash did not start one background job for {command!r}: printed {printed!r}")
    pid = new.pop()
    if not _child_running(shell.pid, pid, script):
        raise RuntimeError(f"the background job {command!r} did not start")
    return line, pid


@check("ch6", "parse_job_line")
def reads_the_job_lines_bash_prints_for_background_programs(ctx: Ctx) -> None:
    """A real bash starts 1 to 3 background jobs; the last is the seed's while_loop.py."""
    with tempfile.TemporaryDirectory(prefix="osdock-") as tmp:
        shell = _bash(ctx, tmp)
        script = _loop_script(tmp, ctx)
        jobs = ctx.rng.randint(1, 3)
        for job in range(1, jobs + 1):
            command = f"{shlex.quote(sys.executable)} {script}.py" if job == jobs else "sleep infinity"
            line, pid = _start_job(ctx, shell, command, f"{script}.py" if job == jobs else "infinity")
            got = ctx.call(line)
            ctx.expect(got == (job, pid), T("(job number, PID) as bash printed them; the PID is the process"
                                            " that runs the program",
                                            "bash가 출력한 (job 번호, PID)여야 해요. PID는 프로그램을 실행하는"
                                            " 프로세스예요"),
                       input=f"{line!r} (after `{command} &`)", expected=(job, pid), got=got)
        _exit(shell)


@check("ch6", "parse_job_line")
def reads_any_job_number_and_pid(ctx: Ctx) -> None:
    @settings(HYPOTHESIS, max_examples=3)
    @given(st.integers(1, 999), st.integers(1, 4_194_304), st.sampled_from(["", " ", "\n", "\r\n", "\t "]))
    def job_lines(job: int, pid: int, around: str) -> None:
        line = f"{around.strip(chr(10))}[{job}] {pid}{around}"
        got = ctx.call(line)
        ctx.expect(got == (job, pid), T("the job number in brackets, then the PID",
                                        "대괄호 안의 job 번호, 그다음 PID예요"),
                   input=repr(line), expected=(job, pid), got=got)

    job_lines()


@check("ch6", "parse_job_line")
def rejects_lines_that_are_not_job_lines(ctx: Ctx) -> None:
    """What else a terminal shows around a job line: done and killed notices, bare numbers, prompts."""
    job, pid = ctx.rng.randint(1, 9), ctx.rng.randint(300, 99999)
    bad = [
        f"{job} {pid}",
        f"[{job}]+  Killed                  python3 while_loop.py",
        f"[{job}] {pid} {pid + 1}",
        ctx.rng.choice([f"osdock$ [{job}] {pid}", f"[-{job}] {pid}", f"[{job}] pid", f"{pid}", ""]),
    ]

    @settings(HYPOTHESIS, max_examples=2)
    @given(st.text(alphabet="[]0123456789 +-abc", min_size=1, max_size=14))
    def junk(line: str) -> None:
        if re.fullmatch(r"\[[0-9]+\]\s+[0-9]+", line.strip()):
            return  # a job line, or one that only spaces differently: not junk
        ctx.raises(ValueError, line)

    for line in bad:
        ctx.raises(ValueError, line)
    junk()


@check("ch6", "grep_ps")
def finds_the_background_loop_in_real_ps_output_and_nothing_after_kill_9(ctx: Ctx) -> None:
    """The seed's session: loop &, ps -ef | grep, ls /proc/PID, kill -9, ps -ef | grep again."""
    with tempfile.TemporaryDirectory(prefix="osdock-") as tmp:
        shell = _bash(ctx, tmp)
        script = _loop_script(tmp, ctx)
        command = f"{shlex.quote(sys.executable)} {script}.py"
        line, pid = _start_job(ctx, shell, command, f"{script}.py")
        job = int(_JOB_LINE.fullmatch(line)[1])  # type: ignore[index]
        grep = f"ps -ef | grep --color=auto {script}"
        out = _run_in(shell, grep)
        if f"grep --color=auto {script}" not in out:
            raise RuntimeError(f"unexpected output of {grep!r}: {out!r}")
        got = ctx.call(out, script)
        ctx.expect(got == [pid], T("the PID (second column) of the loop's line; grep's own line is not a match",
                                   "루프 줄의 PID(두 번째 열)예요. grep 자신의 줄은 빼야 해요"),
                   input=f"the output of `{grep}`:\n{out}", expected=[pid], got=got)

        listing = _run_in(shell, f"ls /proc/{pid}").split()
        if "status" not in listing or not psutil.pid_exists(pid):
            raise RuntimeError(f"/proc/{pid} of the running loop is not there")
        # Bash reaps the job on SIGCHLD and reports it before one of the next prompts: right after
        # the kill, or after the next command line, depending on when the signal comes.
        notice = _run_in(shell, f"kill -9 {pid}")
        killed = re.compile(rf"\[{job}\][+-]? +Killed")
        deadline = time.monotonic() + 5
        while not killed.search(notice) and time.monotonic() < deadline:
            if not psutil.pid_exists(pid):
                notice += _run_in(shell, "")
            else:
                time.sleep(0.001)
        if psutil.pid_exists(pid) or not killed.search(notice):
            raise RuntimeError(f"bash did not report the loop killed: {notice!r}")

        out = _run_in(shell, grep)
        got = ctx.call(out, script)
        ctx.expect(got == [], T("after kill -9 only grep's own line is left, and it is not a match",
                                "kill -9 뒤에는 grep 자신의 줄만 남고, 그 줄은 답이 아니에요"),
                   input=f"the output of `{grep}` after `kill -9 {pid}`:\n{out}", expected=[], got=got)
        _exit(shell)


def _ps_line(user: str, pid: int, ppid: int, command: str, rng: Any) -> str:
    stime = rng.choice(["10:14", "09:02", "Nov27", "2023"])
    tty = rng.choice(["pts/0", "?", "tty1"])
    cpu_time = rng.choice(["00:00:00", "00:01:03", "1-02:03:04"])
    return f"{user:<8} {pid:>7} {ppid:>7} {rng.randint(0, 99):>2} {stime:>5} {tty:<8} {cpu_time} {command}"


@check("ch6", "grep_ps")
def looks_for_the_word_in_the_command_only(ctx: Ctx) -> None:
    """ps -ef lines where the word is also a user name or part of a PID, PPID or grep's command."""

    @settings(HYPOTHESIS, max_examples=3)
    @given(st.data())
    def listings(data: st.DataObject) -> None:
        rng = ctx.rng
        digits = data.draw(st.booleans(), label="digits")
        word = (str(rng.randint(100, 999)) if digits
                else "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 7))))
        lines: list[tuple[str, bool, int]] = []

        used: set[int] = set()

        def pid_with(word_in_it: bool) -> int:
            while True:
                p = int(f"{rng.randint(1, 9)}{word}") if word_in_it and digits else rng.randint(2, 4_000_000)
                if p not in used and ((word_in_it and digits) or word not in str(p)):
                    used.add(p)
                    return p

        for _ in range(data.draw(st.integers(1, 3), label="matches")):
            cmd = rng.choice([f"python3 {word}.py", f"/usr/bin/{word}d --serve", f"sh -c 'run {word} now'",
                              f"{word}"])
            lines.append((_ps_line(rng.choice(["root", "ubuntu"]), pid_with(False), rng.randint(1, 9999), cmd, rng),
                          True, 0))
        decoys = [("ubuntu", pid_with(True), pid_with(False), "sleep 100"),
                  ("root", pid_with(False), pid_with(True), "/bin/bash"),
                  ("root", pid_with(False), 1, f"grep --color=auto {word}")]
        if not digits:
            decoys.append((word[:8], pid_with(False), 1, "sleep infinity"))
        for user, pid, ppid, cmd in decoys:
            lines.append((_ps_line(user, pid, ppid, cmd, rng), False, 0))
        rng.shuffle(lines)
        text = "\n".join(line for line, _, _ in lines) + "\n"
        if data.draw(st.booleans(), label="header"):
            text = "UID          PID    PPID  C STIME TTY          TIME CMD\n" + text
        want = sorted(int(line.split()[1]) for line, match, _ in lines if match)
        got = ctx.call(text, word)
        ctx.expect(got == want, T("only lines whose command (everything after the TIME column) contains the"
                                  " word, and not grep's own; the PID is the second column",
                                  "명령(TIME 열 뒤의 전부)에 단어가 든 줄만, grep 자신의 줄은 빼고요. PID는 두 번째"
                                  " 열이에요"),
                   input=f"grep_ps(<the lines below>, {word!r})\n{text}", expected=want, got=got)

    listings()
