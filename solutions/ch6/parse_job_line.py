"""Read bash's job line (reference answer)."""

from __future__ import annotations

import re

# bash prints "[%d] %d" (jobs.c, describe_pid): job number in brackets, one space, the PID.
# [0-9], not \d: \d would also accept other scripts' digits such as "٣".
_JOB_LINE = re.compile(r"\[([1-9][0-9]*)\] ([1-9][0-9]*)")


def parse_job_line(line: str) -> tuple[int, int]:
    match = _JOB_LINE.fullmatch(line.strip())
    if match is None:
        raise ValueError(f"not a job line like '[1] 25514': {line!r}")
    return int(match[1]), int(match[2])
