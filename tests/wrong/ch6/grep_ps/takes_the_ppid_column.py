"""Takes the third column, the parent's PID (PPID), instead of the second."""

from __future__ import annotations

REJECTED_BY: tuple[str, ...] = (
    "finds_the_background_loop_in_real_ps_output_and_nothing_after_kill_9",
    "looks_for_the_word_in_the_command_only",
)


def grep_ps(ps_output: str, word: str) -> list[int]:
    pids = []
    for line in ps_output.splitlines():
        fields = line.split(None, 7)
        if len(fields) == 8 and fields[2].isdigit() and word in fields[7]:
            if fields[7].split()[0].endswith("grep"):
                continue
            pids.append(int(fields[2]))
    return sorted(pids)
