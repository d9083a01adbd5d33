"""Run learner code in child processes, never in the grader.

One learner call is three processes::

    grader ──fork──> shim ──fork──> runner (imports the learner module, calls the function)

The *runner* imports the exercise module and calls the function; it sends back plain data only:
the pickled return value, or the exception's type names, message and the learner-side part of
its traceback.  The *shim* only waits for the runner and reports how it ended, so that a learner
who kills ``os.getppid()`` kills the shim, not the grader, and we can say what happened.

The grader is a child subreaper (``prctl(2)`` ``PR_SET_CHILD_SUBREAPER``): every process the
learner starts and abandons is re-parented to the grader instead of init, so after the call we
find them among our own children and kill and reap them (:meth:`Sandbox.sweep`).  Processes the
checks start on purpose (specimens, shells) are registered as *owned* and survive the sweep.

Results come back through a pipe and are unpickled with a :class:`_PlainUnpickler` that refuses
every global, so the bytes a hostile runner writes can only ever decode to plain data.
"""

from __future__ import annotations

import ctypes
import io
import os
import pickle
import select
import signal
import struct
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pytest_osdock.catalog import Text

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_SET_CHILD_SUBREAPER = 36
MAX_RESULT_BYTES = 256 * 1024 * 1024
MAX_OUTPUT_SHOWN = 2000
_FRAME = struct.Struct("!cQ")  # kind, payload length
_PLAIN_TYPES = (type(None), bool, int, float, complex, str, bytes, tuple, list, dict, set, frozenset)


class LearnerRaised(Exception):
    """The learner's function raised an exception (a normal outcome the check may expect)."""

    printed = ""  # what the learner's code wrote to stdout/stderr during the call

    def __init__(self, type_name: str, mro: tuple[str, ...], message: str, traceback_text: str) -> None:
        super().__init__(f"{type_name}: {message}")
        self.type_name = type_name
        self.mro = mro
        self.message = message
        self.traceback = traceback_text

    def is_a(self, exc_type: type[BaseException]) -> bool:
        """Whether the learner's exception is ``exc_type`` or a subclass of it (by builtin name)."""
        return exc_type.__name__ in self.mro

    @property
    def summary(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name


class LearnerTodo(Exception):
    """The learner's function raised ``NotImplementedError``: the exercise is still to do."""

    printed = ""

    def __init__(self, traceback_text: str = "") -> None:
        super().__init__("NotImplementedError")
        self.traceback = traceback_text


class GraderError(Exception):
    """The grader's own code failed (a ``before``/``after`` hook, a specimen): never the learner's fault."""


class LearnerCrash(Exception):
    """The learner's code could not be run to a result: import error, crash, timeout, bad value."""

    printed = ""

    def __init__(self, why: Text, details: str = "") -> None:
        super().__init__(why.en)
        self.why = why
        self.details = details


@dataclass
class CallResult:
    value: Any
    after: Any = None
    output: str = ""


@dataclass(frozen=True)
class _Job:
    """One learner call, as the sandbox children need it (carried across fork, never pickled)."""

    module_file: Path
    tree: Path
    function: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    before: Callable[[], object] | None
    after: Callable[[Any], object] | None


@dataclass
class _Outcome:
    frames: dict[bytes, bytes] = field(default_factory=dict)
    shim_status: int | None = None
    timed_out: bool = False


def become_subreaper() -> bool:
    """Make this process adopt orphaned descendants (Linux >= 3.4); return whether it worked."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)


def make_undumpable() -> bool:
    """Make this process "non-dumpable" (``prctl(2)`` ``PR_SET_DUMPABLE`` 0).

    Its ``/proc/<pid>`` files then belong to root, so a process of the same user (learner code)
    can no longer open ``/proc/<grader>/fd/1`` to write into the grader's output, nor read its
    memory or environment (proc(5), ptrace(2) "ptrace access mode checking").  Sandbox children
    turn it back on for themselves: the learner's own processes are ordinary ones.
    """
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    # The flag is inherited across fork(2) (exec resets it): every child the grader forks, for
    # the sandbox or for a check's own probes (which write /proc/self/uid_map), turns it back on.
    os.register_at_fork(after_in_child=lambda: libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0))
    return True


def direct_children(pid: int | None = None) -> list[int]:
    """The direct children of ``pid`` (default: this process), zombies included.

    Reads ``/proc/<pid>/task/<tid>/children`` (``proc(5)``, ``CONFIG_PROC_CHILDREN``), which is
    cheap: a few microseconds, against milliseconds for a walk of all of ``/proc``.
    """
    pid = os.getpid() if pid is None else pid
    found: list[int] = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return found
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                found.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


class _PlainUnpickler(pickle.Unpickler):
    """Refuse every global: the only things that can come back are plain data."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def _plain(value: Any, depth: int = 0) -> Any:
    """Turn subclasses of plain types (a namedtuple, an IntEnum) into the plain type itself."""
    if depth > 100:
        raise TypeError("nested too deeply")
    if value is None or type(value) in (bool, int, float, complex, str, bytes):
        return value
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bytes):
        return bytes(value)
    if isinstance(value, tuple):
        return tuple(_plain(v, depth + 1) for v in value)
    if isinstance(value, list):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {_plain(k, depth + 1): _plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, frozenset):
        return frozenset(_plain(v, depth + 1) for v in value)
    if isinstance(value, set):
        return {_plain(v, depth + 1) for v in value}
    raise TypeError(type(value).__qualname__)


class Sandbox:
    """Calls learner functions in child processes and cleans up after them."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.owned: set[int] = set()
        self.grader_pid = os.getpid()

    # -- processes the grader owns --------------------------------------------------------

    def own(self, pid: int) -> None:
        self.owned.add(pid)

    def disown(self, pid: int) -> None:
        self.owned.discard(pid)

    def sweep(self) -> list[int]:
        """Kill and reap every child of the grader that it does not own, and their descendants.

        Thanks to the subreaper bit, a learner process whose parent died is our child now; so
        after a call every learner leftover is in the subtree of some unowned child.  Children
        of killed processes re-parent to us again, hence the loop.
        """
        killed: list[int] = []
        for _ in range(100):
            strays = [pid for pid in direct_children() if pid not in self.owned]
            if not strays:
                break
            for pid in strays:
                _kill_tree(pid)
                killed.append(pid)
            for pid in strays:
                _reap(pid)
        return killed

    # -- one learner call -----------------------------------------------------------------

    def call(
        self,
        module_file: Path,
        tree: Path,
        function: str,
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
        *,
        before: Callable[[], object] | None = None,
        after: Callable[[Any], object] | None = None,
        keep_processes: bool = False,
        timeout: float | None = None,
    ) -> CallResult:
        timeout = self.timeout if timeout is None else timeout
        kwargs = kwargs or {}
        read_fd, write_fd = os.pipe()
        output = tempfile.TemporaryFile()
        sys.stdout.flush()
        sys.stderr.flush()
        shim = os.fork()
        if shim == 0:  # pragma: no cover - runs in the child
            os.close(read_fd)
            _shim_main(write_fd, output.fileno(), _Job(module_file, tree, function, args, kwargs, before, after))
        os.close(write_fd)
        outcome: _Outcome | None = None
        try:
            outcome = _collect(shim, read_fd, timeout)
        finally:
            os.close(read_fd)
            if not keep_processes or outcome is None or outcome.timed_out:
                self.sweep()
        output.seek(0)
        printed = output.read(MAX_OUTPUT_SHOWN * 4).decode("utf-8", "replace")
        output.close()
        try:
            return _interpret(outcome, printed, timeout)
        except (LearnerRaised, LearnerTodo, LearnerCrash) as exc:
            exc.printed = printed
            raise


def _kill_tree(pid: int) -> None:
    """SIGKILL ``pid`` and everything below it, children first found, then the root."""
    stack = [pid]
    seen: list[int] = []
    while stack:
        p = stack.pop()
        seen.append(p)
        stack.extend(direct_children(p))
    for p in seen:
        try:
            os.kill(p, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _reap(pid: int, deadline: float = 5.0) -> None:
    end = time.monotonic() + deadline
    while True:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if done:
            return
        if time.monotonic() > end:
            return
        time.sleep(0.001)


# -- the grader's side of the pipe -----------------------------------------------------------


def _collect(shim: int, read_fd: int, timeout: float) -> _Outcome:
    """Read frames until the shim reports, the shim dies, or the deadline passes.

    We never wait for end-of-file alone: a learner grandchild may hold the pipe's write end
    open forever, so the shim's exit (seen through a pidfd, ``pidfd_open(2)``) also ends the read.
    """
    outcome = _Outcome()
    buf = bytearray()
    pidfd = os.pidfd_open(shim)
    deadline = time.monotonic() + timeout
    try:
        while b"S" not in outcome.frames:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                outcome.timed_out = True
                break
            ready, _, _ = select.select([read_fd, pidfd], [], [], remaining)
            if read_fd in ready:
                chunk = os.read(read_fd, 1 << 20)
                buf += chunk
                _parse_frames(buf, outcome)
                if len(buf) > MAX_RESULT_BYTES:
                    outcome.frames[b"!"] = b""
                    break
                if not chunk:  # every writer closed: only the shim's exit is still to come
                    if not select.select([pidfd], [], [], max(0.0, deadline - time.monotonic()))[0]:
                        outcome.timed_out = True
                    break
            elif pidfd in ready:
                while select.select([read_fd], [], [], 0)[0]:
                    chunk = os.read(read_fd, 1 << 20)
                    if not chunk:
                        break
                    buf += chunk
                _parse_frames(buf, outcome)
                break
    finally:
        os.close(pidfd)
        if outcome.timed_out:
            _kill_tree(shim)
        outcome.shim_status = _wait_status(shim)
    return outcome


def _wait_status(pid: int) -> int | None:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return None
    return status


def _parse_frames(buf: bytearray, outcome: _Outcome) -> None:
    while len(buf) >= _FRAME.size:
        kind, length = _FRAME.unpack_from(buf)
        if len(buf) < _FRAME.size + length:
            return
        outcome.frames[kind] = bytes(buf[_FRAME.size : _FRAME.size + length])
        del buf[: _FRAME.size + length]


def _load(payload: bytes) -> Any:
    return _PlainUnpickler(io.BytesIO(payload)).load()


def _interpret(outcome: _Outcome, printed: str, timeout: float) -> CallResult:
    if outcome.timed_out:
        raise LearnerCrash(
            Text(
                f"your code did not return within {timeout:g} s and was stopped (a loop that never"
                " ends, or a wait on something that never comes: a pipe nobody reads, a process that"
                " never exits?)",
                f"코드가 {timeout:g}초 안에 끝나지 않아 중단했어요 (끝나지 않는 반복문이거나, 아무도 읽지 않는"
                " 파이프나 끝나지 않는 프로세스를 기다리고 있지 않나요?)",
            ),
        )
    if b"!" in outcome.frames:
        raise LearnerCrash(
            Text("your function returned more data than the grader accepts (256 MiB)",
                 "함수가 채점기가 받을 수 있는 것보다 많은 데이터(256 MiB 초과)를 돌려줬어요"),
        )
    runner_status = _load(outcome.frames[b"S"]) if b"S" in outcome.frames else None
    if b"R" not in outcome.frames:
        raise LearnerCrash(_death_message(runner_status, outcome.shim_status))
    try:
        kind, *rest = _load(outcome.frames[b"R"])
    except Exception as exc:  # anything that is not our frame format
        raise LearnerCrash(
            Text("the sandbox got an unreadable result back (did your code write to file descriptors it"
                 " does not own?)",
                 "샌드박스가 읽을 수 없는 결과를 받았어요 (코드가 자기 것이 아닌 파일 디스크립터에 쓰지 않았나요?)"),
            repr(exc),
        ) from None
    if kind == "ok":
        value, after = rest
        if runner_status is None and outcome.shim_status is not None and os.WIFSIGNALED(outcome.shim_status):
            raise LearnerCrash(
                Text("your code killed its own parent process (the sandbox that runs it)",
                     "코드가 자기를 실행한 부모 프로세스(샌드박스)를 죽였어요"),
            )
        return CallResult(value, after, printed)
    if kind == "raise":
        type_name, mro, message, tb = rest
        raise LearnerRaised(type_name, tuple(mro), message, tb)
    if kind == "todo":
        raise LearnerTodo(rest[0])
    if kind == "grader":
        raise GraderError(f"grader code around the learner's call failed in the sandbox:\n{rest[0]}")
    if kind == "import":
        raise LearnerCrash(
            Text("your file could not be imported", "파일을 import할 수 없어요"), rest[0]
        )
    if kind == "missing":
        raise LearnerCrash(
            Text(f"your file defines no function named {rest[0]}",
                 f"파일에 {rest[0]}라는 이름의 함수가 없어요"),
        )
    if kind == "exit":
        raise LearnerCrash(
            Text(f"your code called sys.exit({rest[0]!r}) instead of returning a value",
                 f"코드가 값을 돌려주는 대신 sys.exit({rest[0]!r})를 불렀어요"),
            rest[1],
        )
    if kind == "badvalue":
        raise LearnerCrash(
            Text(f"your function returned a {rest[0]}; return plain data (int, str, bytes, bool, None,"
                 " list, tuple, dict, set)",
                 f"함수가 {rest[0]} 값을 돌려줬어요. 평범한 데이터(int, str, bytes, bool, None, list, tuple,"
                 " dict, set)를 돌려주세요"),
        )
    raise LearnerCrash(Text("the sandbox got an unknown result back", "샌드박스가 알 수 없는 결과를 받았어요"))


def _death_message(runner_status: int | None, shim_status: int | None) -> Text:
    if runner_status is None and shim_status is not None and os.WIFSIGNALED(shim_status):
        return Text("your code killed its own parent process (the sandbox that runs it)",
                    "코드가 자기를 실행한 부모 프로세스(샌드박스)를 죽였어요")
    status = runner_status
    if status is not None and os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        if sig == signal.SIGKILL:
            return Text(f"your code's process, or its parent, was killed with {name}",
                        f"코드의 프로세스나 그 부모가 {name}로 강제 종료됐어요")
        return Text(f"your code's process died from signal {name} ({signal.strsignal(sig)})",
                    f"코드의 프로세스가 시그널 {name} ({signal.strsignal(sig)})로 죽었어요")
    if status is not None and os.WIFEXITED(status):
        return Text(
            "your code ended its process (os._exit or exec?) before returning a value",
            "코드가 값을 돌려주기 전에 프로세스를 끝냈어요 (os._exit나 exec를 부르지 않았나요?)",
        )
    return Text("your code's process ended without a result", "코드의 프로세스가 결과 없이 끝났어요")


# -- the children's side (runs after fork; never returns) ------------------------------------


def _write_frame(fd: int, kind: bytes, payload: bytes) -> None:
    data = _FRAME.pack(kind, len(payload)) + payload
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except InterruptedError:
            continue
        view = view[n:]


def _shim_main(
    write_fd: int, output_fd: int, job: _Job
) -> None:  # pragma: no cover - runs in the child
    try:
        # A process group of our own: a learner's kill(0, sig) or killpg(0, sig) hits the
        # learner's processes, not the grader's group (kill(2)).
        os.setpgid(0, 0)
        # The shim gives up the grader's descriptors too, not only the runner: through
        # /proc/<shim>/fd, learner code could otherwise reach the grader's real stdout (pytest
        # keeps it on a dup'd descriptor while it captures fd 1).
        _isolate_fds(write_fd, output_fd)
        runner = os.fork()
        if runner == 0:
            _runner_main(write_fd, output_fd, job)
        while True:
            try:
                _, status = os.waitpid(runner, 0)
                break
            except InterruptedError:
                continue
        _write_frame(write_fd, b"S", pickle.dumps(status))
    finally:
        os._exit(0)


def _runner_main(
    write_fd: int, output_fd: int, job: _Job
) -> None:  # pragma: no cover - runs in the child
    code = 0
    try:
        payload = _run(job)
        for stream in (sys.stdout, sys.stderr):  # os._exit below skips Python's own flush
            try:
                stream.flush()
            except Exception:
                pass
        try:
            data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            data = pickle.dumps(("badvalue", f"value that cannot be sent back ({exc})"))
        _write_frame(write_fd, b"R", data)
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _isolate_fds(write_fd: int, output_fd: int) -> None:
    """Give the learner a quiet stdin, our capture file as stdout/stderr, and nothing else."""
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(output_fd, 1)
    os.dup2(output_fd, 2)
    keep = {0, 1, 2, write_fd}
    for fd in _open_fds():
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
    sys.stdin = open(0, closefd=False)  # lives as long as the process
    sys.stdout = open(1, "w", closefd=False)
    sys.stderr = open(2, "w", closefd=False)
    # SIGPIPE stays ignored, as Python sets it at start-up: learner code then sees the
    # BrokenPipeError any Python program would (and its exec'd children get the default back
    # only if the learner restores it, as subprocess does).
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD):
        signal.signal(sig, signal.SIG_DFL)


def _open_fds() -> list[int]:
    try:
        return [int(fd) for fd in os.listdir("/proc/self/fd")]
    except OSError:
        return list(range(3, 1024))


def _learner_traceback(exc: BaseException, tree: Path) -> str:
    """Format ``exc`` from the first frame in the learner's course tree on: their lines, not ours."""
    frames = traceback.extract_tb(exc.__traceback__)
    root = str(tree.resolve())
    start = next((i for i, f in enumerate(frames) if f.filename.startswith(root)), None)
    if start is None:
        lines = traceback.format_exception_only(type(exc), exc)
    else:
        lines = ["Traceback (most recent call last):\n"]
        lines += traceback.format_list(frames[start:])
        lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)


def _run(job: _Job) -> tuple[Any, ...]:  # pragma: no cover - runs in the child
    module_file, tree, function, before, after = job.module_file, job.tree, job.function, job.before, job.after
    import importlib
    import types

    # The exercise is imported as ``<tree>.<chN>.<name>``, with ``<tree>`` registered by hand as a
    # package whose only path is the graded tree.  Relative imports (``from .memory_map import
    # memory_map``) and absolute ones (``exercises.ch5...``) then both resolve inside the graded
    # tree, never in another ``exercises`` package that happens to be on sys.path (a regular
    # package elsewhere would beat a tree without ``__init__.py``: PEP 420).
    sys.dont_write_bytecode = True
    top = tree.name if tree.name.isidentifier() else "_osdock_tree"
    for name in [n for n in sys.modules if n == top or n.startswith(top + ".")]:
        del sys.modules[name]
    package = types.ModuleType(top)
    package.__path__ = [str(tree)]
    package.__file__ = None
    sys.modules[top] = package
    modname = f"{top}.{module_file.parent.name}.{module_file.stem}"
    try:
        module = importlib.import_module(modname)
    except SystemExit as exc:
        return ("exit", exc.code, "")
    except BaseException as exc:
        return ("import", _learner_traceback(exc, tree))
    func = getattr(module, function, None)
    if not callable(func):
        return ("missing", function)
    if before is not None:
        try:
            before()
        except BaseException as exc:
            return ("grader", "".join(traceback.format_exception(exc)))
    try:
        value = func(*job.args, **job.kwargs)
    except NotImplementedError as exc:
        return ("todo", _learner_traceback(exc, tree))
    except SystemExit as exc:
        return ("exit", exc.code, _learner_traceback(exc, tree))
    except BaseException as exc:
        mro = tuple(c.__name__ for c in type(exc).__mro__ if c.__module__ == "builtins")
        message = str(exc)
        if len(message) > 2000:
            message = message[:2000] + "..."
        return ("raise", type(exc).__name__, mro, message, _learner_traceback(exc, tree))
    try:
        value = _plain(value)
    except TypeError as exc:
        return ("badvalue", str(exc))
    try:
        after_value = after(value) if after is not None else None
    except BaseException as exc:
        return ("grader", "".join(traceback.format_exception(exc)))
    return ("ok", value, after_value)


__all__ = [
    "CallResult",
    "GraderError",
    "LearnerCrash",
    "LearnerRaised",
    "LearnerTodo",
    "Sandbox",
    "become_subreaper",
    "direct_children",
    "make_undumpable",
]
