"""Expects a one-digit job number, like the [1] of the example, so [12] 4711 is refused."""

from __future__ import annotations

import re

REJECTED_BY: tuple[str, ...] = ("reads_any_job_number_and_pid",)


def parse_job_line(line: str) -> tuple[int, int]:
    match = re.fullmatch(r"\[([0-9])\] ([0-9]+)", line.strip())
    if match is None:
        raise ValueError(line)
    return int(match[1]), int(match[2])
