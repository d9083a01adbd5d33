"""Splits on single spaces, but ps pads its columns with several, so the PID is not field 1."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = (
    "finds_the_background_loop_in_real_ps_output_and_nothing_after_kill_9",
    "looks_for_the_word_in_the_command_only",
)


def grep_ps(ps_output: str, word: str) -> list[int]:
    pids = []
    for line in ps_output.splitlines():
        fields = line.split(" ")
        if len(fields) < 8 or word not in line or "grep" in line:
            continue
        if fields[1].isdigit():
            pids.append(int(fields[1]))
    return sorted(pids)
