"""Hidden checks of chapter 2: the computer in the narrow sense (CPU and RAM)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import psutil

from pytest_osdock import procfs
from pytest_osdock.checks import Ctx, T, check
from pytest_osdock.namespaces import CANNOT_MOUNT, PrivateMounts, can_mount_privately, mount_tmpfs

MIB = 1 << 20
# bool is an int subclass, "1" opens /proc/1, 1.0 formats as /proc/1.0: all must be refused.
NOT_INTS: tuple[Any, ...] = (True, "1", 1.0)




# -- cpu_count --------------------------------------------------------------------------------


@check("ch2", "cpu_count")
def counts_the_processors_of_proc_cpuinfo_even_when_pinned_to_one_cpu(ctx: Ctx) -> None:
    """The machine's CPUs, asked by a process whose affinity mask holds one CPU only.

    ``len(os.sched_getaffinity(0))`` answers 1 there.  On a machine with a single CPU that is
    also the right answer, so this check cannot tell the two apart there (it still passes on
    correct code).
    """
    want = procfs.cpuinfo_processors()
    # psutil.cpu_count(logical=True) (sysconf's online CPUs) is the same number on a plain Linux;
    # the course's definition is the file, which an lxcfs-style overlay can make differ.
    cpu = ctx.rng.choice(sorted(os.sched_getaffinity(0)))
    result = ctx.call_with(before=lambda: os.sched_setaffinity(0, {cpu}),
                           after=lambda _: sorted(os.sched_getaffinity(0)))
    got = result.value
    ctx.expect(type(got) is int and got == want, T(
        "the number of \"processor\" entries in /proc/cpuinfo: the machine's logical CPUs, not the"
        " CPUs this process may run on (its affinity mask, which is one CPU here)",
        "/proc/cpuinfo의 \"processor\" 항목 수, 즉 기계의 논리 CPU 수예요. 이 프로세스가 돌 수 있는"
        " CPU(affinity, 여기서는 하나)가 아니에요"),
        input=f"cpu_count() with its CPU affinity cut to {result.after} on a machine with"
              f" {psutil.cpu_count(logical=True)} logical CPUs",
        expected=want, got=got)


# -- memory_info ------------------------------------------------------------------------------


@check("ch2", "memory_info")
def reports_memtotal_and_memavailable_in_bytes(ctx: Ctx) -> None:
    """``total`` exactly; ``available`` moves with every process on the machine, so it must lie
    within the range psutil saw just before and just after the call, give or take a margin that
    a KiB or a page count (1024 or 4096 times too small) can never meet."""
    total, before = procfs.memory()
    got = ctx.call()
    _, after = procfs.memory()
    ctx.expect(isinstance(got, dict) and set(got) == {"total", "available"},
               T("a dict with exactly the keys total and available", "키가 정확히 total과 available인 dict여야 해요"),
               input="memory_info()", expected="{'total': ..., 'available': ...}", got=got)
    ctx.expect(got["total"] == total and type(got["total"]) is int, T(
        "MemTotal of /proc/meminfo in bytes: its \"kB\" means KiB, so multiply by 1024",
        "/proc/meminfo의 MemTotal을 바이트로요. \"kB\"는 KiB라서 1024를 곱해야 해요"),
        input="memory_info()['total']", expected=total, got=got["total"])
    margin = max(64 * MIB, total // 64)
    low, high = min(before, after) - margin, max(before, after) + margin
    available = got["available"]
    ctx.expect(type(available) is int and low <= available <= high, T(
        "MemAvailable of /proc/meminfo in bytes (× 1024); it moves a little while other programs run",
        "/proc/meminfo의 MemAvailable을 바이트로요(× 1024). 다른 프로그램이 돌면서 조금씩 움직여요"),
        input="memory_info()['available']",
        expected=f"about {before} (between {low} and {high})", got=available)


# -- process_rss ------------------------------------------------------------------------------

RSS_WHY = T("VmRSS of /proc/PID/status in bytes (its \"kB\" means KiB: × 1024): the RAM the process holds"
            " now, not its virtual size (VmSize) nor its peak (VmHWM)",
            "/proc/PID/status의 VmRSS를 바이트로요(\"kB\"는 KiB: × 1024). 프로세스가 지금 차지한 RAM이지,"
            " 가상 크기(VmSize)나 최고치(VmHWM)가 아니에요")


@check("ch2", "process_rss")
def follows_the_memory_a_process_touches_and_frees(ctx: Ctx) -> None:
    """A process reserves memory it never touches, then touches a random number of MiB, then frees
    them: the answer must match the RSS measured from outside each time, and grow and shrink by
    the amount touched (a KiB count, a page count, VmSize or VmHWM cannot)."""
    spec = ctx.specimen("resident")
    reserved, touched = ctx.rng.randint(32, 128), ctx.rng.randint(8, 64)
    spec.ask(f"reserve {reserved}")
    readings = []
    for step, command in (("after reserving (never touching)", None),
                          (f"after touching {touched} MiB", f"touch {touched}"),
                          (f"after freeing those {touched} MiB", "free")):
        if command is not None:
            spec.ask(command)
        want = procfs.rss(spec.pid)
        got = ctx.call(spec.pid)
        again = procfs.rss(spec.pid)
        shown = f"pid {spec.pid}, a process that reserved {reserved} MiB, {step}"
        # The specimen sleeps on its stdin meanwhile, but khugepaged may still fold a sparse 2 MiB
        # range of its heap into a huge page (transparent hugepages): hence the bracket.
        low, high = min(want, again) - MIB, max(want, again) + MIB
        ctx.expect(type(got) is int and low <= got <= high, RSS_WHY, input=shown, expected=want, got=got)
        readings.append(got)
    grown, shrunk = readings[1] - readings[0], readings[1] - readings[2]
    slack = max(2 * MIB, touched * MIB // 8)
    for change, what in ((grown, "grow"), (shrunk, "shrink")):
        ctx.expect(abs(change - touched * MIB) <= slack, T(
            f"touching {touched} MiB must {what} the resident size by about {touched * MIB} bytes",
            f"{touched} MiB를 건드리고 놓으면 상주 크기도 약 {touched * MIB}바이트만큼 변해야 해요"),
            input=f"pid {spec.pid}: {what} by touching / freeing {touched} MiB",
            expected=f"a change of about {touched * MIB} bytes", got=f"a change of {change} bytes")


@check("ch2", "process_rss")
def is_zero_for_a_zombie_and_a_kernel_thread(ctx: Ctx) -> None:
    """A zombie has no memory left and no VmRSS line; nor has a kernel thread (kthreadd is PID 2
    on a host, but not inside a PID namespace, where it is simply not tried)."""
    spec = ctx.specimen("process", "--zombie")
    zombie = spec.info["zombie"]
    assert procfs.state(zombie) == "Z" and not procfs.has_vm_rss(zombie)
    cases = [(zombie, f"pid {zombie}, a zombie child of {spec.pid}")]
    try:
        if procfs.stat_fields(2)[0] == "kthreadd" and not procfs.has_vm_rss(2):
            cases.append((2, "pid 2, kthreadd, a kernel thread"))
    except ProcessLookupError:
        pass
    for pid, shown in cases:
        got = ctx.call(pid)
        ctx.expect(got == 0 and type(got) is int, T(
            "no VmRSS line in /proc/PID/status means the process holds no memory: 0",
            "/proc/PID/status에 VmRSS 줄이 없으면 차지한 메모리가 없다는 뜻이니 0이에요"),
            input=shown, expected=0, got=got)


@check("ch2", "process_rss")
def raises_process_lookup_error_for_a_missing_process(ctx: Ctx) -> None:
    # A pid that was real a moment ago (started and reaped), and one above every pid in use.
    proc = ctx.popen(["true"])
    proc.wait()
    ctx.raises(ProcessLookupError, proc.pid)
    ctx.raises(ProcessLookupError, procfs.unused_pid())


@check("ch2", "process_rss")
def rejects_a_pid_that_is_not_an_int(ctx: Ctx) -> None:
    for bad in NOT_INTS:
        ctx.raises(TypeError, bad)


# -- disk_usage -------------------------------------------------------------------------------

DISK_WHY = T("like shutil.disk_usage: total = f_blocks, used = f_blocks - f_bfree, free = f_bavail (the"
             " root reserve is not free for everyone), each times f_frsize",
             "shutil.disk_usage처럼요: total = f_blocks, used = f_blocks - f_bfree, free = f_bavail(root"
             " 예약분은 모두가 쓸 수 있는 공간이 아니에요), 모두 f_frsize를 곱해요")


def _usage(path: str) -> dict[str, int]:
    u = shutil.disk_usage(path)
    return {"total": u.total, "used": u.used, "free": u.free}


@check("ch2", "disk_usage")
def counts_like_shutil_disk_usage_on_real_file_systems(ctx: Ctx) -> None:
    """``total`` exactly; ``used`` and ``free`` move while others write, so within the range seen
    just before and after the call, give or take 64 MiB (the root reserve of an ext4 disk, or a
    count in blocks, is far more)."""
    # A fresh directory (on the disk of /tmp), the root file system, and /proc (all zeros).  A
    # tmpfs has its own check below, with a size of its own.
    paths = [str(ctx.tmpdir()), "/", "/proc"]
    for path in paths:
        before = _usage(path)
        got = ctx.call(path)
        after = _usage(path)
        ctx.expect(isinstance(got, dict) and set(got) == {"total", "used", "free"},
                   T("a dict with exactly the keys total, used and free",
                     "키가 정확히 total, used, free인 dict여야 해요"),
                   input=f"disk_usage({path!r})", expected="{'total': ..., 'used': ..., 'free': ...}", got=got)
        for key in ("total", "used", "free"):
            margin = 0 if key == "total" else 64 * MIB
            low, high = min(before[key], after[key]) - margin, max(before[key], after[key]) + margin
            ctx.expect(type(got[key]) is int and low <= got[key] <= high, DISK_WHY,
                       input=f"disk_usage({path!r})[{key!r}]",
                       expected=before[key] if margin == 0 else f"about {before[key]} (between {low} and {high})",
                       got=got[key])


@check("ch2", "disk_usage")
def measures_a_fresh_tmpfs_of_random_size_holding_a_file_of_random_size(ctx: Ctx) -> None:
    """The call sees a tmpfs of N MiB mounted in its own mount namespace, holding a K MiB file:
    total, used and free are then known to the byte."""
    if not can_mount_privately():
        ctx.skip(CANNOT_MOUNT)
    size = ctx.rng.randint(8, 64)
    filled = ctx.rng.randint(1, size - 2)
    target = str(ctx.tmpdir())

    def setup() -> None:
        mount_tmpfs(target, f"size={size}m,mode=700")
        Path(target, "filler").write_bytes(b"\1" * (filled * MIB))

    mounts = PrivateMounts(setup, measure=lambda: _usage(target))
    result = ctx.call_with((target,), before=mounts.before, after=mounts.after)
    error, want = result.after
    if error is not None:
        ctx.skip(CANNOT_MOUNT)
    # Ground truth is measured: shutil in the same namespace, right after the call.  It is
    # {total: size, used: filled, free: size - filled} MiB, unless tmpfs allocates huge pages
    # (shmem_enabled), which rounds "used" up to 2 MiB.
    ctx.expect(result.value == want, DISK_WHY,
               input=f"disk_usage({target!r}), a {size} MiB tmpfs holding a {filled} MiB file",
               expected=want, got=result.value)


@check("ch2", "disk_usage")
def raises_file_not_found_error_for_a_missing_path(ctx: Ctx) -> None:
    missing = ctx.tmpdir() / f"no-such-dir-{ctx.rng.randint(0, 10**6)}"
    ctx.raises(FileNotFoundError, str(missing))
    ctx.raises(FileNotFoundError, str(missing / "deeper"))
