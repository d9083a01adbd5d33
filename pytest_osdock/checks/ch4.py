"""Hidden checks of chapter 4: process and thread."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_osdock import procfs
from pytest_osdock.checks import HYPOTHESIS, Ctx, T, check, wait_until

NOT_INTS: tuple[Any, ...] = (True, "1", 1.0)  # a bool, a digit string, a float


def _rejects_non_int_pids(ctx: Ctx) -> None:
    for bad in NOT_INTS:
        ctx.raises(TypeError, bad)


# -- program_kind -----------------------------------------------------------------------------


@check("ch4", "program_kind")
def tells_binaries_scripts_and_data_apart_by_their_first_bytes(ctx: Ctx) -> None:
    """Random contents behind random names: only the first bytes decide, never the file name."""
    with tempfile.TemporaryDirectory(prefix="osdock-") as tmp:
        # Names that lie: a script called .bin, an ELF called .py, data called .sh.
        cases = [("tool.py", b"\x7fELF\x02\x01\x01" + os.urandom(64), "binary"),
                 ("run.bin", b"#!/bin/sh\necho hi\n", "script"),
                 ("notes.sh", b"echo not a shebang\n", "data"),
                 ("empty", b"", "data"),
                 ("elf-ish", b"\x7fEL", "data")]
        for name, content, want in cases:
            path = Path(tmp, name)
            path.write_bytes(content)
            got = ctx.call(str(path))
            ctx.expect(got == want, T("the kind comes from the first bytes, not the file name",
                                      "종류는 파일 이름이 아니라 첫 바이트로 정해져요"),
                       input=f"a file named {name!r} starting with {content[:8]!r}", expected=want, got=got)
        for real in (sys.executable, "/bin/sh"):
            got = ctx.call(os.path.realpath(real))
            ctx.expect(got == "binary", T("a compiled program on this machine is an ELF file",
                                          "이 컴퓨터의 컴파일된 프로그램은 ELF 파일이에요"),
                       input=os.path.realpath(real), expected="binary", got=got)

        @settings(HYPOTHESIS, max_examples=4)
        @given(st.sampled_from([b"\x7fELF", b"#!", b""]), st.binary(max_size=32))
        def any_bytes(prefix: bytes, tail: bytes) -> None:
            content = prefix + tail
            want = ("binary" if content.startswith(b"\x7fELF")
                    else "script" if content.startswith(b"#!") else "data")
            path = Path(tmp, "sample")
            path.write_bytes(content)
            got = ctx.call(str(path))
            ctx.expect(got == want, T("the kind comes from the first bytes of the file",
                                      "종류는 파일의 첫 바이트로 정해져요"),
                       input=f"a file starting with {content[:12]!r}", expected=want, got=got)

        any_bytes()


@check("ch4", "program_kind")
def raises_for_missing_files_and_directories(ctx: Ctx) -> None:
    with tempfile.TemporaryDirectory(prefix="osdock-") as tmp:
        ctx.raises(FileNotFoundError, str(Path(tmp, "no-such-program")))
        ctx.raises(IsADirectoryError, tmp)


# -- pid_in_proc ------------------------------------------------------------------------------


@check("ch4", "pid_in_proc")
def says_true_for_running_stopped_and_zombie_processes(ctx: Ctx) -> None:
    spec = ctx.specimen("process", "--zombie")
    zombie = spec.info["zombie"]
    for pid, what in ((spec.pid, "a sleeping process"), (zombie, "a zombie process"), (1, "PID 1")):
        got = ctx.call(pid)
        ctx.expect(got is True, T("this process is listed in /proc", "이 프로세스는 /proc에 나와 있어요"),
                   input=f"{pid} ({what})", expected=True, got=got)
    os.kill(spec.pid, signal.SIGSTOP)
    try:
        got = ctx.call(spec.pid)
    finally:
        os.kill(spec.pid, signal.SIGCONT)
    ctx.expect(got is True, T("a stopped process is still a process", "멈춘 프로세스도 여전히 프로세스예요"),
               input=f"{spec.pid} (a stopped process)", expected=True, got=got)


@check("ch4", "pid_in_proc")
def says_false_for_thread_ids_that_are_not_processes(ctx: Ctx) -> None:
    """``/proc/<tid>`` opens for any thread, but ``ls /proc`` lists processes only."""
    n = ctx.rng.randint(2, 5)
    spec = ctx.specimen("process", "--threads", str(n))
    for tid in spec.info["tids"]:
        if tid == spec.pid:
            continue
        assert tid not in procfs.listed_pids()  # ground truth: the kernel does not list it
        got = ctx.call(tid)
        ctx.expect(got is False, T(f"{tid} is a thread of process {spec.pid}, not a process: /proc does not"
                                   " list it, even though /proc/{tid} can be opened",
                                   f"{tid}는 프로세스 {spec.pid}의 쓰레드일 뿐 프로세스가 아니에요. /proc/{tid}를"
                                   " 열 수는 있지만 /proc 목록에는 없어요"),
                   input=f"{tid} (a thread id)", expected=False, got=got)


@check("ch4", "pid_in_proc")
def says_false_for_ids_not_in_use_zero_and_negatives(ctx: Ctx) -> None:
    unused = procfs.unused_pid()

    @settings(HYPOTHESIS, max_examples=4)
    @given(st.one_of(st.integers(min_value=-(2**31), max_value=0), st.integers(unused, unused + 10**6)))
    def not_processes(pid: int) -> None:
        if pid in procfs.listed_pids():
            return
        got = ctx.call(pid)
        ctx.expect(got is False, T("no process has this id", "이 번호를 가진 프로세스는 없어요"),
                   input=pid, expected=False, got=got)

    not_processes()
    _rejects_non_int_pids(ctx)


# -- list_threads ---------------------------------------------------------------------------


@check("ch4", "list_threads")
def lists_every_thread_of_processes_with_random_thread_counts(ctx: Ctx) -> None:
    @settings(HYPOTHESIS, max_examples=3)
    @given(st.integers(min_value=1, max_value=12))
    def threads(n: int) -> None:
        spec = ctx.specimen("process", "--threads", str(n))
        want = procfs.thread_ids(spec.pid)
        got = ctx.call(spec.pid)
        ctx.expect(got == want, T("the sorted thread ids of the process, main thread included",
                                  "메인 쓰레드를 포함한, 정렬된 쓰레드 ID 목록이어야 해요"),
                   input=f"pid {spec.pid}, a process with {n} thread(s)", expected=want, got=got)

    threads()


@check("ch4", "list_threads")
def raises_for_missing_processes_and_non_int_pids(ctx: Ctx) -> None:
    ctx.raises(ProcessLookupError, procfs.unused_pid())
    _rejects_non_int_pids(ctx)


# -- process_status -------------------------------------------------------------------------


def _tricky_name(ctx: Ctx) -> str:
    """A comm with spaces and parentheses, as ``prctl(PR_SET_NAME)`` allows (15 bytes)."""
    word = ctx.word(3)
    return ctx.rng.choice([f"a) ({word} b", f"{word} (x) y", f"({word}) ) z", f"x ){word}( "])


@check("ch4", "process_status")
def reads_name_state_parent_and_threads_even_for_odd_names(ctx: Ctx) -> None:
    name = _tricky_name(ctx)
    n = ctx.rng.randint(1, 6)
    spec = ctx.specimen("process", "--threads", str(n), "--comm", name)
    # Just after it says it is ready the specimen may still be running (R) for a moment.
    want = {"name": spec.info["comm"], "state": _wait_for_state(spec.pid, "S"), "ppid": os.getpid(), "threads": n}
    got = ctx.call(spec.pid)
    ctx.expect(got == want, T("name may contain spaces and ')': it ends at the LAST ')' of /proc/PID/stat",
                              "이름에 공백과 ')'가 있을 수 있어요. 이름은 /proc/PID/stat의 마지막 ')'에서 끝나요"),
               input=f"pid {spec.pid}, named {name!r}, {n} thread(s)", expected=want, got=got)


@check("ch4", "process_status")
def reports_stopped_and_zombie_states(ctx: Ctx) -> None:
    spec = ctx.specimen("process", "--zombie")
    zombie = spec.info["zombie"]
    got = ctx.call(zombie)
    want = {"name": procfs.stat_fields(zombie)[0], "state": "Z", "ppid": spec.pid, "threads": 1}
    ctx.expect(got == want, T("a zombie: it has exited, its parent has not reaped it",
                              "좀비: 이미 끝났지만 부모가 아직 거두지 않은 프로세스예요"),
               input=f"pid {zombie}, a zombie child of {spec.pid}", expected=want, got=got)
    os.kill(spec.pid, signal.SIGSTOP)
    try:
        procfs_state = _wait_for_state(spec.pid, "T")
        got = ctx.call(spec.pid)
    finally:
        os.kill(spec.pid, signal.SIGCONT)
    state = got.get("state") if isinstance(got, dict) else got
    ctx.expect(state == procfs_state, T("a process stopped by SIGSTOP is in state T",
                                        "SIGSTOP으로 멈춘 프로세스의 상태는 T예요"),
               input=f"pid {spec.pid}, stopped with SIGSTOP", expected=procfs_state, got=state)


def _wait_for_state(pid: int, want: str, timeout: float = 5.0) -> str:
    wait_until(lambda: procfs.state(pid) == want, timeout)
    return procfs.state(pid)


@check("ch4", "process_status")
def raises_for_missing_processes(ctx: Ctx) -> None:
    ctx.raises(ProcessLookupError, procfs.unused_pid())
    _rejects_non_int_pids(ctx)


# -- find_pids ------------------------------------------------------------------------------


@check("ch4", "find_pids")
def finds_processes_by_command_line_without_the_grep_line(ctx: Ctx) -> None:
    """Processes whose argv holds a random two-word phrase: their comm is just "python3"."""
    first = "osdock" + ctx.word(8)
    second = ctx.word(6)
    word = f"{first} {second}"
    specs = [ctx.specimen("process", first, second) for _ in range(ctx.rng.randint(2, 3))]
    ctx.specimen("process", first + "x")  # has the first word only: not a match
    want = sorted(s.pid for s in specs)
    got = ctx.call(word)
    ctx.expect(got == want, T("the processes whose argv, joined by spaces, contains the word; grep's own"
                              " line is not one of them",
                              "argv를 공백으로 이은 명령줄에 단어가 든 프로세스들이에요. grep 자신의 줄은 빼야 해요"),
               input=repr(word), expected=want, got=got)
    got = ctx.call(first)
    want = sorted([*want, *(p for p in procfs.listed_pids() if first in " ".join(_cmdline(p)))])
    want = sorted(set(want))
    ctx.expect(got == want, T("a part of an argument matches too", "인자의 일부만 맞아도 찾아야 해요"),
               input=repr(first), expected=want, got=got)


def _cmdline(pid: int) -> list[str]:
    try:
        return procfs.cmdline(pid)
    except ProcessLookupError:
        return []


@check("ch4", "find_pids")
def leaves_out_the_calling_process_itself(ctx: Ctx) -> None:
    """Search for a word of the grader's own command line, which the caller (a fork of it) shares."""
    word = os.path.basename(_cmdline(os.getpid())[0])

    def matching() -> set[int]:
        return {p for p in procfs.listed_pids() if word in " ".join(_cmdline(p))}

    before = matching()
    result = ctx.call_with((word,), after=lambda _: (os.getpid(), sorted(matching())))
    caller, after = result.after
    got = result.value
    ctx.expect(isinstance(got, list) and caller not in got,
               T("the process that calls find_pids must leave itself out, as `ps | grep` should leave out grep",
                 "find_pids를 부른 프로세스 자신은 빼야 해요. `ps | grep`에서 grep 줄을 빼듯이요"),
               input=repr(word), expected=f"a list without the caller's pid {caller}", got=got)
    # The machine is shared: only processes that matched before, during and after the call
    # must be found; ones that came or went meanwhile may be either way.
    stable = before & set(after) & matching()
    missing = sorted(p for p in stable if p != caller and p not in got)
    ctx.expect(not missing, T("these processes have the word in their command line",
                              "이 프로세스들의 명령줄에 단어가 들어 있어요"),
               input=repr(word), expected=f"also {missing}", got=got)


@check("ch4", "find_pids")
def raises_for_an_empty_word(ctx: Ctx) -> None:
    ctx.raises(ValueError, "")


# -- stop_process -----------------------------------------------------------------------------


def _timed_call(ctx: Ctx, *args: Any) -> tuple[Any, float]:
    start = time.monotonic()
    value = ctx.call(*args)
    return value, time.monotonic() - start


@check("ch4", "stop_process")
def terminates_a_process_that_honours_sigterm_without_waiting_out_the_grace(ctx: Ctx) -> None:
    delay = ctx.rng.choice([0.0, 0.05, 0.1])
    spec = ctx.specimen("process", "--term", f"exit-after:{delay}")
    grace = 5.0
    got, took = _timed_call(ctx, spec.pid, grace)
    ctx.expect(got == "terminated", T("the process ended by itself after SIGTERM, within the grace period",
                                      "프로세스가 SIGTERM을 받고 유예 시간 안에 스스로 끝났어요"),
               input=f"stop_process({spec.pid}, grace={grace}) on a process that exits {delay}s after SIGTERM"
               " (it stays a zombie until its parent reaps it)", expected="terminated", got=got)
    ctx.expect(took < grace / 2, T("return as soon as the process has ended: poll, do not sleep the whole grace",
                                   "프로세스가 끝나면 바로 돌아와야 해요. 유예 시간 전체를 잠자지 말고 확인을 반복하세요"),
               input=f"grace={grace}", expected=f"about {delay:.1f} s", got=f"{took:.2f} s",
               hint=T("loop until a deadline: check the state, time.sleep(0.01), check again",
                      "마감 시각까지 반복하자: 상태를 보고, time.sleep(0.01), 다시 보기"))
    ctx.expect(procfs.is_gone_or_zombie(spec.pid), T("the process must have ended", "프로세스가 끝나 있어야 해요"),
               input=spec.pid, expected="ended", got=f"state {procfs.state(spec.pid)}")


@check("ch4", "stop_process")
def kills_a_process_that_ignores_sigterm_after_the_grace(ctx: Ctx) -> None:
    spec = ctx.specimen("process", "--term", "ignore")
    grace = ctx.rng.choice([0.2, 0.25, 0.3])
    got, took = _timed_call(ctx, spec.pid, grace)
    ctx.expect(got == "killed", T("the process ignored SIGTERM, so it needed SIGKILL after the grace period",
                                  "프로세스가 SIGTERM을 무시했으니 유예 시간 뒤 SIGKILL이 필요해요"),
               input=f"stop_process({spec.pid}, grace={grace}) on a process that ignores SIGTERM",
               expected="killed", got=got)
    ctx.expect(took >= grace * 0.9, T("wait the grace period before SIGKILL: docker stop gives the process a chance",
                                      "SIGKILL 전에 유예 시간을 기다려야 해요. docker stop은 프로세스에게 기회를 줘요"),
               input=f"grace={grace}", expected=f"at least {grace} s", got=f"{took:.2f} s")
    wait_until(lambda: procfs.is_gone_or_zombie(spec.pid), 2)
    ctx.expect(procfs.is_gone_or_zombie(spec.pid), T("after stop_process the process must be dead",
                                                     "stop_process 뒤에는 프로세스가 죽어 있어야 해요"),
               input=spec.pid, expected="dead", got="still running")


@check("ch4", "stop_process")
def raises_for_missing_processes_and_non_int_pids_when_stopping(ctx: Ctx) -> None:
    ctx.raises(ProcessLookupError, procfs.unused_pid())
    # Not True or False here: an answer without a type check would run kill(1, SIGTERM) or
    # kill(0, SIGTERM) (kill(2): 0 signals the caller's whole process group).
    for bad in ("1", 1.0):
        ctx.raises(TypeError, bad, 0.1)
