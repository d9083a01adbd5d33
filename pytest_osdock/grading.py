"""Grading student forks: a hardened launcher, the fingerprint of what was graded, CI outputs.

``osdock-grade PATH`` grades the course tree at PATH with the grader that is *installed*, never
with anything the fork carries.  What a student controls is every file in the fork; so the
launcher runs pytest with

- an empty ini file of its own (``-c``): the fork's ``pytest.ini``/``pyproject.toml``/``tox.ini``/
  ``setup.cfg`` settings and ``addopts`` are never read;
- ``--noconftest``: no ``conftest.py`` of the fork is imported;
- plugin autoloading off and ``PYTEST_ADDOPTS``/``PYTEST_PLUGINS`` removed: only osdock runs;
- a check that ``pytest_osdock`` was imported from outside the fork (a fake package in the fork
  cannot shadow it: a console script does not put the working directory on ``sys.path``);
- a fixed seed, and hypothesis derandomised (always, see ``checks.HYPOTHESIS``).

Learner code still runs only in sandbox children (``sandbox.py``), and every process it starts
is killed before the grader writes its results, so nothing of the fork can touch the results.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import secrets
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pytest_osdock import __version__, catalog

SECTION_DIRS = tuple(s.id for s in catalog.SECTIONS)


# -- what was graded -----------------------------------------------------------------------


def graded_files(tree: Path, sections: Iterable[str] | None = None) -> list[Path]:
    """Every Python file of the chapters of ``tree``: the exercises and anything they import."""
    wanted = set(sections or SECTION_DIRS)
    found = [p for d in sorted(tree.iterdir()) if d.is_dir() and d.name in wanted for p in sorted(d.rglob("*.py"))]
    return [p for p in found if "__pycache__" not in p.parts]


def fingerprint(tree: Path, sections: Iterable[str] | None = None) -> dict[str, Any]:
    """SHA-256 of each graded file (by its path in the tree) and one digest over all of them."""
    files = {p.relative_to(tree).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in graded_files(tree, sections)}
    digest = hashlib.sha256("".join(f"{h}  {name}\n" for name, h in sorted(files.items())).encode()).hexdigest()
    return {"algorithm": "sha256", "digest": digest, "files": files}


def verify(results: Path, tree: Path) -> list[str]:
    """The differences between the fingerprint recorded in ``results`` and ``tree`` now."""
    recorded = json.loads(results.read_text())["fingerprint"]
    sections = sorted({name.split("/", 1)[0] for name in recorded["files"]})
    now = fingerprint(tree, sections)
    problems = [f"changed: {n}" for n in sorted(recorded["files"])
                if now["files"].get(n, recorded["files"][n]) != recorded["files"][n]]
    problems += [f"missing: {n}" for n in sorted(set(recorded["files"]) - set(now["files"]))]
    problems += [f"added: {n}" for n in sorted(set(now["files"]) - set(recorded["files"]))]
    return problems


def grader_digest() -> str:
    """SHA-256 over the grader's own installed files: a tripwire for learner code that rewrites
    them (a module imported after it ran would otherwise be the learner's)."""
    import pytest_osdock

    here = Path(pytest_osdock.__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(p for p in here.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def verify_fingerprint(recorded: dict[str, Any]) -> list[str]:
    """What changed in the tree since ``recorded`` was taken (the same run, before grading)."""
    tree = Path(recorded["tree"])
    sections = {name.split("/", 1)[0] for name in recorded["files"]}
    now = fingerprint(tree, sections)["files"]
    return sorted({*recorded["files"], *now} - {n for n in now if recorded["files"].get(n) == now[n]})


def find_tree(path: Path) -> Path:
    """The course tree at ``path``: the folder itself, or its ``exercises/``."""
    for candidate in (path, path / "exercises"):
        if candidate.is_dir() and any((candidate / s).is_dir() for s in SECTION_DIRS):
            return candidate.resolve()
    raise SystemExit(f"osdock-grade: {path} holds no course tree (no ch1 … ch6 folders, nor exercises/ with them)")


# -- GitHub Actions --------------------------------------------------------------------------


def points_line(data: dict[str, Any]) -> str:
    """GitHub Classroom's points annotation, as its autograding reporter emits it."""
    return f"::notice title=Autograding complete::Points {data['score']}/{data['max_score']}"


def step_summary(data: dict[str, Any]) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: per-section table, then what did not pass.

    Learner text (messages quote learner output) goes inside HTML-escaped ``<pre>`` blocks so
    that it cannot add Markdown of its own.
    """
    lines = [f"## osdock: {data['score']}/{data['max_score']} points", "",
             "| section | passed | points |", "|---|---|---|"]
    lines += [f"| {s['id']} {html.escape(s['title'])} | {s['passed']}/{s['total']} | {s['score']}/{s['max_score']} |"
              for s in data["sections"]]
    failing = [t for t in data["tests"] if t["outcome"] != "passed"]
    if failing:
        lines += ["", "### Not passed yet", ""]
        for t in failing:
            lines.append(f"<details><summary>{html.escape(t['name'])}: {t['outcome']}</summary>")
            lines.append(f"<pre>{html.escape(t['output'])}</pre></details>")
    grader = data.get("grader", {})
    if grader:
        lines += ["", f"Graded by {grader.get('name')} {grader.get('version')};"
                      f" fingerprint `{data.get('fingerprint', {}).get('digest', '?')}`."]
    return "\n".join(lines) + "\n"


def stop_commands_token() -> str:
    return secrets.token_hex(16)


# -- the launcher ------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="osdock-grade",
        description="Grade a student's course tree with the installed osdock grader, ignoring every"
                    " pytest setting, conftest and plugin the tree carries.",
    )
    parser.add_argument("path", type=Path, help="a fork's checkout (with exercises/) or a course tree")
    parser.add_argument("--json", type=Path, default=Path("osdock-results.json"),
                        help="where to write the results (default: ./osdock-results.json)")
    parser.add_argument("--junitxml", type=Path, default=None, help="also write JUnit XML here")
    parser.add_argument("--lang", choices=("en", "ko"), default="en", help="language of the feedback")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per learner call")
    parser.add_argument("--verify", type=Path, metavar="RESULTS", default=None,
                        help="do not grade: check that PATH still holds what RESULTS graded")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    tree = find_tree(args.path)
    if args.verify is not None:
        problems = verify(args.verify, tree)
        for problem in problems:
            print(problem)
        print("fingerprint matches" if not problems else f"{len(problems)} file(s) differ from what was graded")
        return 0 if not problems else 1

    import pytest

    import pytest_osdock

    here = Path(pytest_osdock.__file__).resolve().parent
    if here.is_relative_to(args.path.resolve()):
        print(f"osdock-grade: refusing to grade with the grader inside the graded tree ({here})", file=sys.stderr)
        return 2
    results = args.json.resolve()
    # A results file left from before (or planted by the fork) must never pass for this run's.
    results.unlink(missing_ok=True)
    for var in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS"):
        os.environ.pop(var, None)
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    # -c /dev/null: an empty ini of our own, so no file of the fork configures pytest (and a
    # killed grader leaves no temporary file behind).
    pytest_args = [
        str(tree), "-c", os.devnull, "--rootdir", str(tree), "--noconftest",
        "-p", "pytest_osdock.plugin", "-p", "no:cacheprovider",
        "--osdock-grading", "--osdock-json", str(results), "--osdock-lang", args.lang,
        "--osdock-timeout", str(args.timeout), "--osdock-seed", "0", "-q", "--tb=short",
    ]
    if args.junitxml is not None:
        pytest_args += ["--junitxml", str(args.junitxml.resolve())]
    code = pytest.main(pytest_args)
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        results.unlink(missing_ok=True)  # an interrupted grading has no score, not a partial one
        print(f"osdock-grade: grading did not complete (pytest exit code {int(code)}); no results written",
              file=sys.stderr)
        return 2
    # Grading is done when results exist; a failing exercise is the student's score, not an error.
    return 0 if results.exists() else 2


def grader_info() -> dict[str, str]:
    return {"name": "pytest-osdock", "version": __version__}


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
