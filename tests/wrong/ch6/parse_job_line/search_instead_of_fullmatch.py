"""Uses re.search, so a job line with junk around it (a prompt, a third number) is accepted."""

from __future__ import annotations

import re

REJECTED_BY: tuple[str, ...] = ("rejects_lines_that_are_not_job_lines",)


def parse_job_line(line: str) -> tuple[int, int]:
    match = re.search(r"\[(\d+)\] (\d+)", line)
    if match is None:
        raise ValueError(line)
    return int(match[1]), int(match[2])
