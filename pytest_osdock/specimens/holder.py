"""A process that holds things open on command: files, sockets, pipes, shared memory.

    holder.py

Prints {"pid"} once ready, then answers one JSON command per stdin line with one JSON line:

- {"open": PATH, "flags": "r"|"w"|"dir"} -> {"fd": N}     open a file (or a directory) and keep it
- {"socketpair": true}                     -> {"fds": [A, B]}
- {"pipe": true}                           -> {"fds": [R, W]}
- {"eventfd": true}                        -> {"fd": N}     an anon inode
- {"shm": NAME, "size": N}                 -> {"fd": N}     create the POSIX shared-memory segment
  /NAME (/dev/shm/NAME, shm_open(3) on Linux), fill it with random bytes and keep it mapped
- {"close": N}                             -> {"closed": N}

Everything stays open until the specimen exits at end-of-file on stdin.  It never removes what
it created: the check that asked for a file or a segment removes it.
"""

import json
import mmap
import os
import socket
import sys
from typing import Any

FLAGS = {"r": os.O_RDONLY, "w": os.O_WRONLY | os.O_CREAT, "dir": os.O_RDONLY | os.O_DIRECTORY}


def handle(command: dict[str, Any], kept: list[object]) -> dict[str, Any]:
    if "open" in command:
        fd = os.open(command["open"], FLAGS[command.get("flags", "r")], 0o600)
        return {"fd": fd}
    if "socketpair" in command:
        pair = socket.socketpair()
        kept.extend(pair)
        return {"fds": [s.fileno() for s in pair]}
    if "pipe" in command:
        return {"fds": list(os.pipe())}
    if "eventfd" in command:
        return {"fd": os.eventfd(0)}
    if "shm" in command:
        size = int(command["size"])
        fd = os.open("/dev/shm/" + command["shm"], os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        os.ftruncate(fd, size)
        view = mmap.mmap(fd, size)
        view[:] = os.urandom(size)
        kept.append(view)
        return {"fd": fd}
    if "close" in command:
        os.close(int(command["close"]))
        return {"closed": command["close"]}
    return {"error": "unknown command"}


def main() -> None:
    kept: list[object] = []  # objects whose descriptors must stay open (sockets, mappings)
    print(json.dumps({"pid": os.getpid()}), flush=True)
    for line in sys.stdin:
        try:
            answer = handle(json.loads(line), kept)
        except OSError as exc:
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
