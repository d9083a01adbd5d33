"""Splits on whitespace and strips the brackets if any, so '1 25514' passes for a job line."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("rejects_lines_that_are_not_job_lines",)


def parse_job_line(line: str) -> tuple[int, int]:
    parts = line.split()
    if len(parts) != 2:
        raise ValueError(line)
    return int(parts[0].strip("[]")), int(parts[1])
