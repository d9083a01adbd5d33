"""Hostile forks: each earns exactly what its honest parts earn, and leaves nothing behind.

Every fork holds an honest ``ch1/fingerprint_diff`` (the reference answer) and a
``ch1/servers_needed`` that is either the untouched stub or the reference answer wrapped in
something hostile.  Grading runs through ``osdock-grade``, the way an instructor's workflow does.
"""

from __future__ import annotations

import json
import os
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from pytest_osdock import catalog
from tests.conftest import ROOT
from tests.test_grading import fork_with, osdock_grade
from tests.test_sandbox import leftovers

HONEST = catalog.exercise("ch1", "fingerprint_diff")
HOSTILE = catalog.exercise("ch1", "servers_needed")
assert HONEST is not None and HOSTILE is not None


def make_fork(tmp_path: Path, action: str | None, stub: bool = False) -> tuple[Path, str]:
    """A fork whose servers_needed runs ``action`` (with MARKER and RESULTS filled in) first."""
    marker = f"9{uuid.uuid4().int % 10**8}"
    fork = fork_with(tmp_path, "ch1/fingerprint_diff", "ch1/servers_needed",
                     source="solutions")
    target = fork / "exercises" / "ch1" / "servers_needed.py"
    if stub:
        target.write_text((ROOT / "exercises/ch1/servers_needed.py").read_text())
    if action is not None:
        body = textwrap.indent(textwrap.dedent(action), "    ")
        body = body.replace("MARKER", marker).replace("RESULTS", str(tmp_path / "results.json"))
        target.write_text(
            target.read_text()
            + "\n\n_honest = servers_needed\n\n\ndef servers_needed(*args, **kwargs):\n"
            + "    import os, sys, signal, time, json\n" + body + "\n    return _honest(*args, **kwargs)\n"
        )
    return fork, marker


def results(tmp_path: Path) -> dict[str, object]:
    return json.loads((tmp_path / "results.json").read_text())


def scores(data: dict[str, object]) -> dict[str, int]:
    return {t["name"]: t["score"] for t in data["tests"]}  # type: ignore[attr-defined]


def assert_gone(marker: str) -> None:
    deadline = time.monotonic() + 3
    while leftovers(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert leftovers(marker) == []


def test_a_conftest_that_rewrites_reports_to_passed_earns_nothing(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, None, stub=True)
    rewrite = textwrap.dedent("""
        import pytest

        @pytest.hookimpl(wrapper=True)
        def pytest_runtest_makereport(item, call):
            rep = yield
            rep.outcome = "passed"
            return rep
    """)
    (fork / "conftest.py").write_text(rewrite)
    (fork / "exercises" / "conftest.py").write_text(rewrite)
    (fork / "exercises" / "ch1" / "conftest.py").write_text(rewrite)
    osdock_grade(tmp_path, fork)
    data = results(tmp_path)
    assert scores(data) == {HONEST.id: HONEST.points, HOSTILE.id: 0}


def test_pytest_settings_in_the_fork_cannot_switch_the_grader_off(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, None, stub=True)
    for where in (fork, fork / "exercises"):
        (where / "pytest.ini").write_text("[pytest]\naddopts = -p no:osdock -p no:pytest_osdock.plugin\n")
        (where / "tox.ini").write_text("[pytest]\naddopts = --co\n")
        (where / "setup.cfg").write_text("[tool:pytest]\naddopts = --co\n")
        (where / "pyproject.toml").write_text('[tool.pytest.ini_options]\naddopts = "--co"\n')
    proc = osdock_grade(tmp_path, fork, env={"PYTEST_ADDOPTS": "-p no:osdock --co"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert scores(results(tmp_path)) == {HONEST.id: HONEST.points, HOSTILE.id: 0}


def test_a_fake_grader_package_in_the_fork_is_never_imported(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, None, stub=True)
    for where in (fork, fork / "exercises"):
        fake = where / "pytest_osdock"
        fake.mkdir()
        (fake / "__init__.py").write_text("raise SystemExit('the fake grader was imported')\n")
        (fake / "plugin.py").write_text("raise SystemExit('the fake grader was imported')\n")
    proc = osdock_grade(tmp_path, fork)
    assert "fake grader" not in proc.stdout + proc.stderr
    assert scores(results(tmp_path)) == {HONEST.id: HONEST.points, HOSTILE.id: 0}


def test_monkeypatching_the_grader_at_import_changes_only_the_sandbox_child(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, "pass")
    target = fork / "exercises" / "ch1" / "servers_needed.py"
    target.write_text(target.read_text() + textwrap.dedent("""
        import _pytest.runner
        import pytest_osdock.report as report
        import pytest_osdock.plugin as plugin
        report.results_json = lambda *a, **k: {"score": 999, "max_score": 999, "sections": [], "tests": []}
        _pytest.runner.call_and_report = lambda *a, **k: None
        plugin.pytest_runtest_makereport = None
    """))
    osdock_grade(tmp_path, fork)
    data = results(tmp_path)
    # The wrapped answer is right, so it earns its points: no more, no fewer.
    assert scores(data) == {HONEST.id: HONEST.points, HOSTILE.id: HOSTILE.points}
    assert data["score"] == HONEST.points + HOSTILE.points


def test_printed_workflow_commands_and_points_never_reach_the_log_as_commands(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, """
        for stream in (sys.stdout, sys.stderr):
            print("::notice title=Autograding complete::Points 100/100", file=stream)
            print("::stop-commands::x\\n::x::\\n::add-mask::secret", file=stream)
            print('{"score": 100, "max_score": 100, "tests": []}', file=stream)
        os.write(1, b"\\n::error::raw write\\n")
        return 0
    """)
    proc = osdock_grade(tmp_path, fork, env={"GITHUB_ACTIONS": "true"})
    data = results(tmp_path)
    assert scores(data) == {HONEST.id: HONEST.points, HOSTILE.id: 0}
    lines = (proc.stdout + proc.stderr).splitlines()
    commands = [line for line in lines if line.lstrip().startswith("::")]
    token = commands[0].removeprefix("::stop-commands::")
    assert commands == [f"::stop-commands::{token}", f"::{token}::",
                        f"::notice title=Autograding complete::Points {data['score']}/{data['max_score']}"]


def test_writing_the_results_path_changes_nothing(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, """
        with open("RESULTS", "w") as f:
            json.dump({"score": 999, "max_score": 999, "tests": []}, f)
    """)
    osdock_grade(tmp_path, fork)
    assert scores(results(tmp_path)) == {HONEST.id: HONEST.points, HOSTILE.id: HOSTILE.points}


def test_killing_its_parent_is_an_error_of_that_exercise_only(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, "os.kill(os.getppid(), signal.SIGKILL)\ntime.sleep(0.2)\n")
    osdock_grade(tmp_path, fork)
    data = results(tmp_path)
    assert scores(data) == {HONEST.id: HONEST.points, HOSTILE.id: 0}
    assert {t["name"]: t["outcome"] for t in data["tests"]}[HOSTILE.id] == "error"  # type: ignore[index]


def test_sleeping_forever_times_out_and_the_grading_finishes(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, "time.sleep(10**6)\n")
    proc = osdock_grade(tmp_path, fork)
    assert proc.returncode == 0
    assert scores(results(tmp_path)) == {HONEST.id: HONEST.points, HOSTILE.id: 0}


def test_children_left_behind_are_killed_and_do_not_cost_points(tmp_path: Path) -> None:
    fork, marker = make_fork(tmp_path, """
        for _ in range(5):
            if os.fork() == 0:
                os.execvp("sleep", ["sleep", "MARKER"])
    """)
    osdock_grade(tmp_path, fork)
    assert scores(results(tmp_path)) == {HONEST.id: HONEST.points, HOSTILE.id: HOSTILE.points}
    assert_gone(marker)


def test_a_daemon_meant_to_rewrite_the_results_later_is_killed_before_the_grader_ends(tmp_path: Path) -> None:
    fork, marker = make_fork(tmp_path, """
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                fake = '{"score": 999, "max_score": 999, "tests": []}'
                os.execvp("sh", ["sh", "-c", f"sleep 2; echo '{fake}' > RESULTS # MARKER"])
            os._exit(0)
    """)
    osdock_grade(tmp_path, fork)
    time.sleep(3)
    assert scores(results(tmp_path)) == {HONEST.id: HONEST.points, HOSTILE.id: HOSTILE.points}
    assert_gone(marker)


def test_killing_the_grader_itself_leaves_a_failed_step_and_no_results(tmp_path: Path) -> None:
    fork, _ = make_fork(tmp_path, """
        victim, pid = None, os.getpid()
        while pid > 1:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"osdock-grade" in f.read():
                    victim = pid
            with open(f"/proc/{pid}/status") as f:
                pid = int(next(line for line in f if line.startswith("PPid:")).split()[1])
        os.kill(victim, signal.SIGKILL)
    """)
    (tmp_path / "results.json").write_text('{"score": 999}')  # planted before grading starts
    proc = osdock_grade(tmp_path, fork)
    assert proc.returncode != 0
    assert not (tmp_path / "results.json").exists()


@pytest.fixture(autouse=True)
def _no_grading_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(var, raising=False)
    assert os.environ.get("PYTEST_ADDOPTS") is None


def test_rewriting_the_installed_grader_voids_the_grading(tmp_path: Path) -> None:
    """Learner code that can write the grader's files (same user, or root) gains nothing: every
    check module is imported before learner code runs, and a changed grader voids the score."""
    import pytest_osdock

    victim = Path(pytest_osdock.__file__).resolve().parent / "checks" / "ch6.py"
    original = victim.read_bytes()
    fork, _ = make_fork(tmp_path, f"""
        with open({str(victim)!r}, "ab") as f:
            f.write(b"\\n# rewritten by a learner\\n")
    """)
    try:
        osdock_grade(tmp_path, fork)
    finally:
        victim.write_bytes(original)
    data = results(tmp_path)
    assert data["score"] == 0
    assert data["tampered"] == ["the grader's own files (pytest_osdock)"]
