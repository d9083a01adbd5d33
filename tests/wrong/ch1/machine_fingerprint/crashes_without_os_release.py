"""Never expects /etc/os-release to be missing: FileNotFoundError escapes."""

import os
import platform
import sys

REJECTED_BY: tuple[str, ...] = ("says_unknown_on_a_machine_without_os_release",)


def _os_name():
    with open("/etc/os-release") as f:
        lines = f.read().splitlines()
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
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
