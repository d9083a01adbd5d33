"""A process of a chosen shape: threads, name (comm), SIGTERM behaviour, a zombie child.

    process.py [--threads N] [--comm NAME] [--term ignore|exit-after:SECONDS] [--zombie] [words...]

Prints {"pid", "tids", "comm", "zombie"} once ready, then answers commands on stdin
("ping" -> {"pong": true}), and exits at end-of-file on stdin.  Extra words only sit in argv,
for checks that look for a command line.
"""

import ctypes
import json
import os
import signal
import sys
import threading
import time

PR_SET_NAME = 15  # prctl(2): sets /proc/self/comm (at most 15 bytes)


def main(argv):
    threads, comm, term, zombie = 1, None, None, False
    args = iter(argv)
    for arg in args:
        if arg == "--threads":
            threads = int(next(args))
        elif arg == "--comm":
            comm = next(args)
        elif arg == "--term":
            term = next(args)
        elif arg == "--zombie":
            zombie = True
    if comm is not None:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_NAME, comm.encode(), 0, 0, 0)
    if term == "ignore":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    elif term and term.startswith("exit-after:"):
        delay = float(term.partition(":")[2])

        def leave(signum, frame):
            time.sleep(delay)
            os._exit(0)

        signal.signal(signal.SIGTERM, leave)
    child = None
    if zombie:
        child = os.fork()
        if child == 0:
            os._exit(0)
        # Wait until the child really is a zombie: exit is asynchronous to the parent.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with open(f"/proc/{child}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    break
            time.sleep(0.001)
    stop = threading.Event()
    started = []
    for _ in range(threads - 1):
        ready = threading.Event()

        def run(ready=ready):
            started.append(threading.get_native_id())
            ready.set()
            stop.wait()

        threading.Thread(target=run, daemon=True).start()
        ready.wait()
    with open("/proc/self/comm") as f:
        real_comm = f.read().rstrip("\n")
    tids = sorted([threading.get_native_id(), *started])
    print(json.dumps({"pid": os.getpid(), "tids": tids, "comm": real_comm, "zombie": child}), flush=True)
    for line in sys.stdin:
        if line.strip() == "ping":
            print(json.dumps({"pong": True}), flush=True)
    stop.set()


if __name__ == "__main__":
    main(sys.argv[1:])
