"""Tiny programs the checks start as real processes, and the handle to drive them.

A specimen is ``pytest_osdock/specimens/<name>.py``, run with the grader's own interpreter in
isolated mode without site-packages (``-I -S``: standard library only, faster start).  Protocol:

- its first line on stdout is one JSON object, printed once it is ready (``spec.info``);
- after that it answers each line written to its stdin with one JSON line (``spec.ask``);
- it exits when its stdin reaches end-of-file (so a dead grader leaves no specimen behind).
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from pytest_osdock.sandbox import GraderError

HERE = Path(__file__).parent
READY_TIMEOUT = 10.0


class SpecimenError(GraderError):
    """A specimen did not start or did not answer: a grader problem, never the learner's."""


class Specimen:
    def __init__(self, name: str, *args: str, env: dict[str, str] | None = None) -> None:
        path = HERE / f"{name}.py"
        if not path.is_file():
            raise SpecimenError(f"no specimen named {name!r}")
        self.name = name
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-S", str(path), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            close_fds=True,
        )
        self.pid = self.proc.pid
        self._buf = b""
        self.info: Any = None

    def wait_ready(self) -> Specimen:
        self.info = self._read_json(READY_TIMEOUT)
        return self

    def ask(self, command: str, timeout: float = READY_TIMEOUT) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command.encode() + b"\n")
        self.proc.stdin.flush()
        return self._read_json(timeout)

    def _read_json(self, timeout: float) -> Any:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buf:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise SpecimenError(f"specimen {self.name} did not answer within {timeout:g} s")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise SpecimenError(f"specimen {self.name} exited early (status {self.proc.poll()})")
            self._buf += chunk
        line, _, self._buf = self._buf.partition(b"\n")
        return json.loads(line)

    def stop(self) -> None:
        """Kill the specimen and reap it; its own children are swept by the sandbox."""
        if self.proc.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except BrokenPipeError:
                    pass
