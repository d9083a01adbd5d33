"""Find your program in ``ps -ef | grep``.

``ps -ef`` lists every process, one per line, in eight columns::

    UID        PID  PPID  C STIME TTY          TIME CMD
    ubuntu   25514 25390 99 10:14 pts/0    00:01:03 python3 while_loop.py
    ubuntu   25522 25390  0 10:15 pts/0    00:00:00 grep --color=auto while_loop

and ``| grep while_loop`` keeps the lines that contain the word anywhere, which is why the
``grep`` itself shows up: its own command line contains the word it looks for.  The first seven
columns never contain spaces; the command (``CMD``, the program's arguments joined by spaces) is
everything after them and may contain spaces.  Only the command counts: a user called
``while_loop``, or a PID whose digits contain the word, must not make a line match.

Read: ``man 1 ps`` (``-e``, ``-f``), ``man 1 grep``.
"""

from __future__ import annotations


def grep_ps(ps_output: str, word: str) -> list[int]:
    """Return the sorted PIDs (column 2) of the lines of ``ps_output`` whose command contains ``word``.

    ``ps_output`` is the text of ``ps -ef`` or ``ps -ef | grep <word>`` (a header line may be
    there). Leave out grep's own line: the one whose command is ``grep`` looking for the word.
    """
    raise NotImplementedError
