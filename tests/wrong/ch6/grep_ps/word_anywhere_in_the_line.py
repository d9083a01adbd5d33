"""Matches the word anywhere in the line, so a user name or a PID that contains it counts too."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = ("looks_for_the_word_in_the_command_only",)


def grep_ps(ps_output: str, word: str) -> list[int]:
    pids = []
    for line in ps_output.splitlines():
        fields = line.split(None, 7)
        if len(fields) < 8 or not fields[1].isdigit() or word not in line:
            continue
        if fields[7].split()[0].endswith("grep"):
            continue
        pids.append(int(fields[1]))
    return sorted(pids)
