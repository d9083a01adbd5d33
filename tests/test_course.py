"""The course keeps its contract: every exercise has a stub, a reference answer, lessons, hints
and checks; every check passes on ``solutions/`` and reports todo on ``exercises/``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pytest_osdock import catalog, checks
from tests.conftest import ROOT, run_grader

EXERCISES = [ex for section in catalog.SECTIONS for ex in section.exercises]
SECTIONS_WITH_EXERCISES = [s.id for s in catalog.SECTIONS if s.exercises]


def function_of(path: Path, name: str) -> ast.FunctionDef:
    tree = ast.parse(path.read_text())
    return next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_exercise_has_a_teaching_stub_a_solution_and_checks(exercise: catalog.Exercise) -> None:
    stub = ROOT / "exercises" / exercise.section / f"{exercise.name}.py"
    solution = ROOT / "solutions" / exercise.section / f"{exercise.name}.py"
    stub_fn = function_of(stub, exercise.name)
    solution_fn = function_of(solution, exercise.name)
    assert ast.get_docstring(ast.parse(stub.read_text())), "the stub module teaches in its docstring"
    assert ast.get_docstring(stub_fn), "the stub function documents its return shape and errors"
    body = [n for n in stub_fn.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    assert len(body) == 1 and isinstance(body[0], ast.Raise), "the stub's body is only `raise NotImplementedError`"
    assert ast.unparse(body[0]) in ("raise NotImplementedError", "raise NotImplementedError()")
    assert ast.unparse(stub_fn.args) == ast.unparse(solution_fn.args), "stub and solution share the signature"
    assert checks.checks_for(exercise), "every exercise has hidden checks"


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_exercise_teaches_in_english_and_korean(exercise: catalog.Exercise) -> None:
    for text in (exercise.title, exercise.lesson, *exercise.hints):
        assert text.en.strip() and text.ko.strip()
        assert any("\uac00" <= ch <= "\ud7a3" for ch in text.ko), f"not Korean: {text.ko!r}"
    assert exercise.hints, "at least one hint"
    assert 1 <= exercise.points <= 3


@pytest.mark.parametrize("section", SECTIONS_WITH_EXERCISES)
def test_every_chapter_has_its_lesson_in_both_languages(section: str) -> None:
    for name in ("README.md", "README.ko.md"):
        assert (ROOT / "exercises" / section / name).read_text().strip()


@pytest.mark.parametrize("section", SECTIONS_WITH_EXERCISES)
def test_every_check_passes_on_the_solutions(section: str, tmp_path: Path) -> None:
    graded = run_grader(str(ROOT / "solutions" / section), cwd=tmp_path)
    outcomes = {t["name"]: t["outcome"] for t in graded.results["tests"]}
    expected = {e.id for e in catalog.section(section).exercises}  # type: ignore[union-attr]
    assert set(outcomes) == expected
    bad = {name: o for name, o in outcomes.items() if o not in ("passed", "skipped")}
    assert not bad, graded.output[-4000:]
    assert graded.returncode == 0


@pytest.mark.parametrize("section", SECTIONS_WITH_EXERCISES)
def test_every_check_reports_todo_on_the_stubs(section: str, tmp_path: Path) -> None:
    graded = run_grader(str(ROOT / "exercises" / section), cwd=tmp_path)
    for test in graded.results["tests"]:
        assert {c["outcome"] for c in test["checks"]} <= {"todo", "skipped"}, (test["name"], test["checks"])
        assert test["outcome"] in ("todo", "skipped")
    assert graded.returncode == 1
