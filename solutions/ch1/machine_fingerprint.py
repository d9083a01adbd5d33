"""What makes this server different from the next one? (reference answer)"""

from __future__ import annotations

import os
import platform

OS_RELEASE = "/etc/os-release"


def _unquote(value: str) -> str:
    # os-release(5): values are shell-style; quoting with "..." or '...' is optional unless the
    # value holds spaces or other special characters.  Inside double quotes, \ escapes $ " \ `.
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == '"':
        out: list[str] = []
        chars = iter(value[1:-1])
        for ch in chars:
            out.append(next(chars, "") if ch == "\\" else ch)
        return "".join(out)
    return value


def _os_name(path: str = OS_RELEASE) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return "unknown"
    fields: dict[str, str] = {}
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        # Split on the first "=": the key must match exactly (ID is not ID_LIKE).
        key, _, value = line.partition("=")
        fields[key.strip()] = _unquote(value.strip())
    # os-release(5): ID defaults to "linux"; VERSION_ID is optional (rolling releases).
    return " ".join(part for part in (fields.get("ID", "linux"), fields.get("VERSION_ID", "")) if part)


def machine_fingerprint() -> dict[str, str | int]:
    uname = os.uname()
    return {
        "kernel": uname.release,
        "arch": uname.machine,
        "os": _os_name(),
        "python": platform.python_version(),
        # os.cpu_count() counts the machine's online CPUs, not this process's affinity mask.
        "cpus": os.cpu_count() or 1,
    }
