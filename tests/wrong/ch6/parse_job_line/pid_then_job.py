"""Returns (pid, job) instead of (job, pid)."""

from __future__ import annotations

import re

REJECTED_BY: tuple[str, ...] = (
    "reads_the_job_lines_bash_prints_for_background_programs",
    "reads_any_job_number_and_pid",
)


def parse_job_line(line: str) -> tuple[int, int]:
    match = re.fullmatch(r"\[([0-9]+)\] ([0-9]+)", line.strip())
    if match is None:
        raise ValueError(line)
    return int(match[2]), int(match[1])
