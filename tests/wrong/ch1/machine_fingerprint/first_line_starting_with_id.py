"""Takes the first line that starts with ID or VERSION, so ID_LIKE or VERSION can win."""

import os
import platform
import sys

REJECTED_BY: tuple[str, ...] = ("reads_id_and_version_id_from_a_random_os_release",)


def _os_name():
    try:
        with open("/etc/os-release") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return "unknown"
    os_id = next(line for line in lines if line.startswith("ID")).split("=", 1)[1].strip("\"'")
    version = next(line for line in lines if line.startswith("VERSION")).split("=", 1)[1].strip("\"'")
    return f"{os_id} {version}"


def machine_fingerprint():
    uname = os.uname()
    return {
        "kernel": uname.release,
        "arch": uname.machine,
        "os": _os_name(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
