"""Hidden checks of chapter 1: computer systems (scale up, scale out, and why Docker)."""

from __future__ import annotations

import math
import os
import platform
from fractions import Fraction
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_osdock import procfs
from pytest_osdock.checks import HYPOTHESIS, Ctx, T, check
from pytest_osdock.namespaces import CANNOT_MOUNT, PrivateMounts, can_mount_privately, mount_tmpfs

# -- machine_fingerprint --------------------------------------------------------------------

KEYS = ("kernel", "arch", "os", "python", "cpus")
SOURCES = {
    "kernel": T("the kernel release, `uname -r` (os.uname().release, not .version)",
                "커널 릴리스, 즉 `uname -r`이에요 (os.uname().version이 아니라 .release)"),
    "arch": T("the hardware name, `uname -m` (os.uname().machine)",
              "하드웨어 이름, 즉 `uname -m`이에요 (os.uname().machine)"),
    "os": T("\"<ID> <VERSION_ID>\" from /etc/os-release, quotes removed",
            "/etc/os-release의 \"<ID> <VERSION_ID>\"이고, 따옴표는 벗겨야 해요"),
    "python": T("the Python version as three numbers, like platform.python_version()",
                "platform.python_version()처럼 숫자 셋으로 된 파이썬 버전이에요"),
    "cpus": T("os.cpu_count(): the machine's CPUs, even when this process may use only one",
              "os.cpu_count(): 이 프로세스가 CPU 하나만 쓸 수 있어도 기계 전체의 CPU 수예요"),
}


def _expect_fingerprint_dict(ctx: Ctx, got: Any, shown: str) -> dict[str, Any]:
    ctx.expect(isinstance(got, dict) and set(got) == set(KEYS),
               T("a dict with exactly the keys kernel, arch, os, python and cpus",
                 "키가 정확히 kernel, arch, os, python, cpus인 dict여야 해요"),
               input=shown, expected=f"keys {sorted(KEYS)}", got=sorted(got) if isinstance(got, dict) else got)
    assert isinstance(got, dict)
    return got


@check("ch1", "machine_fingerprint")
def matches_uname_os_release_python_and_cpu_count_while_pinned_to_one_cpu(ctx: Ctx) -> None:
    """Every field against the grader's own reading of the same machine.

    The call runs with its CPU affinity cut to one CPU, so ``len(os.sched_getaffinity(0))`` is
    caught on a machine with several CPUs (on a one-CPU machine the two coincide).
    """
    uname = os.uname()
    want: dict[str, Any] = {
        "kernel": uname.release,
        "arch": uname.machine,
        "os": procfs.os_release_name(procfs.os_release_text()),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    cpu = ctx.rng.choice(sorted(os.sched_getaffinity(0)))
    shown = f"machine_fingerprint() pinned to CPU {cpu} of {os.cpu_count()}"
    got = _expect_fingerprint_dict(
        ctx, ctx.call_with(before=lambda: os.sched_setaffinity(0, {cpu})).value, shown)
    for key in KEYS:
        ctx.expect(got[key] == want[key] and type(got[key]) is type(want[key]), SOURCES[key],
                   input=f"{shown}: key {key!r}", expected=want[key], got=got[key])


def _fake_os_release(ctx: Ctx) -> tuple[str, str]:
    """A random os-release with the traps real ones have, and the name it must give."""
    os_id = "osd" + ctx.word(5)
    version = ctx.rng.choice([str(ctx.rng.randint(1, 40)), f"{ctx.rng.randint(1, 40)}.{ctx.rng.randint(0, 12):02d}"])
    codename = ctx.word(7)

    # os-release(5) allows double quotes, single quotes or none; single quotes always appear on
    # ID or VERSION_ID, and at least one of them is quoted.
    version_style, id_style = ctx.rng.choice([('"{}"', "'{}'"), ("'{}'", '"{}"'), ("'{}'", "{}")])

    def quoted(value: str) -> str:
        return ctx.rng.choice(["{}", '"{}"', "'{}'"]).format(value)

    # ID_LIKE comes before ID, VERSION before VERSION_ID and VERSION_CODENAME after it (as in
    # Ubuntu's file), so neither "first line that starts with ID" nor "last line that starts with
    # VERSION" finds the right key; a value holds "=" (split on the first one only).
    lines = [
        f"# os-release for {os_id}, see os-release(5)",
        f'PRETTY_NAME="Osdock {codename.title()} Linux {version}"',
        f'NAME="Osdock {codename.title()} Linux"',
        f"ID_LIKE={quoted('debian')}",
        f'VERSION="{version} ({codename})"',
        f"VERSION_ID={version_style.format(version)}",
        f"VERSION_CODENAME={codename}",
        "",
        f"ID={id_style.format(os_id)}",
        f'HOME_URL="https://osdock.example/?distro={os_id}"',
    ]
    return "\n".join(lines) + "\n", f"{os_id} {version}"


@check("ch1", "machine_fingerprint")
def reads_id_and_version_id_from_a_random_os_release(ctx: Ctx) -> None:
    """The call sees a random /etc/os-release (a tmpfs over /etc in its own mount namespace)."""
    if not can_mount_privately():
        ctx.skip(CANNOT_MOUNT)
    text, want = _fake_os_release(ctx)

    def setup() -> None:
        mount_tmpfs("/etc", "size=1m,mode=755")
        Path("/etc/os-release").write_text(text)

    mounts = PrivateMounts(setup)
    result = ctx.call_with(before=mounts.before, after=mounts.after)
    error, _ = result.after
    if error is not None:
        ctx.skip(CANNOT_MOUNT)
    shown = f"machine_fingerprint() on a machine whose /etc/os-release is:\n{text}"
    got = _expect_fingerprint_dict(ctx, result.value, shown)
    ctx.expect(got["os"] == want, T(
        "\"<ID> <VERSION_ID>\": split each line on its first '=', match the key exactly (ID_LIKE and"
        " VERSION_CODENAME are other keys) and remove double or single quotes",
        "\"<ID> <VERSION_ID>\"이에요. 줄마다 첫 '='에서 나누고, 키를 정확히 비교하고(ID_LIKE와"
        " VERSION_CODENAME은 다른 키예요), 큰따옴표나 작은따옴표를 벗겨야 해요"),
        input=shown, expected=want, got=got["os"])


@check("ch1", "machine_fingerprint")
def says_unknown_on_a_machine_without_os_release(ctx: Ctx) -> None:
    """The call sees an empty /etc (a tmpfs over it in its own mount namespace)."""
    if not can_mount_privately():
        ctx.skip(CANNOT_MOUNT)
    mounts = PrivateMounts(lambda: mount_tmpfs("/etc", "size=1m,mode=755"))
    result = ctx.call_with(before=mounts.before, after=mounts.after)
    error, _ = result.after
    if error is not None:
        ctx.skip(CANNOT_MOUNT)
    shown = "machine_fingerprint() on a machine without /etc/os-release"
    got = _expect_fingerprint_dict(ctx, result.value, shown)
    ctx.expect(got["os"] == "unknown", T("no /etc/os-release means \"unknown\"",
                                         "/etc/os-release가 없으면 \"unknown\"이에요"),
               input=shown, expected="unknown", got=got["os"])


# -- fingerprint_diff -----------------------------------------------------------------------

# Few keys and few values, so that random pairs share keys, share values and miss keys often.
_KEYS = st.sampled_from(["kernel", "arch", "os", "python", "cpus", "docker"])
_VALUES = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["6.1.0", "6.8.0", "x86_64", "debian 12"]))
_FINGERPRINTS = st.dictionaries(_KEYS, _VALUES, max_size=6)


def _diff(a: dict[str, Any], b: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """COURSE.md's definition: a missing key counts as None; equal values are left out."""
    return {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}


@check("ch1", "fingerprint_diff")
def pairs_exactly_the_keys_whose_values_differ(ctx: Ctx) -> None:
    @settings(HYPOTHESIS, max_examples=8)
    @given(_FINGERPRINTS, _FINGERPRINTS)
    @example({"kernel": "6.1.0", "os": "debian 12"}, {"kernel": "6.8.0", "os": "debian 12"})
    @example({"docker": None, "cpus": 2}, {"arch": "x86_64", "cpus": 2})
    @example({}, {"docker": "6.1.0"})
    def pairs(a: dict[str, Any], b: dict[str, Any]) -> None:
        want = _diff(a, b)
        got = ctx.call(dict(a), dict(b))
        ctx.expect(got == want and all(type(v) is tuple for v in got.values()), T(
            "every key of either side whose values differ (a missing key counts as None), mapped to the"
            " tuple (value in a, value in b); keys with equal values are left out",
            "양쪽 어디에든 있는 키 중 값이 다른 키마다 튜플 (a의 값, b의 값)을 줘야 해요(없는 키는"
            " None으로 쳐요). 값이 같은 키는 빼야 해요"),
            input=f"fingerprint_diff({a!r}, {b!r})", expected=want, got=got)

    pairs()


# -- servers_needed -------------------------------------------------------------------------


def _servers(peak_rps: int, rps_per_server: int, spares: int) -> int:
    """COURSE.md's formula, with an exact fraction instead of a float division."""
    return max(1, math.ceil(Fraction(peak_rps, rps_per_server))) + spares


SERVERS_WHY = T(
    "max(1, ceil(peak_rps / rps_per_server)) + spares, an int: enough servers to carry the peak even"
    " while `spares` of them are down, never fewer than one carrying, and no more than that",
    "max(1, ceil(peak_rps / rps_per_server)) + spares를 int로 돌려줘야 해요. 예비 서버 spares대가"
    " 꺼져도 최대 부하를 감당하고, 부하를 맡는 서버는 최소 한 대이며, 그보다 많으면 안 돼요",
)


@check("ch1", "servers_needed")
def gives_enough_servers_to_carry_the_peak_with_spares_down_and_no_more(ctx: Ctx) -> None:
    def expect(peak: int, per: int, spares: int | None) -> None:
        args = (peak, per) if spares is None else (peak, per, spares)
        want = _servers(peak, per, 1 if spares is None else spares)
        got = ctx.call(*args)
        shown = f"servers_needed({', '.join(map(str, args))})"
        ctx.expect(type(got) is int and got == want, SERVERS_WHY, input=shown, expected=want, got=got)

    per = ctx.rng.randint(2, 500)
    k = ctx.rng.randint(1, 20)
    # No traffic, an exact multiple, one request more, and the default of one spare.
    for peak, spares in ((0, 0), (0, 2), (k * per, 0), (k * per + 1, 0), (k * per - 1, 3), (k * per, None)):
        expect(peak, per, spares)

    @settings(HYPOTHESIS, max_examples=6)
    @given(st.integers(0, 10**7), st.integers(1, 10**4), st.integers(0, 5))
    def any_load(peak: int, per: int, spares: int) -> None:
        expect(peak, per, spares)

    any_load()


@check("ch1", "servers_needed")
def raises_value_error_for_impossible_inputs(ctx: Ctx) -> None:
    peak, per = ctx.rng.randint(1, 10**5), ctx.rng.randint(1, 1000)
    for args in ((peak, 0), (peak, -per), (-peak, per), (peak, per, -1)):
        ctx.raises(ValueError, *args)
