"""Hidden checks of chapter 3: the operating system (kernel, shell and services)."""

from __future__ import annotations

import json
import os
import resource
import shlex
import shutil
import signal
from pathlib import Path
from typing import Any

import psutil

from pytest_osdock import procfs
from pytest_osdock.checks import Ctx, LearnerRaised, T, check, wait_until
from pytest_osdock.sandbox import direct_children
from pytest_osdock.specimens import Specimen

NOT_INTS: tuple[Any, ...] = (True, "1", 1.0)  # a bool, and two things int() would accept
_MISSING = "<missing>"
# A call that could deadlock on a pipe gets this long: a correct answer needs milliseconds.
PIPE_TIMEOUT = 5.0










def _register_pid_argument_checks(exercise: str) -> None:
    """The two checks every ``f(pid)`` exercise of this chapter shares."""

    @check("ch3", exercise)
    def rejects_a_pid_that_is_not_an_int(ctx: Ctx) -> None:
        for bad in NOT_INTS:
            ctx.raises(TypeError, bad)

    @check("ch3", exercise)
    def raises_process_lookup_error_for_a_missing_process(ctx: Ctx) -> None:
        # A pid that was real a moment ago: a process the check started and reaped.
        proc = ctx.popen(["true"])
        proc.wait()
        ctx.raises(ProcessLookupError, proc.pid)


# -- kernel_release ---------------------------------------------------------------------------


@check("ch3", "kernel_release")
def matches_uname_release(ctx: Ctx) -> None:
    """The release string the running kernel reports, exactly as ``uname -r`` prints it."""
    want = os.uname().release
    assert Path("/proc/sys/kernel/osrelease").read_text().strip() == want
    got = ctx.call()
    ctx.expect(got == want, T("the text of /proc/sys/kernel/osrelease without its trailing newline, the same"
                              " as `uname -r` (not `uname -v`, the build version)",
                              "/proc/sys/kernel/osrelease의 내용에서 끝의 줄바꿈을 뺀 것으로, `uname -r`과"
                              " 같아야 해요 (`uname -v`의 빌드 버전이 아니에요)"),
               input="kernel_release()", expected=repr(want), got=repr(got))  # repr shows a "\n"


# -- uptime -----------------------------------------------------------------------------------


@check("ch3", "uptime")
def lies_between_two_readings_of_proc_uptime(ctx: Ctx) -> None:
    """The checker reads /proc/uptime just before and just after the call: the answer is in between."""
    before = procfs.uptime()
    got = ctx.call()
    after = procfs.uptime()
    shown = T(f"between {before:.2f} and {after:.2f} (a float)",
                 f"{before:.2f}와 {after:.2f} 사이의 값 (float)")
    ctx.expect(isinstance(got, float), T("seconds since boot as a float, fraction included",
                                         "부팅 후 흐른 초를 소수점까지 float로 돌려줘야 해요"),
               input="uptime()", expected=shown, got=got)
    # /proc/uptime truncates to centiseconds: a finer clock may be up to 0.01 s past `after`.
    ctx.expect(before <= got <= after + 0.01,
               T("the first number of /proc/uptime (the second is the CPUs' idle time)",
                 "/proc/uptime의 첫째 숫자여야 해요 (둘째 숫자는 CPU들이 쉰 시간이에요)"),
               input="uptime()", expected=shown, got=got)


# -- ancestry ---------------------------------------------------------------------------------


def _spaced_name(ctx: Ctx) -> str:
    """A program file name with spaces (and maybe parentheses): it becomes the process's comm."""
    word = ctx.word(3)
    n = ctx.rng.randint(10, 99)
    return ctx.rng.choice([f"my bash {n}", f"{word} sh {n}", f"sh ({word}) {n}", f"a) ({word}"])


@check("ch3", "ancestry")
def walks_from_a_program_through_its_shells_up_to_init(ctx: Ctx) -> None:
    """``sleep`` started from a shell whose program file has a space in its name, inside a real bash."""
    name = _spaced_name(ctx)
    link = ctx.tmpdir() / name
    link.symlink_to(shutil.which("bash") or "/bin/bash")  # comm = the name exec was given (exec(3))
    shell = ctx.bash()
    inner = 'sleep 1000 & echo "osdock-pid=$!"; wait'
    shell.sendline(shlex.join([str(link), "--norc", "--noprofile", "-c", inner]))
    shell.expect(r"osdock-pid=(\d+)\r?\n")  # up to the newline: output may arrive in pieces
    pid = int(shell.match.group(1))
    # fork and exec are two steps: until the child has exec'd it is still a copy of the shell.
    ready = wait_until(lambda: procfs.stat_fields(pid)[0] == "sleep")
    assert ready, f"sleep {pid} did not start"
    want = procfs.ancestry(pid)
    assert want[:3] == [(pid, "sleep"), (want[1][0], name[:15]), (shell.pid, "bash")], want
    got = ctx.call(pid)
    ctx.expect(got == want, T("(pid, comm) of the process, then of each parent up to PID 1; comm is the name"
                              " in parentheses in /proc/PID/stat, and it may contain spaces",
                              "프로세스 자신부터 PID 1까지 부모마다 (pid, comm)이에요. comm은 /proc/PID/stat의 괄호"
                              " 안 이름이고, 공백이 들어 있을 수 있어요"),
               input=T(f"pid {pid}: `sleep 1000` run by a shell named {name!r}, run by bash",
                          f"pid {pid}: bash가 실행한, 이름이 {name!r}인 셸이 실행한 `sleep 1000`"),
               expected=want, got=got)
    want = procfs.ancestry(1)
    got = ctx.call(1)
    ctx.expect(got == want, T("PID 1 has no parent (its ppid is 0): the chain is PID 1 alone",
                              "PID 1은 부모가 없어요 (ppid가 0). 목록에는 PID 1 하나만 있어요"),
               input="pid 1", expected=want, got=got)


_register_pid_argument_checks("ancestry")


# -- run_program ------------------------------------------------------------------------------


def _short(data: object) -> object:
    """Bytes a learner can read: a long value summarised by its length and its two ends."""
    if isinstance(data, bytes) and len(data) > 64:
        return f"<{len(data)} bytes: {data[:24]!r}...{data[-8:]!r}>"
    return data


def _shown(result: Any) -> Any:
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], bytes) and len(result[1]) > 64:
        return f"({result[0]!r}, {_short(result[1])})"
    return result


def _expect_run(ctx: Ctx, argv: list[str], want: tuple[int, bytes], why: T, *, stdin: bytes | None = None,
                timeout: float | None = None) -> None:
    kwargs = {} if stdin is None else {"stdin": stdin}
    got = ctx.call_with((argv,), kwargs, timeout=timeout).value
    shown_input = shlex.join(argv) + ("" if stdin is None else f", stdin of {len(stdin)} bytes")
    ctx.expect(got == want, why, input=shown_input, expected=_shown(want), got=_shown(got))


@check("ch3", "run_program")
def reports_the_exit_codes_of_real_programs(ctx: Ctx) -> None:
    why = T("the exit code the program ended with (os.waitstatus_to_exitcode), and no output",
            "프로그램이 끝날 때 낸 종료 코드(os.waitstatus_to_exitcode)와 빈 출력이어야 해요")
    _expect_run(ctx, ["true"], (0, b""), why)
    _expect_run(ctx, ["false"], (1, b""), why)
    for code in ctx.rng.sample(range(2, 126), 2):
        _expect_run(ctx, ["sh", "-c", f"exit {code}"], (code, b""), why)


@check("ch3", "run_program")
def reports_a_death_by_signal_as_minus_the_signal(ctx: Ctx) -> None:
    why = T("a program killed by signal N reports -N (os.waitstatus_to_exitcode), not an exit code",
            "시그널 N으로 죽은 프로그램은 종료 코드가 아니라 -N이에요 (os.waitstatus_to_exitcode)")
    others = [signal.SIGKILL, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM]
    for sig in (signal.SIGTERM, ctx.rng.choice(others)):
        _expect_run(ctx, ["sh", "-c", f"kill -{sig.name.removeprefix('SIG')} $$"], (-sig.value, b""), why)


@check("ch3", "run_program")
def feeds_stdin_and_returns_stdout(ctx: Ctx) -> None:
    why = T("what the program printed; it reads your stdin bytes and then the end of its input (close your"
            " end of the pipe)",
            "프로그램이 출력한 내용이어야 해요. 프로그램은 stdin 바이트를 읽은 뒤 입력의 끝을 만나야 해요"
            " (파이프의 내 쪽 끝을 닫아야 해요)")
    data = ctx.rng.randbytes(ctx.rng.randint(1, 512))  # fits one pipe buffer: no deadlock asked here
    _expect_run(ctx, ["cat"], (0, data), why, stdin=data, timeout=PIPE_TIMEOUT)
    code = ctx.rng.randint(2, 125)
    text = f"{ctx.word()} {ctx.word()}\n".encode()
    _expect_run(ctx, ["sh", "-c", f"tr a-z A-Z; exit {code}"], (code, text.upper()), why, stdin=text,
                timeout=PIPE_TIMEOUT)
    _expect_run(ctx, ["cat"], (0, b""), T("with the default stdin=b\"\" the program reads an empty input at once",
                                          "stdin을 주지 않으면(b\"\") 프로그램은 곧바로 빈 입력을 읽어요"),
                timeout=PIPE_TIMEOUT)


@check("ch3", "run_program")
def does_not_deadlock_on_megabytes_of_output(ctx: Ctx) -> None:
    """Several MiB of random bytes through ``cat``: far more than a 64 KiB pipe buffer holds."""
    data = ctx.rng.randbytes(ctx.rng.randint(3 << 20, 6 << 20))
    path = ctx.tmpdir() / "big.bin"
    path.write_bytes(data)
    _expect_run(ctx, ["cat", str(path)], (0, data),
                T("all of the output, read while the program runs: a pipe holds only 64 KiB, so a program"
                  " that prints more waits for a reader",
                  "출력 전체를, 프로그램이 도는 동안 읽어야 해요. 파이프는 64 KiB만 담아서 그보다 많이 출력하는"
                  " 프로그램은 누군가 읽을 때까지 기다려요"),
                timeout=PIPE_TIMEOUT)


@check("ch3", "run_program")
def raises_file_not_found_error_for_a_missing_program(ctx: Ctx) -> None:
    """A name not on PATH, and a path that does not exist: the caller gets the exec error itself."""
    ctx.raises(FileNotFoundError, [f"osdock-no-such-program-{ctx.word()}"])
    ctx.raises(FileNotFoundError, [str(ctx.tmpdir() / "missing" / ctx.word()), "--help"])


def _children_left(_value: object) -> list[int]:
    """Runs in the sandbox child right after the call: its own children, zombies included."""
    return direct_children(os.getpid())


@check("ch3", "run_program")
def reaps_every_child_it_starts(ctx: Ctx) -> None:
    """After a normal run and after a failed exec, no child of the call is left running or a zombie."""
    why = T("every child you fork must be reaped with os.waitpid before you return or raise; a child never"
            " waited for stays a zombie",
            "fork한 자식은 돌려주거나 예외를 일으키기 전에 os.waitpid로 모두 거둬야 해요. 기다려 주지 않은 자식은"
            " 좀비로 남아요")
    reap = T("when exec fails in the child, the parent still owes it an os.waitpid: wait, then raise",
             "자식에서 exec가 실패해도 부모는 os.waitpid로 거둬야 해요. 기다린 다음 예외를 일으키세요")
    code = ctx.rng.randint(0, 125)
    argv = ["sh", "-c", f"exit {code}"]
    left = ctx.call_with((argv,), after=_children_left).after
    nothing = T("no child left", "남은 자식 없음")
    ctx.expect(left == [], why, input=shlex.join(argv), expected=nothing, got=_describe_pids(left), hint=reap)
    # A learner who raises runs no `after`: keep what the call leaves and look from outside instead.
    # The call's processes are gone by now, so anything it left was re-parented to the grader.
    missing = [f"osdock-no-such-program-{ctx.word()}"]
    try:
        ctx.call_with((missing,), keep_processes=True)
    except LearnerRaised:
        pass
    strays = [pid for pid in direct_children() if pid not in ctx.sandbox.owned]
    ctx.expect(strays == [], why, input=shlex.join(missing), expected=nothing,
               got=_describe_pids(strays), hint=reap)


def _describe_pids(pids: list[int]) -> str:
    described = []
    for pid in pids:
        try:
            comm, rest = procfs.stat_fields(pid)
            described.append(f"{pid} ({comm}, state {rest[0]})")
        except ProcessLookupError:
            described.append(str(pid))
    return ", ".join(described)


# -- open_files -------------------------------------------------------------------------------


def _holder(ctx: Ctx) -> Specimen:
    return ctx.specimen("holder")


def _ask(spec: Specimen, **command: Any) -> Any:
    answer = spec.ask(json.dumps(command))
    assert "error" not in answer, answer
    return answer


@check("ch3", "open_files")
def lists_the_regular_files_of_a_process_each_once(ctx: Ctx) -> None:
    """Random files (one with spaces, one opened twice, one deleted) beside a socket, a pipe, an
    eventfd, a directory and /dev/null."""
    tmp = ctx.tmpdir()
    spec = _holder(ctx)
    names = {f"{ctx.word()}.log" for _ in range(ctx.rng.randint(2, 4))}
    names.add(f"{ctx.word(4)} {ctx.word(4)}.txt")
    paths = [tmp / n for n in sorted(names)]
    for path in paths:
        _ask(spec, open=str(path), flags=ctx.rng.choice(["r", "w"]) if path.exists() else "w")
    _ask(spec, open=str(ctx.rng.choice(paths)), flags="r")  # the same file a second time
    gone = tmp / f"deleted {ctx.word(4)}.tmp"
    _ask(spec, open=str(gone), flags="w")
    gone.unlink()
    _ask(spec, socketpair=True)
    _ask(spec, pipe=True)
    _ask(spec, eventfd=True)
    _ask(spec, open=str(tmp), flags="dir")
    _ask(spec, open=os.devnull, flags="r")
    want = procfs.open_regular_files(spec.pid)
    # The grader's own stderr, inherited, may add a file (pytest captures it in a temporary file).
    assert {*map(str, paths), f"{gone} (deleted)"} <= set(want), want
    got = ctx.call(spec.pid)
    ctx.expect(got == want, T("the sorted paths of the regular files only (no socket:[…], pipe:[…],"
                              " anon_inode:[…], directory or device), each once, a deleted one ending in"
                              " \" (deleted)\"",
                              "일반 파일의 경로만 정렬해서 한 번씩 담아야 해요 (socket:[…], pipe:[…],"
                              " anon_inode:[…], 디렉터리, 장치는 빼고). 지워진 파일은 \" (deleted)\"로 끝나요"),
               input=T(f"pid {spec.pid}: {len(paths)} files (one opened twice), a deleted file, a socket"
                          " pair, a pipe, an eventfd, a directory, /dev/null, and the stdin, stdout and stderr it"
                          " inherited",
                          f"pid {spec.pid}: 파일 {len(paths)}개(하나는 두 번 엶), 지워진 파일, 소켓 쌍, 파이프, eventfd,"
                          " 디렉터리, /dev/null, 그리고 물려받은 stdin, stdout, stderr"),
               expected=want, got=got)


_register_pid_argument_checks("open_files")


# -- read_shared ------------------------------------------------------------------------------


def _segment(ctx: Ctx) -> tuple[str, bytes]:
    """A shared-memory segment of random size and content, created and held by another process."""
    name = f"osdock-{ctx.word(10)}"
    ctx.on_cleanup(lambda: procfs.shm_path(name).unlink(missing_ok=True))
    spec = _holder(ctx)
    _ask(spec, shm=name, size=ctx.rng.randint(4096, 256 * 1024))
    return name, procfs.shm_path(name).read_bytes()


@check("ch3", "read_shared")
def reads_the_first_bytes_another_process_shared(ctx: Ctx) -> None:
    name, content = _segment(ctx)
    for size in (ctx.rng.randint(1, 64), ctx.rng.randint(65, len(content) - 1), len(content)):
        got = ctx.call(name, size)
        want = content[:size]
        ctx.expect(got == want, T("the first `size` bytes of the segment, as bytes",
                                  "세그먼트의 앞 `size` 바이트를 bytes로 돌려줘야 해요"),
                   input=T(f"read_shared({name!r}, {size}), a segment of {len(content)} bytes",
                              f"read_shared({name!r}, {size}), 크기 {len(content)} 바이트인 세그먼트"),
                   expected=_short(want), got=_short(got))


@check("ch3", "read_shared")
def leaves_the_segment_to_its_owner(ctx: Ctx) -> None:
    """After the call, and after whatever the call left behind has ended, the segment is intact."""
    name, content = _segment(ctx)
    ctx.call_with((name, 16), keep_processes=True)
    # Python 3.11's SharedMemory(name) asks a resource-tracker process to unlink the segment when
    # the caller exits: let such helpers finish before looking (they end right after the caller).
    wait_until(lambda: not any(procfs.state(p) not in ("Z", "X") for p in _strays(ctx)), timeout=3.0)
    path = procfs.shm_path(name)
    still = path.exists() and path.read_bytes() == content
    ctx.expect(still, T("the segment belongs to the process that created it: read it, never unlink it (and"
                        " Python 3.11's SharedMemory(name) unlinks it when your process ends: open"
                        " /dev/shm/NAME yourself)",
                        "세그먼트는 만든 프로세스의 것이에요. 읽기만 하고 unlink하지 마세요 (Python 3.11의"
                        " SharedMemory(name)는 내 프로세스가 끝날 때 세그먼트를 지워요. /dev/shm/NAME을"
                        " 직접 여세요)"),
               input=f"read_shared({name!r}, 16)",
               expected=T(f"{path} still there, unchanged", f"{path}가 그대로 남아 있음"),
               got=T("changed", "내용이 바뀜") if path.exists() else T("removed", "지워짐"))


def _strays(ctx: Ctx) -> list[int]:
    alive = []
    for pid in direct_children():
        if pid in ctx.sandbox.owned:
            continue
        try:
            procfs.state(pid)
        except ProcessLookupError:
            continue
        alive.append(pid)
    return alive


@check("ch3", "read_shared")
def raises_file_not_found_error_for_a_missing_segment(ctx: Ctx) -> None:
    name = f"osdock-missing-{ctx.word(10)}"
    ctx.on_cleanup(lambda: procfs.shm_path(name).unlink(missing_ok=True))  # in case the call made it
    ctx.raises(FileNotFoundError, name, 16)


# -- resource_limits --------------------------------------------------------------------------


@check("ch3", "resource_limits")
def reads_the_limits_the_check_set_on_a_process(ctx: Ctx) -> None:
    """Random soft and hard limits set on a running process with prlimit(2), one of them unlimited."""
    spec = ctx.specimen("process")
    proc = psutil.Process(spec.pid)
    infinity = resource.RLIM_INFINITY
    root = os.geteuid() == 0
    nofile_hard = proc.rlimit(psutil.RLIMIT_NOFILE)[1]
    cap = 1 << 16 if nofile_hard == infinity else min(nofile_hard, 1 << 16)
    hard = ctx.rng.randint(min(64, cap), cap)
    proc.rlimit(psutil.RLIMIT_NOFILE, (ctx.rng.randint(min(16, hard), hard), hard))
    stack_hard = infinity if root else proc.rlimit(psutil.RLIMIT_STACK)[1]
    stack_cap = 64 << 20 if stack_hard == infinity else min(stack_hard, 64 << 20)
    proc.rlimit(psutil.RLIMIT_STACK, (ctx.rng.randint(64, stack_cap >> 12) << 12, stack_hard))
    core_hard = proc.rlimit(psutil.RLIMIT_CORE)[1]
    core_soft = ctx.rng.randint(0, 1 << 30) if core_hard == infinity else ctx.rng.randint(0, core_hard)
    proc.rlimit(psutil.RLIMIT_CORE, (core_soft, core_hard))
    want = procfs.limits(spec.pid)
    got = ctx.call(spec.pid)
    settings = ", ".join(f"{name!r} = {want[name]}"
                         for name in ("Max open files", "Max stack size", "Max core file size"))
    shown_input = T(f"pid {spec.pid}, whose limits the check set: {settings}",
                       f"pid {spec.pid}, 검사가 한도를 바꾼 프로세스: {settings}")
    shown_want: object = want
    shown_got: object = got
    if got != want and isinstance(got, dict):  # show the rows that differ, not all sixteen
        keys = [k for k in want if got.get(k, _MISSING) != want[k]] + [k for k in got if k not in want]
        rows: dict[str, object] = dict(want)
        shown_want = {k: rows.get(k, _MISSING) for k in keys}
        shown_got = {k: got.get(k, _MISSING) for k in keys}
    ctx.expect(got == want, T("every row of /proc/PID/limits: its name as written (with spaces) → (soft,"
                              " hard) as int, None for unlimited",
                              "/proc/PID/limits의 모든 줄이에요. 쓰인 그대로의 이름(공백 포함) → int인"
                              " (soft, hard), unlimited는 None이에요"),
               input=shown_input, expected=shown_want, got=shown_got)


_register_pid_argument_checks("resource_limits")
