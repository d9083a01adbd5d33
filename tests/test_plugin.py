"""The plugin as a learner and an instructor meet it: statuses, messages, languages, JSON, report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytest_plugins = []  # pytester comes from addopts (-p pytester)


def make_tree(pytester: pytest.Pytester, source: str, *names: str, section: str = "ch4") -> Path:
    """Copy exercises (``source`` = "exercises" or "solutions") of ``section`` into pytester's dir."""
    tree = pytester.path / "course" / section
    tree.mkdir(parents=True)
    (tree.parent / "__init__.py").touch()
    (tree / "__init__.py").touch()
    for name in names:
        shutil.copy(ROOT / source / section / f"{name}.py", tree / f"{name}.py")
    return tree


def write_answer(pytester: pytest.Pytester, body: str) -> Path:
    tree = make_tree(pytester, "exercises")
    path = tree / "list_threads.py"
    path.write_text("import os\n\n\ndef list_threads(pid):\n" + body)
    return path


def test_an_untouched_stub_is_todo_with_its_hints_and_fails_the_run(pytester: pytest.Pytester) -> None:
    make_tree(pytester, "exercises", "list_threads")
    result = pytester.runpytest_subprocess("course", "--osdock-lang", "en")
    result.assert_outcomes(failed=0)
    assert result.ret == 1
    result.stdout.fnmatch_lines(["*osdock: still to do*", "ch4/list_threads · Threads of a process*",
                                 "*NotImplementedError*", "*hint: os.listdir*", "*0/1 · 0/2 pt*"])
    assert "Traceback" not in result.stdout.str()


def test_korean_comes_from_the_flag_and_from_lang(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(pytester, "exercises", "list_threads")
    result = pytester.runpytest_subprocess("course", "--osdock-lang", "ko")
    result.stdout.fnmatch_lines(["*osdock: 아직 할 일*", "*프로세스의 쓰레드 목록*", "*힌트*"])
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    result = pytester.runpytest_subprocess("course")
    result.stdout.fnmatch_lines(["*프로세스의 쓰레드 목록*"])


def test_a_reference_answer_passes_and_the_json_has_the_full_score(pytester: pytest.Pytester) -> None:
    make_tree(pytester, "solutions", "list_threads")
    result = pytester.runpytest_subprocess("course", "--osdock-json", "r.json")
    assert result.ret == 0
    data = json.loads((pytester.path / "r.json").read_text())
    assert data["score"] == data["max_score"] == 2
    assert data["sections"] == [{"id": "ch4", "title": "Process and thread", "passed": 1, "total": 1,
                                 "score": 2, "max_score": 2}]
    (test,) = data["tests"]
    assert test["name"] == "ch4/list_threads"
    assert (test["status"], test["outcome"], test["score"], test["max_score"]) == ("passed", "passed", 2, 2)
    assert isinstance(data["execution_time"], float)


def test_a_wrong_answer_shows_input_expected_got_and_hint_but_no_grader_traceback(
    pytester: pytest.Pytester,
) -> None:
    write_answer(pytester, "    return os.listdir(f'/proc/{pid}/task')\n")  # strings, unsorted
    result = pytester.runpytest_subprocess("course", "--osdock-lang", "en")
    assert result.ret == 1
    out = result.stdout.str()
    for label in ("what went wrong", "input", "expected", "got", "hint"):
        assert f"  {label}" in out
    assert "sandbox.py" not in out and "plugin.py" not in out and "checks/ch4.py" not in out


def test_tb_long_adds_the_grader_traceback_for_maintainers(pytester: pytest.Pytester) -> None:
    write_answer(pytester, "    return []\n")
    result = pytester.runpytest_subprocess("course", "--tb=long")
    assert "checks/ch4.py" in result.stdout.str()


def test_a_learner_exception_is_a_failure_with_the_learners_traceback(pytester: pytest.Pytester) -> None:
    write_answer(pytester, "    return {}[pid]\n")
    result = pytester.runpytest_subprocess("course", "--osdock-lang", "en")
    result.stdout.fnmatch_lines(["*raised KeyError*", "*list_threads.py*line 5, in list_threads*"])


def test_bad_option_values_are_usage_errors_that_name_the_option(pytester: pytest.Pytester) -> None:
    make_tree(pytester, "exercises", "list_threads")
    result = pytester.runpytest_subprocess("course", "--osdock-timeout", "0")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--osdock-timeout must be positive*"])
    pytester.makeini("[pytest]\nosdock_lang = fr\n")
    result = pytester.runpytest_subprocess("course")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*osdock_lang must be 'en' or 'ko'*"])


def test_files_that_are_not_catalog_exercises_are_left_alone(pytester: pytest.Pytester) -> None:
    tree = make_tree(pytester, "exercises")
    (tree / "helpers.py").write_text("raise SystemExit('must never be imported')\n")
    (pytester.path / "course" / "ch99").mkdir()
    (pytester.path / "course" / "ch99" / "list_threads.py").write_text("raise SystemExit(1)\n")
    result = pytester.runpytest_subprocess("course")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_the_report_lists_all_six_sections_and_the_next_exercise(pytester: pytest.Pytester) -> None:
    make_tree(pytester, "exercises", "list_threads")
    shutil.copytree(pytester.path / "course", pytester.path / "exercises")
    result = pytester.runpytest_subprocess("--osdock-report", "--osdock-lang", "en")
    out = result.stdout.str()
    for section in ("ch1", "ch2", "ch3", "ch4", "ch5", "ch6"):
        assert f"\n{section}  " in out
    result.stdout.fnmatch_lines(["*next: ch*", "*hint:*"])
    assert result.ret == 1


def test_a_check_can_show_the_hint_that_fits_its_failure(pytester: pytest.Pytester) -> None:
    tree = make_tree(pytester, "exercises")
    shutil.copy(ROOT / "tests/wrong/ch4/stop_process/sleeps_the_whole_grace.py", tree / "stop_process.py")
    result = pytester.runpytest_subprocess("course", "--osdock-lang", "en", "-k", "honours_sigterm")
    result.stdout.fnmatch_lines(["*hint*: loop until a deadline*"])
