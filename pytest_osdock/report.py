"""What a learner or an instructor reads: failure messages, progress tables, JSON results.

Results are gathered per check (one pytest item) and folded per exercise: an exercise scores its
points only when every one of its checks passes.  Nothing here touches the machine or the sandbox.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pytest_osdock import catalog
from pytest_osdock.catalog import Text

T = Text
# Worst first: an exercise's outcome is the worst outcome among its checks.
OUTCOMES = ("error", "failed", "todo", "skipped", "passed")

LABELS = {
    "why": T("what went wrong", "무엇이 틀렸나"),
    "input": T("input", "입력"),
    "expected": T("expected", "기대한 값"),
    "got": T("got", "받은 값"),
    "hint": T("hint", "힌트"),
    "printed": T("your code printed", "코드가 출력한 내용"),
    "traceback": T("your code's traceback", "코드의 traceback"),
    "todo": T("not done yet: the stub still raises NotImplementedError",
              "아직 안 했어요: 스텁이 여전히 NotImplementedError를 일으켜요"),
}
WORDS = {
    "passed": T("passed", "통과"),
    "failed": T("failed", "실패"),
    "todo": T("todo", "할 일"),
    "error": T("error", "오류"),
    "skipped": T("skipped", "건너뜀"),
    "missing": T("missing", "파일 없음"),
}


@dataclass
class CheckResult:
    name: str
    outcome: str
    message: str = ""


@dataclass
class ExerciseResult:
    exercise: catalog.Exercise
    file: str = ""
    checks: list[CheckResult] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        if not self.checks:
            return "todo"
        return min((c.outcome for c in self.checks), key=OUTCOMES.index)

    @property
    def score(self) -> int:
        return self.exercise.points if self.outcome == "passed" else 0

    def output(self) -> str:
        """The messages of the checks that did not pass, each once (a stub's todo is the same for all)."""
        messages = [c.message for c in self.checks if c.outcome != "passed" and c.message]
        return "\n\n".join(dict.fromkeys(messages))


def display_width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two (Unicode TR 11)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def indent(text: str, prefix: str = "    | ") -> str:
    """Quote text that came from learner code: every line gets a prefix.

    Beyond readability, the prefix means no line of learner output can start a line of our own
    output, so it cannot pose as a GitHub workflow command (``::notice::``) or a points line.
    """
    return "\n".join(prefix + line for line in text.rstrip("\n").splitlines())


def failure_message(
    lang: str,
    exercise: catalog.Exercise,
    check: str,
    *,
    why: Text,
    input: object = None,
    expected: object = None,
    got: object = None,
    details: str = "",
    printed: str = "",
    show_hint: bool = True,
    hint: Text | None = None,
) -> str:
    lines = [f"{exercise.id} · {exercise.title(lang)} · {check.replace('_', ' ')}"]
    width = max(display_width(LABELS[k](lang)) for k in ("why", "input", "expected", "got", "hint"))

    def row(key: str, value: object) -> None:
        text = value(lang) if isinstance(value, Text) else str(value)
        label = LABELS[key](lang)
        label += " " * (width - display_width(label))
        first, *rest = text.splitlines() or [""]
        lines.append(f"  {label} : {first}")
        lines.extend(f"  {' ' * width}   {r}" for r in rest)

    row("why", why(lang))
    if input is not None:
        row("input", input)
    if expected is not None:
        row("expected", expected)
    if got is not None:
        row("got", got)
    if show_hint and (hint is not None or exercise.hints):
        row("hint", (hint or exercise.hints[0])(lang))
    if details:
        lines.append(f"  {LABELS['traceback'](lang)}:")
        lines.append(indent(details))
    if printed:
        lines.append(f"  {LABELS['printed'](lang)}:")
        lines.append(indent(printed))
    return "\n".join(lines)


def todo_message(lang: str, exercise: catalog.Exercise, file: str = "") -> str:
    where = f"  ({file})" if file else ""
    lines = [f"{exercise.id} · {exercise.title(lang)}{where}", f"  {LABELS['todo'](lang)}"]
    lines += [f"  {LABELS['hint'](lang)}: {hint(lang)}" for hint in exercise.hints]
    return "\n".join(lines)


# -- progress ---------------------------------------------------------------------------------


def bar(done: int, total: int, width: int = 20) -> str:
    filled = round(width * done / total) if total else 0
    return "[" + "#" * filled + "-" * (width - filled) + "]"


def by_section(results: Iterable[ExerciseResult]) -> dict[str, list[ExerciseResult]]:
    grouped: dict[str, list[ExerciseResult]] = {}
    for r in results:
        grouped.setdefault(r.exercise.section, []).append(r)
    order = {ex.id: i for i, ex in enumerate(ex for s in catalog.SECTIONS for ex in s.exercises)}
    for rs in grouped.values():
        rs.sort(key=lambda r: order[r.exercise.id])
    return grouped


def progress_lines(lang: str, results: Iterable[ExerciseResult]) -> list[str]:
    """The compact block shown after every run: one line per section that ran."""
    lines = []
    for section in catalog.SECTIONS:
        rs = by_section(results).get(section.id)
        if not rs:
            continue
        passed = sum(r.outcome == "passed" for r in rs)
        score = sum(r.score for r in rs)
        max_score = sum(r.exercise.points for r in rs)
        counts = ", ".join(
            f"{n} {WORDS[o](lang)}" for o in OUTCOMES if (n := sum(r.outcome == o for r in rs))
        )
        lines.append(
            f"{section.id} {bar(passed, len(rs))} {passed}/{len(rs)} · {score}/{max_score} pt · "
            f"{section.title(lang)} ({counts})"
        )
    return lines


def course_table(lang: str, results: Iterable[ExerciseResult]) -> list[str]:
    """The whole course, every section and exercise, with the next exercise to do."""
    graded = {r.exercise.id: r for r in results}
    lines: list[str] = []
    next_up: catalog.Exercise | None = None
    total = max_total = 0
    for section in catalog.SECTIONS:
        if not section.exercises:
            lines.append(f"{section.id}  {section.title(lang)}: "
                         + T("no exercises yet", "아직 연습문제가 없어요")(lang))
            continue
        done = sum(graded[e.id].outcome == "passed" for e in section.exercises if e.id in graded)
        score = sum(graded[e.id].score for e in section.exercises if e.id in graded)
        max_score = sum(e.points for e in section.exercises)
        total += score
        max_total += max_score
        lines.append(f"{section.id}  {bar(done, len(section.exercises))} {done}/{len(section.exercises)}"
                     f" · {score}/{max_score} pt · {section.title(lang)}")
        for ex in section.exercises:
            outcome = graded[ex.id].outcome if ex.id in graded else "missing"
            mark = {"passed": "✓", "skipped": "~"}.get(outcome, "·")
            lines.append(f"      {mark} {ex.name:<22} {WORDS[outcome](lang):<8} {ex.points} pt  {ex.title(lang)}")
            if next_up is None and outcome not in ("passed", "skipped"):
                next_up = ex
    lines.append(f"{T('total', '합계')(lang)}: {total}/{max_total} pt")
    if next_up is not None:
        lines.append(T("next", "다음")(lang) + f": {next_up.id} — {next_up.title(lang)}")
        if next_up.hints:
            lines.append(f"  {LABELS['hint'](lang)}: {next_up.hints[0](lang)}")
    else:
        lines.append(T("every exercise passes: well done!", "모든 연습문제를 통과했어요. 잘했어요!")(lang))
    return lines


# -- machine-readable results --------------------------------------------------------------


def results_json(lang: str, results: Iterable[ExerciseResult], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Our results, also valid as a Gradescope ``results.json`` (score, max_score, tests[])."""
    grouped = by_section(results)
    sections = []
    tests = []
    for section in catalog.SECTIONS:
        rs = grouped.get(section.id)
        if not rs:
            continue
        sections.append({
            "id": section.id,
            "title": section.title(lang),
            "passed": sum(r.outcome == "passed" for r in rs),
            "total": len(rs),
            "score": sum(r.score for r in rs),
            "max_score": sum(r.exercise.points for r in rs),
        })
        for r in rs:
            tests.append({
                "name": r.exercise.id,
                "section": section.id,
                "exercise": r.exercise.name,
                "status": "passed" if r.outcome == "passed" else "failed",
                "outcome": r.outcome,
                "score": r.score,
                "max_score": r.exercise.points,
                "output": r.output(),
                "visibility": "visible",
                "checks": [{"name": c.name, "outcome": c.outcome} for c in r.checks],
            })
    data: dict[str, Any] = {
        "score": sum(s["score"] for s in sections),
        "max_score": sum(s["max_score"] for s in sections),
        "sections": sections,
        "tests": tests,
    }
    data.update(extra or {})
    return data


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def void(data: dict[str, Any], changed: list[str]) -> None:
    """Zero a grading whose files changed while it ran: the score would not belong to any code."""
    note = "graded files changed during grading: " + ", ".join(changed)
    data["score"] = 0
    data["tampered"] = changed
    for section in data["sections"]:
        section["score"] = 0
    for test in data["tests"]:
        test["score"] = 0
        test["status"] = "failed"
        test["output"] = (note + "\n\n" + test["output"]).strip()
