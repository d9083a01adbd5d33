"""Name, state, parent and thread count of a process, from /proc/<pid>/stat (reference answer)."""

from __future__ import annotations


def _read_stat(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read()
    except FileNotFoundError:
        # Gone, or gone between our lookups: the same thing to the caller.
        raise ProcessLookupError(pid) from None
    except ProcessLookupError:
        raise
    except OSError as exc:
        if exc.errno == 3:  # ESRCH: the process exited while we were reading
            raise ProcessLookupError(pid) from None
        raise


def process_status(pid: int) -> dict[str, object]:
    if not isinstance(pid, int) or isinstance(pid, bool):
        raise TypeError(f"pid must be an int, not {type(pid).__name__}")
    raw = _read_stat(pid)
    # The name (comm) may itself contain spaces and ")", so it ends at the LAST ")" (proc(5)).
    name = raw[raw.index("(") + 1 : raw.rindex(")")]
    rest = raw[raw.rindex(")") + 2 :].split()
    # After the name: state(3) ppid(4) ... num_threads(20); rest[0] is field 3.
    return {"name": name, "state": rest[0], "ppid": int(rest[1]), "threads": int(rest[17])}
