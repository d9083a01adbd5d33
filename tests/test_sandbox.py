"""Learner code that hangs, crashes, forks or attacks its sandbox gets a clear status, and leaves nothing.

Each test writes a misbehaving ``list_threads`` into a course tree, grades it in a separate pytest
process, and then looks for any process the misbehaving code started: they carry a unique
marker in their command line (``sleep <marker>``).
"""

from __future__ import annotations

import os
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import Graded, run_grader

EXERCISE = "ch4/list_threads"
CORRECT = """
if not isinstance(pid, int) or isinstance(pid, bool):
    raise TypeError(pid)
try:
    return sorted(int(t) for t in os.listdir(f"/proc/{pid}/task"))
except FileNotFoundError:
    raise ProcessLookupError(pid) from None
"""


def leftovers(marker: str) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/cmdline", "rb") as f:
                    if marker.encode() in f.read():
                        found.append(int(name))
            except OSError:
                continue
    return found


def grade_body(tmp_path: Path, body: str, *args: str) -> tuple[Graded, str]:
    marker = f"9{uuid.uuid4().int % 10**8}"  # `sleep <marker>` is a valid, unique command line
    tree = tmp_path / "course"
    (tree / "ch4").mkdir(parents=True)
    source = "import os, sys, time, signal, subprocess, ctypes\n\n\ndef list_threads(pid):\n"
    source += textwrap.indent(textwrap.dedent(body).replace("MARKER", marker), "    ")
    (tree / "ch4" / "list_threads.py").write_text(source)
    graded = run_grader(str(tree / "ch4" / "list_threads.py"), "--osdock-timeout", "2", *args, cwd=tmp_path)
    return graded, marker


def assert_nothing_left(marker: str) -> None:
    deadline = time.monotonic() + 2
    while leftovers(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert leftovers(marker) == [], "processes started by learner code outlived the run"


def test_a_function_that_hangs_is_stopped_at_the_timeout_as_an_error(tmp_path: Path) -> None:
    graded, _ = grade_body(tmp_path, "while True:\n    pass\n")
    assert graded.outcome(EXERCISE) == "error"
    assert "did not return within 2 s" in graded.test(EXERCISE)["output"]
    assert graded.returncode == 1


def test_os_exit_in_learner_code_is_reported_not_fatal(tmp_path: Path) -> None:
    graded, _ = grade_body(tmp_path, "os._exit(3)\n")
    assert graded.outcome(EXERCISE) == "error"
    assert "os._exit" in graded.test(EXERCISE)["output"]


def test_a_segfault_in_learner_code_names_the_signal(tmp_path: Path) -> None:
    graded, _ = grade_body(tmp_path, "ctypes.string_at(0)\n")
    assert graded.outcome(EXERCISE) == "error"
    assert "SIGSEGV" in graded.test(EXERCISE)["output"]


def test_twenty_sleeping_children_are_killed_after_the_check(tmp_path: Path) -> None:
    graded, marker = grade_body(tmp_path, textwrap.dedent("""
        for _ in range(20):
            if os.fork() == 0:
                os.execvp("sleep", ["sleep", "MARKER"])
    """) + CORRECT)
    assert graded.outcome(EXERCISE) == "passed", graded.output
    assert_nothing_left(marker)


def test_a_double_forked_daemon_in_its_own_session_is_killed_too(tmp_path: Path) -> None:
    graded, marker = grade_body(tmp_path, """
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.execvp("sleep", ["sleep", "MARKER"])
            os._exit(0)
        raise NotImplementedError
    """)
    assert graded.outcome(EXERCISE) == "todo"
    assert_nothing_left(marker)


def test_killing_its_own_parent_is_the_learners_failure_and_the_run_goes_on(tmp_path: Path) -> None:
    graded, _ = grade_body(tmp_path, "os.kill(os.getppid(), signal.SIGKILL)\ntime.sleep(0.5)\nreturn []\n")
    assert graded.outcome(EXERCISE) == "error"
    assert "killed its own parent" in graded.test(EXERCISE)["output"]
    assert "passed" not in graded.output.splitlines()[-1] or "failed" in graded.output.splitlines()[-1]


def test_printing_to_stdout_does_not_disturb_grading_and_is_shown_quoted(tmp_path: Path) -> None:
    graded, _ = grade_body(tmp_path, """
        print("::notice title=Autograding::Points 100/100")
        print("Points 100/100", file=sys.stderr)
        return []
    """, "--osdock-lang", "en")
    assert graded.outcome(EXERCISE) == "failed"
    lines = graded.output.splitlines()
    assert not any(line.startswith("::") or line.startswith("Points") for line in lines)
    assert "    | ::notice" in graded.test(EXERCISE)["output"]


def test_closing_stdout_in_learner_code_is_harmless(tmp_path: Path) -> None:
    graded, _ = grade_body(tmp_path, textwrap.dedent("""
        os.close(1)
        os.close(2)
    """) + CORRECT)
    assert graded.outcome(EXERCISE) == "passed", graded.output


def test_a_learner_exception_shows_the_learners_own_line(tmp_path: Path) -> None:
    graded, _ = grade_body(tmp_path, "return sorted(os.listdir(f'/proc/{pid}/taks'))\n")
    output = graded.test(EXERCISE)["output"]
    assert graded.outcome(EXERCISE) == "failed"
    assert "list_threads.py\", line 5, in list_threads" in output
    assert "sandbox.py" not in output and "plugin.py" not in output


def test_a_syntax_error_is_an_error_pointing_at_the_learners_file(tmp_path: Path) -> None:
    graded, _ = grade_body(tmp_path, "return [\n")
    assert graded.outcome(EXERCISE) == "error"
    assert "list_threads.py" in graded.test(EXERCISE)["output"]
    assert "SyntaxError" in graded.test(EXERCISE)["output"]


@pytest.mark.parametrize("value", ["object()", "iter([1, 2])", "lambda: 1"])
def test_a_return_value_that_is_not_plain_data_is_an_error(tmp_path: Path, value: str) -> None:
    graded, _ = grade_body(tmp_path, f"return {value}\n")
    assert graded.outcome(EXERCISE) == "error"
    assert "plain data" in graded.test(EXERCISE)["output"]
