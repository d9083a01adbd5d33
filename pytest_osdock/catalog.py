"""The course: sections and exercises, with titles, lessons and hints in English and Korean.

This module is the single home of what the course *is*.  Checks (``checks/chN.py``) register
against the names here; the report and the collector read titles, hints and points from here.
Nothing in this module touches the machine.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A learner-facing sentence in both course languages."""

    en: str
    ko: str

    def __call__(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


@dataclass(frozen=True)
class Exercise:
    section: str
    name: str
    title: Text
    lesson: Text
    hints: tuple[Text, ...]
    points: int

    @property
    def id(self) -> str:
        return f"{self.section}/{self.name}"


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    exercises: tuple[Exercise, ...]

    @property
    def number(self) -> int:
        return int(self.id.removeprefix("ch"))


def _exercises(section: str, *entries: tuple[str, Text, Text, tuple[Text, ...], int]) -> tuple[Exercise, ...]:
    return tuple(
        Exercise(section, name, title, lesson, hints, points)
        for name, title, lesson, hints, points in entries
    )


T = Text

# --- ch1 ---------------------------------------------------------------------------------------
CH1 = _exercises("ch1")
# --- ch2 ---------------------------------------------------------------------------------------
CH2 = _exercises("ch2")
# --- ch3 ---------------------------------------------------------------------------------------
CH3 = _exercises("ch3")
# --- ch4 ---------------------------------------------------------------------------------------
CH4 = _exercises(
    "ch4",
    (
        "list_threads",
        T("Threads of a process", "프로세스의 쓰레드 목록"),
        T(
            "A process is the container of its threads: they share its memory and open files, and each"
            " one is a separate flow of execution with its own stack. The kernel lists every thread of"
            " process PID as a directory /proc/PID/task/TID; the main thread's TID equals the PID.",
            "프로세스는 쓰레드를 담는 컨테이너다. 쓰레드들은 프로세스의 메모리와 열린 파일을 함께 쓰고,"
            " 각자 자기 스택을 가진 별개의 실행 흐름이다. 커널은 프로세스 PID의 모든 쓰레드를"
            " /proc/PID/task/TID 디렉터리로 보여 준다. 메인 쓰레드의 TID는 PID와 같다.",
        ),
        (
            T("os.listdir(f\"/proc/{pid}/task\") gives the TIDs as strings: convert and sort them.",
              "os.listdir(f\"/proc/{pid}/task\")는 TID를 문자열로 준다. 정수로 바꾸고 정렬하자."),
            T("A process can exit while you read: turn FileNotFoundError into ProcessLookupError.",
              "읽는 도중 프로세스가 끝날 수 있다. FileNotFoundError를 ProcessLookupError로 바꾸자."),
        ),
        2,
    ),
)
# --- ch5 ---------------------------------------------------------------------------------------
CH5 = _exercises("ch5")
# --- ch6 ---------------------------------------------------------------------------------------
CH6 = _exercises("ch6")
# --- end of exercises --------------------------------------------------------------------------

SECTIONS: tuple[Section, ...] = (
    Section(
        "ch1",
        T("Computer systems: scale up, scale out, and why Docker", "컴퓨터 시스템: scale up, scale out, 그리고 Docker가 필요한 이유"),
        CH1,
    ),
    Section("ch2", T("The computer in the narrow sense: CPU and RAM", "좁은 의미의 컴퓨터: CPU와 RAM"), CH2),
    Section("ch3", T("The operating system: kernel, shell and services", "운영체제: 커널, 셸, 그리고 서비스"), CH3),
    Section("ch4", T("Process and thread", "Process와 Thread"), CH4),
    Section("ch5", T("Memory layout", "메모리 구조"), CH5),
    Section("ch6", T("Namespaces and the hands-on session", "Namespace와 실습"), CH6),
)

_BY_ID: dict[str, Exercise] = {ex.id: ex for section in SECTIONS for ex in section.exercises}


def section(section_id: str) -> Section | None:
    return next((s for s in SECTIONS if s.id == section_id), None)


def exercise(section_id: str, name: str) -> Exercise | None:
    return _BY_ID.get(f"{section_id}/{name}")
