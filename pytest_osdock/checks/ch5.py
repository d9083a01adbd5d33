"""Hidden checks of chapter 5: memory layout.

Ground truth is the real map of a ``memory`` specimen (a Python process that reports addresses
of known regions), read by :mod:`pytest_osdock.procfs` with psutil and from ``/proc/<pid>/maps``,
and labelled by the checker's own reading of the course's rules (``procfs.region_of``).

A learner's ``classify_address`` takes one address per call, and every call is a sandbox fork
(5 to 12 ms, more in a big grader process): the address checks pick their points (mapping edges, gaps, the bss rule's cases,
the non-canonical hole) rather than sweep the whole map.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_osdock import procfs
from pytest_osdock.checks import HYPOTHESIS, Ctx, LearnerRaised, T, check
from pytest_osdock.procfs import KERNEL_SPACE_START, REGIONS, MapLine

NOT_INTS: tuple[Any, ...] = (True, "1")
VSYSCALL = 0xFFFF_FFFF_FF60_0000  # x86-64's legacy [vsyscall] page
NOBODY = 65534


def _describe(line: MapLine) -> str:
    return f"{line.start:x}-{line.end:x} {line.perms} {line.offset:08x} {line.path}".rstrip()


def _around(lines: list[MapLine], addr: int) -> str:
    """The lines of the map around ``addr``, as the learner would see them in /proc/PID/maps."""
    i = next((k for k, line in enumerate(lines) if line.end > addr), len(lines))
    shown = lines[max(0, i - 1) : i + 2]
    return "\n".join(("  > " if line.start <= addr < line.end else "    ") + _describe(line) for line in shown)


# -- running as another user ----------------------------------------------------------------


def _become_nobody() -> None:
    """Runs in the sandbox child, right before the learner's function: drop root for good."""
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def _someone_elses_process(ctx: Ctx) -> tuple[int, Callable[[], object] | None]:
    """A pid whose map the learner's call cannot read, and what to run before the call.

    As root nothing is unreadable, so the call itself drops to ``nobody`` (``before``) and reads
    the grader's own map, which stays root's.  As a normal user, PID 1 (root's init) is another
    user's process.
    """
    if os.geteuid() == 0:
        return os.getpid(), _become_nobody
    try:
        procfs.read_text(1, "maps")
    except PermissionError:
        return 1, None
    return ctx.skip(T("every process here is readable by you: run the grader as root, or where PID 1"
                      " belongs to another user, to check the PermissionError case",
                      "여기서는 모든 프로세스를 읽을 수 있어요. PermissionError 경우를 확인하려면 root로, 또는"
                      " PID 1이 다른 사용자의 것인 곳에서 채점하세요"))


def _expect_permission_error(ctx: Ctx, *rest: Any) -> None:
    pid, before = _someone_elses_process(ctx)
    args = (pid, *rest)
    shown = f"{ctx.exercise.name}{args!r} on another user's process, called as an unprivileged user"
    why = T("reading another user's /proc/PID/maps is refused: let that PermissionError through (it is"
            " not a missing process, and not an empty map)",
            "다른 사용자의 /proc/PID/maps는 읽기가 거부돼요. 그 PermissionError를 그대로 내보내세요"
            " (프로세스가 없는 것도, 맵이 빈 것도 아니에요)")
    try:
        value = ctx.call_with(args, before=before).value
    except LearnerRaised as raised:
        if raised.is_a(PermissionError):
            return
        ctx.fail(why, input=shown, expected="raise PermissionError", got=f"raised {raised.summary}")
    ctx.fail(why, input=shown, expected="raise PermissionError", got=f"returned {value!r}")


# -- memory_map -------------------------------------------------------------------------------


def _expect_same_map(ctx: Ctx, got: Any, want: list[dict[str, Any]], what: str) -> None:
    keys = {"start", "end", "perms", "offset", "path"}
    ctx.expect(isinstance(got, list) and all(isinstance(e, dict) and set(e) == keys for e in got),
               T("a list of dicts with exactly the keys start, end, perms, offset, path",
                 "start, end, perms, offset, path 키만 가진 dict들의 리스트여야 해요"),
               input=what, expected=f"[{want[0]!r}, ...]", got=repr(got)[:300])
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        ctx.expect(g == w, T("each line of /proc/PID/maps, in file order: start, end and offset are"
                             " hexadecimal, the path is the rest of the line, spaces included",
                             "/proc/PID/maps의 각 줄을 파일 순서대로: start, end, offset은 16진수이고,"
                             " 경로는 공백까지 포함한 줄의 나머지 전부예요"),
                   input=f"{what}, line {i + 1}", expected=w, got=g)
    ctx.expect(len(got) == len(want), T("one item per line of /proc/PID/maps",
                                        "/proc/PID/maps의 한 줄에 항목 하나예요"),
               input=what, expected=f"{len(want)} mappings", got=f"{len(got)} mappings")


@check("ch5", "memory_map")
def matches_psutil_and_the_raw_file_line_for_line(ctx: Ctx) -> None:
    """Every line of a live Python process: start, end, perms and path as psutil's
    ``memory_maps(grouped=False)`` reads them, offsets from the raw file (psutil has none)."""
    spec = ctx.specimen("memory")
    got = ctx.call(spec.pid)
    raw = procfs.maps(spec.pid)
    # The grader's two readings must agree (the specimen is idle, blocked on its stdin), up to
    # psutil's own path handling: it strips paths and drops " (deleted)" from vanished files.
    seen = procfs.psutil_maps(spec.pid)
    assert [(m.start, m.end, m.perms, _as_psutil_path(m.path)) for m in raw] == seen, "psutil and /proc disagree"
    want = [m.as_dict() for m in raw]
    _expect_same_map(ctx, got, want, f"pid {spec.pid}, a Python process with {len(want)} mappings")


def _as_psutil_path(path: str) -> str:
    path = path.strip()
    stem = path.removesuffix(" (deleted)")
    return stem if stem != path and not os.path.exists(stem) else path


@check("ch5", "memory_map")
def keeps_paths_with_spaces_and_the_deleted_suffix_whole(ctx: Ctx) -> None:
    """A shared mapping of a file named with spaces (two in a row) and parentheses, mapped at a
    random page offset, then deleted: its line ends in ``" (deleted)"``."""
    word = ctx.word(5)
    pages = ctx.rng.randint(1, 64)
    with tempfile.TemporaryDirectory(prefix="osdock ch5 ") as tmp:
        path = os.path.join(tmp, f"mapped  {word} file (v{pages}).bin")
        spec = ctx.specimen("memory", "--mapfile", path, "--offset-pages", str(pages))
        info = spec.info["mapfile"]
        got = ctx.call(spec.pid)
        raw = procfs.maps(spec.pid)
    line = next(m for m in raw if m.start <= info["addr"] < m.end)
    assert line.path == path + " (deleted)" and line.offset == info["offset"], _describe(line)
    # psutil drops the suffix of a file that no longer exists; the kernel's line keeps it.
    assert (line.start, line.end, line.perms, _as_psutil_path(line.path)) in procfs.psutil_maps(spec.pid)
    what = f"pid {spec.pid}, which mapped {path!r} at offset {info['offset']:#x} and deleted it"
    mine = [g for g in got if isinstance(g, dict) and g.get("start") == line.start] if isinstance(got, list) else []
    ctx.expect(mine == [line.as_dict()],
               T("the path is the whole rest of the line, spaces and \" (deleted)\" included; the offset is"
                 " hexadecimal",
                 "경로는 공백과 \" (deleted)\"까지 포함한 줄의 나머지 전부예요. offset은 16진수예요"),
               input=f"{what}; its line: {_describe(line)}", expected=line.as_dict(),
               got=mine[0] if mine else "no mapping with that start")
    _expect_same_map(ctx, got, [m.as_dict() for m in raw], what)


@check("ch5", "memory_map")
def raises_for_missing_processes_and_non_int_pids_in_memory_map(ctx: Ctx) -> None:
    ctx.raises(ProcessLookupError, procfs.unused_pid())
    for bad in NOT_INTS:
        ctx.raises(TypeError, bad)


@check("ch5", "memory_map")
def lets_permission_errors_through_for_another_users_process(ctx: Ctx) -> None:
    """As root, the learner's call runs as ``nobody`` against the root-owned grader."""
    _expect_permission_error(ctx)


# -- classify_address -------------------------------------------------------------------------


def _thread_stack_pointer(pid: int, tid: int, lo: int, hi: int) -> int:
    """Where the specimen's second thread's stack pointer is, blocked in a futex wait.

    ``/proc/PID/task/TID/syscall`` ends with the user stack pointer and program counter of a
    thread blocked in a system call (proc(5)); fall back to the top of its stack.
    """
    try:
        fields = procfs.read_text(pid, "task", str(tid), "syscall").split()
        sp = int(fields[-2], 16)
    except (OSError, ValueError, IndexError):
        return hi - 64
    return sp if lo <= sp < hi else hi - 64


def _anchors(ctx: Ctx, spec: Any, lines: list[MapLine]) -> list[tuple[int, str, T]]:
    """(address, label COURSE.md promises, what it is) for the anchors of the specimen."""
    a = spec.info["anchors"]
    lo, hi = spec.info["thread_stack"]
    anchors = [
        (a["small_malloc"], "heap", T("a small malloc(32) block: malloc serves it from the brk heap",
                                      "작은 malloc(32) 블록: malloc은 이걸 brk heap에서 내줘요")),
        (a["big_malloc"], "mmap", T("an 8 MiB malloc block: above M_MMAP_THRESHOLD it gets its own anonymous mmap",
                                    "8 MiB malloc 블록: M_MMAP_THRESHOLD보다 커서 따로 익명 mmap을 받아요")),
        (a["environ_string"], "stack", T("environ[0], an environment string: at the top of the main thread's stack",
                                         "environ[0], 환경 변수 문자열: 메인 쓰레드 스택의 맨 위에 있어요")),
        (a["printf"], "code", T("libc's printf function: libc's executable text",
                                "libc의 printf 함수: libc의 실행 가능한 text예요")),
        (a["stdout_variable"], "data", T("libc's stdout variable: an initialised global in libc's writable data",
                                         "libc의 stdout 변수: libc의 쓰기 가능한 data에 있는 초기화된 전역 변수예요")),
        (a["environ_variable"], "data",
         T("libc's environ variable: zero-initialised, so it is in libc's bss, the anonymous mapping that starts"
           " right where libc's writable data ends (the bss rule)",
           "libc의 environ 변수: 0으로 초기화되니 libc의 bss, 즉 libc의 쓰기 가능 data가 끝나는 바로 그 주소에서"
           " 시작하는 익명 매핑에 있어요(bss 규칙)")),
        (a["none_object"], "data", T("id(None): a static object, in the interpreter's data segment",
                                     "id(None): 정적 객체라 인터프리터의 data 영역에 있어요")),
        (a["new_object"], "mmap", T("id(object()): a small object in one of CPython's arenas, anonymous memory",
                                    "id(object()): CPython arena에 든 작은 객체, 익명 메모리예요")),
        (_thread_stack_pointer(spec.pid, spec.info["tid"], lo, hi), "mmap",
         T("the stack pointer of a second thread: thread stacks are anonymous mmaps, only the main thread's is"
           " [stack]",
           "두 번째 쓰레드의 스택 포인터: 쓰레드 스택은 익명 mmap이고, [stack]은 메인 쓰레드 것뿐이에요")),
        (0, "unmapped", T("address 0: never mapped, so that NULL pointers fault",
                          "주소 0: NULL 포인터가 오류를 내도록 절대 매핑되지 않아요")),
    ]
    vdso = next((m for m in lines if m.path == "[vdso]"), None)
    if vdso is not None:
        anchors.append((vdso.start + ctx.rng.randrange(vdso.end - vdso.start), "code",
                        T("[vdso]: the kernel's tiny shared library in every process, executable",
                          "[vdso]: 커널이 모든 프로세스에 넣어 주는 작은 공유 라이브러리, 실행 가능해요")))
    if any(m.start == VSYSCALL for m in lines):
        anchors.append((VSYSCALL, "kernel", T("[vsyscall]: listed in /proc/PID/maps, but in kernel space",
                                              "[vsyscall]: /proc/PID/maps에 나오지만 커널 공간에 있어요")))
    else:
        anchors.append((KERNEL_SPACE_START, "kernel", T("the first address of kernel space",
                                                        "커널 공간의 첫 주소")))
    return anchors


@check("ch5", "classify_address")
def labels_the_known_anchors_of_a_real_python_process(ctx: Ctx) -> None:
    """Addresses whose region is known in a live Python process on glibc (COURSE.md's anchors)."""
    spec = ctx.specimen("memory")
    lines = procfs.maps(spec.pid)
    for addr, promised, what in _anchors(ctx, spec, lines):
        want = procfs.region_of(lines, addr)  # the rules on the real map; the specimen keeps them = promised
        got = ctx.call(spec.pid, addr)
        note = "" if want == promised else f" (the rules say {want} on this layout)"
        ctx.expect(got == want, what, input=f"classify_address({spec.pid}, {addr:#x}){note}\n{_around(lines, addr)}",
                   expected=want, got=got)


def _edge_cases(ctx: Ctx, lines: list[MapLine]) -> list[int]:
    """Addresses where the rules are easy to get wrong, chosen from the real map."""
    points: list[int] = []
    bss: list[int] = []
    after_read_only: list[int] = []
    after_anon: list[int] = []
    inaccessible: list[int] = []
    for i, m in enumerate(lines):
        prev = lines[i - 1] if i else None
        if m.path in ("[heap]", "[stack]"):
            points += [m.start, m.end - 1, m.end]  # the byte past the end is someone else's
        elif m.path.startswith("["):
            points.append(m.start)  # [vdso] is code, [vvar] mmap, [vsyscall] kernel: by the rules
        elif m.path == "" and prev is not None and prev.end == m.start:
            # After file data: bss if that mapping is writable, plain mmap if it is read-only.
            # After anonymous memory: mmap, e.g. a thread stack just above its guard page.
            if prev.path.startswith("/"):
                (bss if "w" in prev.perms else after_read_only).append(m.start)
            else:
                after_anon.append(m.start)
        if m.perms.startswith("---"):
            inaccessible.append(m.end - 1)  # a guard page or a reservation: mapped all the same
    # Ends of mappings followed by a gap: a half-open range does not contain its end.
    gaps = [m.end for i, m in enumerate(lines[:-1]) if lines[i + 1].start > m.end]
    for group, n in ((bss, 2), (after_read_only, 1), (after_anon, 2), (inaccessible, 1), (gaps, 2)):
        points += ctx.rng.sample(group, min(n, len(group)))
    user_top = lines[-1] if lines[-1].start < KERNEL_SPACE_START else lines[-2]
    points += [user_top.end, KERNEL_SPACE_START - 1]  # the non-canonical hole is simply unmapped
    return sorted(set(points))


@check("ch5", "classify_address")
def agrees_with_the_rules_at_edges_gaps_and_the_canonical_hole(ctx: Ctx) -> None:
    """Edges of every kind of mapping, the bss rule and its near misses (anonymous memory after
    read-only file data, a thread stack above its guard page), gaps, the non-canonical hole and
    kernel space; then random addresses inside, at the edges of and between random mappings."""
    spec = ctx.specimen("memory")
    lines = procfs.maps(spec.pid)

    def one(addr: int) -> None:
        want = procfs.region_of(lines, addr)
        got = ctx.call(spec.pid, addr)
        ctx.expect(got == want, T("first matching rule, with half-open mappings (start <= addr < end)",
                                  "처음 맞는 규칙이 답이에요. 매핑은 반열린 구간(start <= addr < end)이에요"),
                   input=f"classify_address({spec.pid}, {addr:#x})\n{_around(lines, addr)}", expected=want,
                   got=got)

    for addr in _edge_cases(ctx, lines):
        one(addr)

    user = [m for m in lines if m.end <= KERNEL_SPACE_START]
    hole = st.integers(min_value=user[-1].end, max_value=KERNEL_SPACE_START - 1)
    kernel = st.integers(min_value=KERNEL_SPACE_START, max_value=2**64 - 1)

    @st.composite
    def near_a_mapping(draw: st.DrawFn) -> int:
        i = draw(st.integers(min_value=0, max_value=len(user) - 1))
        m = user[i]
        gap_end = user[i + 1].start if i + 1 < len(user) else m.end + 1
        return draw(st.one_of(
            st.sampled_from([m.start, m.end - 1, m.end]),  # first byte, last byte, byte past the end
            st.integers(min_value=m.start, max_value=m.end - 1),  # inside
            st.integers(min_value=m.end, max_value=max(m.end, gap_end - 1)),  # in the gap after it
        ))

    @settings(HYPOTHESIS, max_examples=8)
    @given(st.one_of(near_a_mapping(), near_a_mapping(), near_a_mapping(), hole, kernel))
    def random_addresses(addr: int) -> None:
        one(addr)

    random_addresses()


@check("ch5", "classify_address")
def raises_for_bad_addresses_missing_processes_and_non_int_arguments(ctx: Ctx) -> None:
    pid = os.getpid()  # the grader: alive, readable
    ctx.raises(ValueError, pid, -ctx.rng.choice((1, ctx.rng.randint(2, 2**64))))
    for bad in (True, "0x1000", 4096.0):
        ctx.raises(TypeError, pid, bad)
    ctx.raises(TypeError, False, 4096)
    ctx.raises(ProcessLookupError, procfs.unused_pid(), 4096)


@check("ch5", "classify_address")
def lets_permission_errors_through_when_classifying(ctx: Ctx) -> None:
    """As root, the learner's call runs as ``nobody`` against the root-owned grader."""
    _expect_permission_error(ctx, 4096)


# -- region_totals ----------------------------------------------------------------------------


def _expect_totals(ctx: Ctx, got: Any, lines: list[MapLine], what: str) -> dict[str, int]:
    want = procfs.region_totals(lines)
    ctx.expect(isinstance(got, dict) and set(got) == set(REGIONS),
               T("a dict with exactly the five keys code, data, heap, stack, mmap",
                 "code, data, heap, stack, mmap 다섯 키만 가진 dict여야 해요"),
               input=what, expected=want, got=got)
    for label in REGIONS:
        mine = [m for m in lines if procfs.region_of(lines, m.start) == label]
        ctx.expect(got[label] == want[label],
                   T(f"the sizes (end - start) of the mappings labelled {label}, a mapping labelled by its start",
                     f"{label} 라벨이 붙은 매핑들의 크기(end - start) 합이에요. 매핑의 라벨은 시작 주소의 라벨이에요"),
                   input=f"{what}; its {label} mappings:\n" + "\n".join("    " + _describe(m) for m in mine[:12]),
                   expected={label: want[label]}, got={label: got[label]})
    return want


@check("ch5", "region_totals")
def grows_heap_and_mmap_as_a_real_process_allocates(ctx: Ctx) -> None:
    """A live Python process before and after it mallocs many small blocks (the brk heap grows)
    and maps a large anonymous block (mmap grows); each time compared with the checker's own
    totals of the same, idle, map."""
    spec = ctx.specimen("memory")
    before = _expect_totals(ctx, ctx.call(spec.pid), procfs.maps(spec.pid), f"pid {spec.pid}, a Python process")
    count, size = ctx.rng.randint(20_000, 40_000), 64
    free_before = spec.ask(f"grow_heap {count} {size}")["free_before"]
    big = ctx.rng.randint(10 << 20, 60 << 20)
    spec.ask(f"map {big}")
    what = (f"pid {spec.pid}, after {count} x malloc({size}) and an anonymous mmap of {big} bytes")
    got = ctx.call(spec.pid)
    after = _expect_totals(ctx, got, procfs.maps(spec.pid), what)
    # Small blocks reuse free heap space first; the rest moves the program break up.  Slack for
    # the interpreter's own frees while it runs the loop.
    grew = max(0, count * size - free_before - (256 << 10))
    ctx.expect(after["heap"] - before["heap"] >= grew and after["mmap"] - before["mmap"] >= big,
               T("small mallocs grow heap, a big anonymous mmap grows mmap",
                 "작은 malloc은 heap을, 큰 익명 mmap은 mmap을 키워요"),
               input=what, expected=f"heap +{grew} or more, mmap +{big} or more",
               got=f"heap {after['heap'] - before['heap']:+}, mmap {after['mmap'] - before['mmap']:+}")


def _zombie(ctx: Ctx) -> int:
    proc = ctx.popen([sys.executable, "-I", "-S", "-c", ""])
    deadline = time.monotonic() + 10
    while procfs.state(proc.pid) != "Z":
        if time.monotonic() > deadline:
            raise RuntimeError("the child did not become a zombie")
        time.sleep(0.001)
    return proc.pid


@check("ch5", "region_totals")
def reports_all_five_labels_even_for_a_process_without_memory(ctx: Ctx) -> None:
    """A zombie has given all its memory back: its /proc/PID/maps is empty."""
    pid = _zombie(ctx)
    assert procfs.maps(pid) == []
    want = dict.fromkeys(REGIONS, 0)
    got = ctx.call(pid)
    ctx.expect(got == want, T("all five keys, with 0 where a process has no such mapping (a zombie has none)",
                              "다섯 키가 모두 있어야 하고, 그런 매핑이 없으면 0이에요(좀비에게는 매핑이 하나도 없어요)"),
               input=f"pid {pid}, a zombie: its /proc/{pid}/maps is empty", expected=want, got=got)


@check("ch5", "region_totals")
def raises_for_missing_processes_and_non_int_pids_in_region_totals(ctx: Ctx) -> None:
    ctx.raises(ProcessLookupError, procfs.unused_pid())
    for bad in NOT_INTS:
        ctx.raises(TypeError, bad)
