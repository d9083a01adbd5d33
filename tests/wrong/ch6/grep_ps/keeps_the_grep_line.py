"""Keeps every line whose command contains the word, grep's own line included."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = (
    "finds_the_background_loop_in_real_ps_output_and_nothing_after_kill_9",
    "looks_for_the_word_in_the_command_only",
)


def grep_ps(ps_output: str, word: str) -> list[int]:
    pids = []
    for line in ps_output.splitlines():
        fields = line.split(None, 7)
        if len(fields) == 8 and fields[1].isdigit() and word in fields[7]:
            pids.append(int(fields[1]))
    return sorted(pids)
