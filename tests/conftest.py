"""Shared helpers of the project's own tests: grade a course tree in a separate pytest process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Graded:
    returncode: int
    output: str
    results: dict[str, Any]

    def outcome(self, exercise_id: str) -> str:
        return self.test(exercise_id)["outcome"]

    def test(self, exercise_id: str) -> dict[str, Any]:
        return next(t for t in self.results["tests"] if t["name"] == exercise_id)

    def check_outcomes(self, exercise_id: str) -> dict[str, str]:
        return {c["name"]: c["outcome"] for c in self.test(exercise_id)["checks"]}


def run_grader(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600) -> Graded:
    """Run ``pytest <args> --osdock-json`` in a fresh process, the way a learner would."""
    out = cwd / "osdock-results.json"
    out.unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--osdock-json", str(out), *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "LANG": "C.UTF-8", **(env or {})},
    )
    results = json.loads(out.read_text()) if out.exists() else {}
    return Graded(proc.returncode, proc.stdout + proc.stderr, results)


def course_tree(tmp_path: Path, section: str, source: Path | None = None) -> Path:
    """A copy of ``solutions/<section>`` (or ``source``) as a course tree under ``tmp_path``."""
    tree = tmp_path / "course"
    shutil.copytree(source or ROOT / "solutions" / section, tree / section,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tree / "__init__.py").touch()
    return tree


@pytest.fixture
def grade(tmp_path: Path) -> Any:
    def run(*args: str, env: dict[str, str] | None = None) -> Graded:
        return run_grader(*args, cwd=tmp_path, env=env)

    return run
