"""pytest hooks of osdock: options, collection of course trees, and report glue.  Thin by design.

The course lives in :mod:`~pytest_osdock.catalog`, the checks in :mod:`~pytest_osdock.checks`,
the process plumbing in :mod:`~pytest_osdock.sandbox`, and what people read in
:mod:`~pytest_osdock.report`.
"""

from __future__ import annotations

import fnmatch
import os
import random
import re
import time
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pytest_osdock import catalog, checks, grading, report
from pytest_osdock.catalog import Text
from pytest_osdock.checks import CheckFailed, CheckFn, CheckSkipped, Ctx
from pytest_osdock.sandbox import (
    GraderError,
    LearnerCrash,
    LearnerRaised,
    LearnerTodo,
    Sandbox,
    become_subreaper,
    make_undumpable,
)

T = Text
SECTION_DIR = re.compile(r"ch\d+")


@dataclass
class State:
    lang: str
    sandbox: Sandbox
    seed: int
    results: dict[str, report.ExerciseResult] = field(default_factory=dict)
    subreaper: bool = False
    started: float = field(default_factory=time.monotonic)
    grader_digest: str = ""
    fingerprint: dict[str, Any] | None = None
    data: dict[str, Any] | None = None
    stop_token: str = ""

    def result_for(self, exercise: catalog.Exercise, file: str) -> report.ExerciseResult:
        return self.results.setdefault(exercise.id, report.ExerciseResult(exercise, file))


state_key = pytest.StashKey[State]()


# -- options ----------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("osdock", "osdock course grading")
    group.addoption("--osdock-lang", dest="osdock_lang", choices=("en", "ko"), default=None,
                    help="language of titles, hints and messages (default: from LANG/LC_ALL; ko* gives ko)")
    group.addoption("--osdock-timeout", dest="osdock_timeout", type=float, default=None,
                    help="seconds one call of learner code may take (default 10)")
    group.addoption("--osdock-report", dest="osdock_report", action="store_true", default=False,
                    help="grade the whole course tree (default: exercises/) and print the course table")
    group.addoption("--osdock-json", dest="osdock_json", metavar="PATH", default=None,
                    help="write results as JSON (Gradescope results.json compatible)")
    group.addoption("--osdock-seed", dest="osdock_seed", type=int, default=None,
                    help="seed for the random shapes of specimens (default: new each run)")
    group.addoption("--osdock-grading", dest="osdock_grading", action="store_true", default=False,
                    help="grading mode, as osdock-grade runs it: the graded files must not change")
    parser.addini("osdock_lang", "language of osdock messages: en or ko", default="")
    parser.addini("osdock_timeout", "seconds one call of learner code may take", default="10")
    parser.addini("osdock_json", "path of the JSON results file", default="")


def _language(config: pytest.Config) -> str:
    chosen = config.getoption("osdock_lang") or config.getini("osdock_lang")
    if chosen:
        if chosen not in ("en", "ko"):
            raise pytest.UsageError(f"osdock_lang must be 'en' or 'ko', not {chosen!r}")
        return str(chosen)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def _timeout(config: pytest.Config) -> float:
    raw = config.getoption("osdock_timeout")
    if raw is None:
        try:
            raw = float(config.getini("osdock_timeout"))
        except ValueError:
            raise pytest.UsageError(
                f"osdock_timeout must be a number of seconds, not {config.getini('osdock_timeout')!r}"
            ) from None
    if raw <= 0:
        raise pytest.UsageError(f"--osdock-timeout must be positive, not {raw:g}")
    return float(raw)


def pytest_configure(config: pytest.Config) -> None:
    seed = config.getoption("osdock_seed")
    if seed is None and config.getoption("osdock_grading"):
        seed = 0  # same code, same grade
    config.stash[state_key] = State(
        lang=_language(config),
        sandbox=Sandbox(_timeout(config)),
        seed=seed if seed is not None else random.randrange(1 << 32),
    )
    if config.getoption("osdock_report") and config.args_source != pytest.Config.ArgsSource.ARGS:
        # A bare `pytest --osdock-report` grades the learner's tree, whatever testpaths says.
        config.args = [str(config.rootpath / "exercises")]


def pytest_report_header(config: pytest.Config) -> str:
    st = config.stash[state_key]
    return f"osdock: lang={st.lang}, timeout={st.sandbox.timeout:g}s, seed={st.seed}"


# -- collection ---------------------------------------------------------------------------------


def _exercise_of(path: Path) -> catalog.Exercise | None:
    """The catalog exercise that ``<tree>/chN/<name>.py`` is, if it is one."""
    if path.suffix != ".py" or not SECTION_DIR.fullmatch(path.parent.name):
        return None
    return catalog.exercise(path.parent.name, path.stem)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    exercise = _exercise_of(file_path)
    if exercise is None or _python_plugin_takes(file_path, parent):
        return None
    return ExerciseFile.from_parent(parent, path=file_path, exercise=exercise)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Exercise files named on the command line (or matching ``python_files``) would otherwise
    be imported by pytest's python plugin as test modules, in the grader's own process."""
    exercise = _exercise_of(module_path)
    if exercise is None:
        return None
    return ExerciseFile.from_parent(parent, path=module_path, exercise=exercise)


def _python_plugin_takes(path: Path, parent: pytest.Collector) -> bool:
    """Whether pytest's python plugin will ask ``pytest_pycollect_makemodule`` for this file."""
    if parent.session.isinitpath(path):
        return True
    patterns = parent.config.getini("python_files")
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(str(path), p) for p in patterns)


class ExerciseFile(pytest.File):
    """One learner file; its items are the hidden checks of that exercise."""

    def __init__(self, *, exercise: catalog.Exercise, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.exercise = exercise

    def collect(self) -> list[pytest.Item]:
        try:
            fns = checks.checks_for(self.exercise)
        except checks.BrokenChecks as broken:
            fns = [_broken_check(broken)]
        return [CheckItem.from_parent(self, name=fn.__name__, check=fn, exercise=self.exercise) for fn in fns]


def _broken_check(broken: checks.BrokenChecks) -> CheckFn:
    """Stands in for the checks of a chapter whose check module does not import: a grader bug,
    reported as an error of that chapter's exercises only, never as the learner's failure."""

    def the_checks_of_this_chapter_could_not_be_loaded(ctx: Ctx) -> None:
        raise GraderError(str(broken))

    return the_checks_of_this_chapter_could_not_be_loaded


class Graded(Exception):
    """Raised by a check item that did not pass; carries the learner-facing message."""

    def __init__(self, outcome: str, message: str, original: BaseException | None) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.message = message
        self.original = original


class CheckItem(pytest.Item):
    def __init__(self, *, check: CheckFn, exercise: catalog.Exercise, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.check = check
        self.exercise = exercise
        self.user_properties.extend([("section", exercise.section), ("exercise", exercise.name),
                                     ("points", exercise.points)])

    def runtest(self) -> None:
        st = self.config.stash[state_key]
        if not st.subreaper:
            st.subreaper = become_subreaper()
        tree = self.path.parent.parent
        ctx = Ctx(
            sandbox=st.sandbox, exercise=self.exercise, module_file=self.path, tree=tree,
            rng=random.Random(f"{st.seed}/{self.exercise.id}/{self.name}"), lang=st.lang,
        )
        lang, ex, name = st.lang, self.exercise, self.name
        try:
            self.check(ctx)
        except CheckSkipped as skipped:
            pytest.skip(skipped.reason(lang))
        except CheckFailed as failed:
            raise Graded("failed", report.failure_message(
                lang, ex, name, why=failed.why, input=failed.input, expected=failed.expected,
                got=failed.got, details=failed.details, printed=ctx.printed, hint=failed.hint), failed) from None
        except LearnerTodo as todo:
            raise Graded("todo", report.todo_message(lang, ex), todo) from None
        except LearnerRaised as raised:
            raise Graded("failed", report.failure_message(
                lang, ex, name,
                why=T(f"your function raised {raised.type_name} where the check expected a value",
                      f"값을 기대한 곳에서 함수가 {raised.type_name}를 일으켰어요"),
                input=ctx.last_call, got=raised.summary, details=raised.traceback, printed=ctx.printed),
                raised) from None
        except LearnerCrash as crash:
            raise Graded("error", report.failure_message(
                lang, ex, name, why=crash.why, input=ctx.last_call, details=crash.details,
                printed=ctx.printed, show_hint=False), crash) from None
        except GraderError as problem:
            raise Graded("error", report.failure_message(
                lang, ex, name,
                why=T("the grader could not set up this check (not your fault; please report it)",
                      "채점기가 이 검사를 준비하지 못했어요 (여러분 잘못이 아니에요. 알려 주세요)"),
                details=str(problem), show_hint=False), problem) from None
        finally:
            ctx.close()

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, Graded):
            graded = excinfo.value
            maintainer = self.config.getoption("tbstyle") == "long" or self.config.getoption("verbose") >= 2
            if maintainer and graded.original is not None:
                return graded.message + "\n\n" + str(super().repr_failure(
                    pytest.ExceptionInfo.from_exception(graded.original), style="long"))
            return graded.message
        # Anything else is a bug in the grader itself: show it whole.
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.exercise.id}: {self.name.replace('_', ' ')}"


def pytest_collection_finish(session: pytest.Session) -> None:
    """Fingerprint the graded tree before any learner code runs (it could rewrite its files)."""
    st = session.config.stash[state_key]
    if session.config.getoption("osdock_grading"):
        # Everything the grader will run is imported now, before learner code runs: a check
        # module imported later could be one that learner code rewrote on disk.
        checks.preload()
        st.grader_digest = grading.grader_digest()
        make_undumpable()
    trees = {item.path.parent.parent for item in session.items if isinstance(item, CheckItem)}
    if len(trees) == 1:
        (tree,) = trees
        sections = {item.path.parent.name for item in session.items if isinstance(item, CheckItem)}
        st.fingerprint = {"tree": str(tree), **grading.fingerprint(tree, sections)}


# -- reporting ------------------------------------------------------------------------------


def pytest_sessionstart(session: pytest.Session) -> None:
    st = session.config.stash[state_key]
    if os.environ.get("GITHUB_ACTIONS") == "true":
        # Workflow commands stay off while learner feedback prints (GitHub's ::stop-commands::);
        # only our own points line, after the matching resume, is a command.
        st.stop_token = grading.stop_commands_token()
        print(f"::stop-commands::{st.stop_token}", flush=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    rep: pytest.TestReport = yield
    if not isinstance(item, CheckItem) or rep.when != "call":
        return rep
    if rep.skipped:
        outcome = "skipped"
    elif rep.passed:
        outcome = "passed"
    elif call.excinfo is not None and isinstance(call.excinfo.value, Graded):
        outcome = call.excinfo.value.outcome
    else:
        outcome = "error"
    rep.user_properties.append(("osdock_outcome", outcome))
    st = item.config.stash[state_key]
    message = str(rep.longrepr) if outcome not in ("passed",) and rep.longrepr else ""
    if outcome == "skipped" and isinstance(rep.longrepr, tuple):
        message = rep.longrepr[2]
    file = os.path.relpath(item.path, item.config.invocation_params.dir)
    st.result_for(item.exercise, file).checks.append(report.CheckResult(item.name, outcome, message))
    return rep


def _outcome(rep: pytest.TestReport) -> str | None:
    return next((str(v) for k, v in rep.user_properties if k == "osdock_outcome"), None)


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config) -> tuple[str, str, str] | None:
    outcome = _outcome(report) if isinstance(report, pytest.TestReport) else None
    if outcome == "todo":
        return "todo", "T", "TODO"
    if outcome == "error" and report.when == "call":
        return "error", "E", "ERROR"
    return None


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    st = config.stash[state_key]
    results = list(st.results.values())
    tr = terminalreporter
    if config.getoption("osdock_report"):
        tr.write_sep("=", T("osdock course progress", "osdock 학습 진행 상황")(st.lang))
        for line in report.course_table(st.lang, results):
            tr.write_line(line)
        _github_points(tr, st)
        return
    todo = [r for r in results if r.outcome == "todo"]
    if todo:
        tr.write_sep("=", T("osdock: still to do", "osdock: 아직 할 일")(st.lang))
        for r in report.by_section(todo).values():
            for ex in r:
                tr.write_line(report.todo_message(st.lang, ex.exercise, ex.file))
    if results:
        tr.write_sep("=", T("osdock progress", "osdock 진행 상황")(st.lang))
        for line in report.progress_lines(st.lang, results):
            tr.write_line(line)
    _github_points(tr, st)


def _github_points(tr: Any, st: State) -> None:
    if st.stop_token:
        tr.write_line(f"::{st.stop_token}::")
        if st.data is not None and st.results:
            tr.write_line(grading.points_line(st.data))

def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    st = config.stash.get(state_key, None)
    if st is None:
        return
    if st.subreaper:
        st.sandbox.sweep()
    extra: dict[str, Any] = {
        "execution_time": round(time.monotonic() - st.started, 3),
        "grader": grading.grader_info(),
    }
    tampered: list[str] = []
    if st.fingerprint is not None:
        extra["fingerprint"] = st.fingerprint
        tampered = grading.verify_fingerprint(st.fingerprint)
    st.data = report.results_json(st.lang, st.results.values(), extra)
    if st.grader_digest and grading.grader_digest() != st.grader_digest:
        tampered.append("the grader's own files (pytest_osdock)")
    if tampered and config.getoption("osdock_grading"):
        report.void(st.data, tampered)
    path = config.getoption("osdock_json") or config.getini("osdock_json")
    if path:
        report.write_json(Path(path), st.data)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary and st.results:
        with open(summary, "a", encoding="utf-8") as f:
            f.write(grading.step_summary(st.data))
