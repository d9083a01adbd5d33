"""Hidden checks: how they register, and what a check can do (:class:`Ctx`).

A check is a function of one :class:`Ctx`, registered against a catalog exercise::

    @check("ch4", "list_threads")
    def lists_every_thread_of_processes_with_random_thread_counts(ctx: Ctx) -> None: ...

Its name reads as a sentence (it becomes the pytest item's name) and it measures ground truth
itself, on real processes it starts through ``ctx``; ``ctx.call`` runs the learner's function in
the sandbox.  A check passes by returning, fails through :meth:`Ctx.fail` / :meth:`Ctx.expect`,
and skips through :meth:`Ctx.skip` when the machine cannot run it.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import random
import reprlib
import shutil
import string
import subprocess
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pexpect
from hypothesis import HealthCheck, Phase, settings

from pytest_osdock import catalog
from pytest_osdock.catalog import Text
from pytest_osdock.sandbox import CallResult, LearnerCrash, LearnerRaised, LearnerTodo, Sandbox
from pytest_osdock.specimens import Specimen

T = Text
CheckFn = Callable[["Ctx"], None]

# Every example of a property is a sandbox call and maybe a specimen start: keep them few, never
# shrink (a shrink phase can run hundreds of calls), and derandomise so the same code always
# earns the same grade.
HYPOTHESIS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=20,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=list(HealthCheck),
    report_multiple_bugs=False,
    print_blob=False,
)

_REGISTRY: dict[str, list[CheckFn]] = {}


def check(section: str, exercise: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check for ``section/exercise``, which must be in the catalog."""
    if catalog.exercise(section, exercise) is None:
        raise LookupError(f"{section}/{exercise} is not a catalog exercise")

    def register(fn: CheckFn) -> CheckFn:
        _REGISTRY.setdefault(f"{section}/{exercise}", []).append(fn)
        return fn

    return register


def checks_for(exercise: catalog.Exercise) -> list[CheckFn]:
    """The checks of one exercise; raises :class:`BrokenChecks` if its chapter's module is broken.

    Only that chapter's module is imported: grading ch4 need not pay for ch6's imports.
    """
    _load(exercise.section)
    if exercise.section in _BROKEN:
        raise BrokenChecks(exercise.section, _BROKEN[exercise.section])
    return list(_REGISTRY.get(exercise.id, ()))


def preload() -> None:
    """Import every chapter's checks now (a broken one is kept for its chapter to report)."""
    for info in pkgutil.iter_modules(__path__):
        _load(info.name)


def all_checks() -> dict[str, list[CheckFn]]:
    preload()
    if _BROKEN:
        raise BrokenChecks(*next(iter(_BROKEN.items())))
    return {key: list(fns) for key, fns in _REGISTRY.items()}


class BrokenChecks(Exception):
    """A chapter's check module failed to import: a grader bug, confined to that chapter."""

    def __init__(self, section: str, error: str) -> None:
        super().__init__(f"the checks of {section} could not be loaded:\n{error}")
        self.section = section


_LOADED: set[str] = set()
_BROKEN: dict[str, str] = {}


def _load(section: str) -> None:
    if section in _LOADED:
        return
    _LOADED.add(section)
    if importlib.util.find_spec(f"{__name__}.{section}") is None:
        return  # a chapter without checks yet
    try:
        importlib.import_module(f"{__name__}.{section}")
    except Exception:
        _BROKEN[section] = traceback.format_exc()


# -- how a check ends -----------------------------------------------------------------------


class CheckFailed(Exception):
    """The learner's answer is wrong; carries what the learner needs to see."""

    def __init__(self, why: Text, *, input: object = None, expected: object = None, got: object = None,
                 details: str = "", hint: Text | None = None) -> None:
        super().__init__(why.en)
        self.why = why
        self.input = input
        self.expected = expected
        self.got = got
        self.details = details
        self.hint = hint


class CheckSkipped(Exception):
    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


_MISSING = object()


@dataclass
class Ctx:
    """What a check works with: the learner's function, specimens, and ways to end."""

    sandbox: Sandbox
    exercise: catalog.Exercise
    module_file: Path
    tree: Path
    rng: random.Random
    lang: str = "en"
    printed: str = ""  # what the learner's code printed during the latest call
    last_call: str = ""  # that call, as the learner would write it
    _cleanups: list[Callable[[], None]] = field(default_factory=list)

    # -- calling the learner ---------------------------------------------------------------

    def call(self, *args: Any, **kwargs: Any) -> Any:
        """Run the learner's function with these arguments in the sandbox; return its value."""
        return self.call_with(args, kwargs).value

    def call_with(
        self,
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
        *,
        before: Callable[[], object] | None = None,
        after: Callable[[Any], object] | None = None,
        keep_processes: bool = False,
        timeout: float | None = None,
    ) -> CallResult:
        """Like :meth:`call`, with grader code run inside the sandbox child around the call.

        ``keep_processes`` leaves what the learner started alive until the check ends.
        """
        if keep_processes:
            self._cleanups.append(self._sweep)
        self.last_call = describe_call(self.exercise.name, args, kwargs or {})
        self.printed = ""
        try:
            result = self.sandbox.call(
                self.module_file, self.tree, self.exercise.name, args, kwargs,
                before=before, after=after, keep_processes=keep_processes, timeout=timeout,
            )
        except (LearnerRaised, LearnerTodo, LearnerCrash) as exc:
            self.printed = exc.printed
            raise
        self.printed = result.output
        return result

    def raises(self, exc_type: type[BaseException], *args: Any, **kwargs: Any) -> LearnerRaised:
        """Assert that the learner's function raises ``exc_type`` for these arguments."""
        shown = describe_call(self.exercise.name, args, kwargs)
        try:
            value = self.call(*args, **kwargs)
        except LearnerRaised as raised:
            if raised.is_a(exc_type):
                return raised
            self.fail(
                T(f"this input must raise {exc_type.__name__}",
                  f"이 입력에는 {exc_type.__name__}를 일으켜야 해요"),
                input=shown, expected=T(f"raise {exc_type.__name__}", f"{exc_type.__name__} 발생"),
                got=T(f"raised {raised.summary}", f"{raised.summary} 발생"),
                details=raised.traceback,
            )
        self.fail(
            T(f"this input must raise {exc_type.__name__}", f"이 입력에는 {exc_type.__name__}를 일으켜야 해요"),
            input=shown, expected=T(f"raise {exc_type.__name__}", f"{exc_type.__name__} 발생"),
            got=T(f"returned {_SHORT.repr(value)}", f"{_SHORT.repr(value)} 반환"),
        )

    # -- ending the check ------------------------------------------------------------------

    def fail(self, why: Text, *, input: object = None, expected: object = _MISSING, got: object = _MISSING,
             details: str = "", hint: Text | None = None) -> NoReturn:
        """Fail the check; ``hint`` replaces the exercise's first hint where another fits better."""
        raise CheckFailed(
            why, input=_shown(input),
            expected=None if expected is _MISSING else _shown(expected),
            got=None if got is _MISSING else _shown(got),
            details=details, hint=hint,
        )

    def expect(self, condition: bool, why: Text, *, input: object = None, expected: object = _MISSING,
               got: object = _MISSING, hint: Text | None = None) -> None:
        if not condition:
            self.fail(why, input=input, expected=expected, got=got, hint=hint)

    def skip(self, reason: Text) -> NoReturn:
        raise CheckSkipped(reason)

    # -- processes the check starts --------------------------------------------------------

    def specimen(self, name: str, *args: str, env: dict[str, str] | None = None) -> Specimen:
        spec = Specimen(name, *args, env=env)
        self.sandbox.own(spec.pid)

        def stop() -> None:
            spec.stop()
            self.sandbox.disown(spec.pid)

        self._cleanups.append(stop)
        return spec.wait_ready()

    def popen(self, argv: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        proc: subprocess.Popen[bytes] = subprocess.Popen(argv, **kwargs)
        self.sandbox.own(proc.pid)

        def stop() -> None:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            self.sandbox.disown(proc.pid)

        self._cleanups.append(stop)
        return proc

    def bash(self) -> Any:
        """A real interactive bash driven by pexpect, with a known prompt ``osdock$ ``."""
        shell = pexpect.spawn(
            "bash", ["--norc", "--noprofile", "-i"], encoding="utf-8", echo=False, timeout=10,
            env={"PS1": "osdock$ ", "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
                 "TERM": "dumb", "HOME": "/tmp", "LANG": "C"},
        )
        # pexpect's defaults pause 50 ms before every send and 100 ms after closing: bash answers
        # in well under a millisecond, and exits at once on the hangup of its terminal.
        shell.delaybeforesend = None
        shell.ptyproc.delayafterclose = 0
        shell.ptyproc.delayafterterminate = 0.01
        self.sandbox.own(shell.pid)

        def stop() -> None:
            shell.close(force=True)
            self.sandbox.disown(shell.pid)

        self._cleanups.append(stop)
        shell.expect_exact("osdock$ ")
        return shell

    def word(self, n: int = 6) -> str:
        """A random lowercase word, from this check's seeded ``rng``."""
        return "".join(self.rng.choice(string.ascii_lowercase) for _ in range(n))

    def tmpdir(self) -> Path:
        """A fresh directory, removed when the check ends."""
        path = Path(tempfile.mkdtemp(prefix="osdock-"))
        self._cleanups.append(lambda: shutil.rmtree(path, ignore_errors=True))
        return path

    def _sweep(self) -> None:
        self.sandbox.sweep()

    def on_cleanup(self, fn: Callable[[], None]) -> None:
        self._cleanups.append(fn)

    def close(self) -> None:
        """Run cleanups, last registered first; then sweep what the learner left behind."""
        while self._cleanups:
            fn = self._cleanups.pop()
            try:
                fn()
            except Exception:  # a cleanup must never hide the check's own outcome
                pass
        self.sandbox.sweep()


@dataclass(frozen=True)
class Shown:
    """A value as the learner sees it: strings as they are, anything else by ``repr``."""

    value: object

    def __str__(self) -> str:
        return self.value if isinstance(self.value, str) else repr(self.value)


_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 120
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = 12


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` passes; say whether it held.

    Checks wait this way, never with a bare sleep: same code, same grade on a slow machine.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True


def _shown(value: object) -> object:
    """A ``T(en, ko)`` stays translatable (the report picks the language); the rest is shown."""
    return value if value is None or isinstance(value, Text) else Shown(value)


def describe_call(function: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """The call as the learner would write it, with long values shortened (a stdin of megabytes)."""
    parts = [_SHORT.repr(a) for a in args] + [f"{k}={_SHORT.repr(v)}" for k, v in kwargs.items()]
    return f"{function}({', '.join(parts)})"


__all__ = ["HYPOTHESIS", "CheckFailed", "CheckSkipped", "Ctx", "LearnerRaised", "T", "check", "wait_until"]
