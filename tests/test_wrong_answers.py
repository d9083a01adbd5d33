"""Every hidden check rejects at least one plausible wrong answer kept in ``tests/wrong/``.

A wrong answer is ``tests/wrong/<section>/<exercise>/<mistake>.py``: a whole module with one
naive mistake, and ``REJECTED_BY``, the checks that must fail on it.  It is graded in a copy of
``solutions/<section>`` where it replaces the reference answer.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from pytest_osdock import checks
from tests.conftest import ROOT, course_tree, run_grader

WRONG = sorted((ROOT / "tests" / "wrong").glob("ch*/*/*.py"))


def rejected_by(path: Path) -> tuple[str, ...]:
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "REJECTED_BY" for t in targets):
                assert node.value is not None
                return tuple(ast.literal_eval(node.value))
    return ()


@pytest.mark.parametrize("wrong", WRONG, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem}")
def test_the_checks_a_wrong_answer_names_reject_it(wrong: Path, tmp_path: Path) -> None:
    section, exercise = wrong.parent.parent.name, wrong.parent.name
    names = rejected_by(wrong)
    assert names, f"{wrong.name} names no check in REJECTED_BY"
    tree = course_tree(tmp_path, section)
    shutil.copy(wrong, tree / section / f"{exercise}.py")
    graded = run_grader(str(tree / section / f"{exercise}.py"), cwd=tmp_path)
    outcomes = graded.check_outcomes(f"{section}/{exercise}")
    for name in names:
        assert outcomes.get(name) in ("failed", "error"), (
            f"{name} did not reject {wrong.name}: {outcomes.get(name)}\n{graded.output[-3000:]}"
        )
    assert graded.outcome(f"{section}/{exercise}") in ("failed", "error")
    assert graded.returncode == 1


def test_every_check_rejects_at_least_one_wrong_answer() -> None:
    named = {(w.parent.parent.name, w.parent.name, n) for w in WRONG for n in rejected_by(w)}
    unproven = [
        f"{key}::{fn.__name__}"
        for key, fns in checks.all_checks().items()
        for fn in fns
        if (*key.split("/"), fn.__name__) not in named
    ]
    assert not unproven, "checks that no wrong answer in tests/wrong/ shows to be able to fail"
