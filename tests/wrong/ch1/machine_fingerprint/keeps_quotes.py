"""Keeps the quotes around os-release values (VERSION_ID="12" gives 'debian "12"')."""

import os
import platform
import sys

REJECTED_BY: tuple[str, ...] = ("matches_uname_os_release_python_and_cpu_count_while_pinned_to_one_cpu", "reads_id_and_version_id_from_a_random_os_release")


def _os_name():
    try:
        with open("/etc/os-release") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return "unknown"
    fields = dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
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
