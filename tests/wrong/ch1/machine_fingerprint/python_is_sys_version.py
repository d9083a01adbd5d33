"""Uses sys.version, which carries the build date and compiler after the version number."""

import os
import platform
import sys

REJECTED_BY: tuple[str, ...] = ("matches_uname_os_release_python_and_cpu_count_while_pinned_to_one_cpu",)


def _os_name():
    try:
        with open("/etc/os-release") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return "unknown"
    fields = {}
    for line in lines:
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            fields[key] = value.strip("\"'")
    return fields["ID"] + " " + fields["VERSION_ID"]


def machine_fingerprint():
    uname = os.uname()
    return {
        "kernel": uname.release,
        "arch": uname.machine,
        "os": _os_name(),
        "python": sys.version,
        "cpus": os.cpu_count(),
    }
