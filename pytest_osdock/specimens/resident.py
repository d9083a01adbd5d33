"""A process whose resident memory the checks move on command.

    resident.py

Prints {"pid", "page"} once ready, then answers each command on stdin with one JSON line:

    reserve N -> map N MiB of anonymous memory and never touch it (virtual size grows, RSS not)
    touch N   -> map N MiB and write one byte in every page (RSS grows by N MiB)
    free      -> unmap every touched block (RSS falls back; the high-water mark VmHWM stays)
    ping      -> nothing changes

Each answer is {"ok": true}; the check measures the process from outside.  Exits at end-of-file
on stdin.  The kernel gives a page real RAM only when it is first touched, hence the writes.
"""

import json
import mmap
import os
import sys

MIB = 1 << 20


def main():
    page = mmap.PAGESIZE
    reserved, touched = [], []
    print(json.dumps({"pid": os.getpid(), "page": page}), flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "reserve":
            reserved.append(mmap.mmap(-1, int(words[1]) * MIB))
        elif words[0] == "touch":
            block = mmap.mmap(-1, int(words[1]) * MIB)
            for offset in range(0, len(block), page):
                block[offset] = 1
            touched.append(block)
        elif words[0] == "free":
            for block in touched:
                block.close()  # munmap(2): the pages go back to the kernel at once
            touched.clear()
        print(json.dumps({"ok": True}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
