"""A process whose memory the checks know: addresses of known regions, a heap and mmap to grow.

    memory.py [--mapfile PATH --offset-pages K]

Prints, once ready, {"pid", "page", "anchors": {name: address}, "thread_stack": [lo, hi],
"tid", "mapfile": {...} or null}, then answers commands on stdin, one JSON line each:

    grow_heap N SIZE -> N malloc(SIZE) from the main thread (brk heap); {"free_before", "count"}
    map N            -> a private anonymous mmap of N bytes, kept; {"addr", "size"}
    ping             -> {"pong": true}

and exits at end-of-file on stdin.  With --mapfile, it creates PATH (which may contain spaces),
maps two pages of it shared and writable at file offset K pages, then deletes it, so that its
maps line ends in " (deleted)": "mapfile" is {"path", "addr", "size", "offset"}.

Why the order below matters: an anonymous mapping that starts exactly where a file's writable
mapping ends counts as that file's bss (the course's rule 6).  Linux places new mappings top-down,
each just below the lowest one, so a library loaded *after* an anonymous area can land right
under it and make it look like bss.  CPython's first object arenas are mapped at start-up, and
the first extension module loaded (``_ctypes`` here) lands right under them: on such a layout the
course's rules call those arenas "data".  So this specimen loads every library first, keeps its
thread alive (a thread's exit would dlopen libgcc_s), and only then fills fresh arenas and takes
the address of a new object there, which is what the "id(object()) is mmap" anchor is about.

It also makes, on purpose, the rule's near miss: an anonymous mapping right after a *read-only*
file mapping ("after_read_only_file", mmap by the rules), which real processes often have after a
locale file, but not always.
"""

import ctypes
import json
import mmap
import os
import sys
import threading

M_MMAP_THRESHOLD = -3  # <malloc.h>, mallopt(3)
MAP_FAILED = ctypes.c_void_p(-1).value
MAP_FIXED = 0x10  # <sys/mman.h> (the same on x86-64 and arm64); the mmap module does not export it
SMALL = 32
BIG = 8 << 20


_MALLINFO_FIELDS = ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                    "fordblks", "keepcost")


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in _MALLINFO_FIELDS]


class _MallInfo(ctypes.Structure):
    _fields_ = [(name, ctypes.c_int) for name in _MALLINFO_FIELDS]


libc = ctypes.CDLL(None, use_errno=True)
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.pthread_self.restype = ctypes.c_ulong
libc.pthread_getattr_np.argtypes = [ctypes.c_ulong, ctypes.c_void_p]
libc.pthread_attr_getstack.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p),
                                       ctypes.POINTER(ctypes.c_size_t)]
libc.pthread_attr_destroy.argtypes = [ctypes.c_void_p]
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]


def free_heap_bytes():
    """Free bytes in malloc's main arena (mallinfo2(3) fordblks): what new small blocks may reuse."""
    try:
        fn = libc.mallinfo2
        fn.restype = _MallInfo2
    except AttributeError:  # glibc < 2.33
        fn = libc.mallinfo
        fn.restype = _MallInfo
    return int(fn().fordblks)


def own_stack():
    """[lo, hi) of the calling thread's stack, from pthread_getattr_np(3) (guard page excluded)."""
    attr = ctypes.create_string_buffer(128)  # pthread_attr_t is 56 bytes on x86-64, 64 on arm64
    if libc.pthread_getattr_np(libc.pthread_self(), attr) != 0:
        raise OSError("pthread_getattr_np failed")
    addr, size = ctypes.c_void_p(), ctypes.c_size_t()
    libc.pthread_attr_getstack(attr, ctypes.byref(addr), ctypes.byref(size))
    libc.pthread_attr_destroy(attr)
    lo = addr.value or 0
    return [lo, lo + size.value]


def anonymous_after_read_only_file():
    """An anonymous mapping that starts right where a read-only file mapping ends.

    Like the anonymous memory that often follows a locale file: it looks like bss, but a
    read-only file has no writable data for it to be the bss of (the rule wants "w").  Made on
    purpose so that every specimen has one: reserve three anonymous pages, then map the first
    page of our own interpreter read-only over the first of them (MAP_FIXED, mmap(2)).
    """
    page = mmap.PAGESIZE
    prot_rw, prot_r = mmap.PROT_READ | mmap.PROT_WRITE, mmap.PROT_READ
    base = libc.mmap(None, 3 * page, prot_rw, mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS, -1, 0)
    fd = os.open(sys.executable, os.O_RDONLY)
    try:
        got = libc.mmap(base, page, prot_r, mmap.MAP_PRIVATE | MAP_FIXED, fd, 0)
    finally:
        os.close(fd)
    if MAP_FAILED in (base, got):
        raise OSError(ctypes.get_errno(), "mmap failed")
    return base + page


def map_file(path, offset_pages):
    page = mmap.PAGESIZE
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.ftruncate(fd, (offset_pages + 2) * page)
        m = mmap.mmap(fd, 2 * page, offset=offset_pages * page)
    finally:
        os.close(fd)
    os.unlink(path)  # the mapping keeps the file alive; /proc shows "<path> (deleted)"
    addr = ctypes.addressof(ctypes.c_char.from_buffer(m))
    return m, {"path": path, "addr": addr, "size": 2 * page, "offset": offset_pages * page}


def main(argv):
    mapfile, offset_pages = None, 0
    args = iter(argv)
    for arg in args:
        if arg == "--mapfile":
            mapfile = next(args)
        elif arg == "--offset-pages":
            offset_pages = int(next(args))

    # A fixed threshold: glibc otherwise raises it after a big block is freed (mallopt(3)), and
    # then an 8 MiB malloc could come from the heap instead of its own mmap.
    libc.mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    small = libc.malloc(SMALL)
    big = libc.malloc(BIG)

    ready, stop, stack = threading.Event(), threading.Event(), []

    def thread_main():
        stack.append(own_stack())
        stack.append(threading.get_native_id())
        ready.set()
        stop.wait()  # never returns while we run: a thread's exit would dlopen libgcc_s

    threading.Thread(target=thread_main, daemon=True).start()
    ready.wait()

    after_read_only = anonymous_after_read_only_file()

    environ = ctypes.c_void_p.in_dll(libc, "environ")
    env0 = ctypes.cast(environ.value, ctypes.POINTER(ctypes.c_void_p))[0] if environ.value else None
    if not env0:  # an empty environment: argv[0], also a string on the initial stack
        env0 = ctypes.c_void_p.in_dll(libc, "program_invocation_name").value

    keep = []  # everything here must stay alive (and mapped) as long as the specimen runs
    mapfile_info = None
    if mapfile is not None:
        mapped, mapfile_info = map_file(mapfile, offset_pages)
        keep.append(mapped)
    # Fill fresh arenas (1 MiB each in 3.11) after every library is loaded: see the docstring.
    keep.append([object() for _ in range(200_000)])
    obj = object()

    anchors = {
        "small_malloc": small,
        "big_malloc": big,
        "environ_string": env0,
        "printf": ctypes.cast(libc.printf, ctypes.c_void_p).value,
        "stdout_variable": ctypes.addressof(ctypes.c_void_p.in_dll(libc, "stdout")),
        "environ_variable": ctypes.addressof(environ),
        "none_object": id(None),
        "new_object": id(obj),
        "after_read_only_file": after_read_only,
    }
    print(json.dumps({
        "pid": os.getpid(), "page": mmap.PAGESIZE, "anchors": anchors, "thread_stack": stack[0],
        "tid": stack[1], "mapfile": mapfile_info,
    }), flush=True)

    blocks: list[int] = []
    maps: list[mmap.mmap] = []
    keep.extend((blocks, maps))
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "grow_heap":
            count, size = int(words[1]), int(words[2])
            free_before = free_heap_bytes()
            malloc = libc.malloc
            blocks.extend(malloc(size) for _ in range(count))
            reply = {"free_before": free_before, "count": count}
        elif words[0] == "map":
            # Private, like malloc's own mmaps.  mmap.mmap(-1, n) alone is MAP_SHARED: the kernel
            # backs that with a hidden shmem file, listed as "/dev/zero (deleted)": "data" by the rules.
            m = mmap.mmap(-1, int(words[1]), flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
            maps.append(m)
            reply = {"addr": ctypes.addressof(ctypes.c_char.from_buffer(m)), "size": len(m)}
        else:
            reply = {"pong": True}
        print(json.dumps(reply), flush=True)
    stop.set()
    os._exit(0)  # no interpreter teardown: nothing to flush, and it is faster


if __name__ == "__main__":
    main(sys.argv[1:])
