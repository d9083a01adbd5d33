"""Grading without privilege, as the grading workflow does: the whole course passes as
``nobody`` where user namespaces are allowed, and chapter 6's namespace checks pass or skip
with a reason, never fail, where they are not.

The reference answers are graded as ``nobody`` (``setpriv``), where they create their namespaces
inside a user namespace, and then as ``nobody`` and as root under a seccomp filter that forbids
namespaces the way Docker's default profile does (no ``--privileged``), where the grader must
skip what it cannot run and say what to do, without blaming the learner.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pytest_osdock import catalog
from tests.conftest import ROOT

NOBODY = 65534
NAMESPACE_EXERCISES = ("make_namespace", "run_isolated")


@pytest.fixture
def world_readable_tree() -> Iterator[Path]:
    """A copy of solutions/ch6 that ``nobody`` can read and grade in (pytest's tmp_path is 0700)."""
    top = Path(tempfile.mkdtemp(prefix="osdock-ch6-unpriv-"))
    try:
        shutil.copytree(ROOT / "solutions" / "ch6", top / "course" / "ch6",
                        ignore=shutil.ignore_patterns("__pycache__"))
        (top / "course" / "__init__.py").touch()
        for path in [top, *top.rglob("*")]:
            os.chown(path, NOBODY, NOBODY)
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield top
    finally:
        shutil.rmtree(top, ignore_errors=True)


# Runs as root, then becomes what the test asks for: a private mount namespace in which the
# interpreter is reachable (it may live under a directory only root may enter, like /root/.pyenv:
# a world-readable tmpfs then covers that directory, with the interpreter's tree bound back into
# it), then the seccomp filter if asked, then nobody through setpriv, then the grader.
LAUNCHER = """
import ctypes, os, sys
base, as_nobody, forbid, argv = sys.argv[1], sys.argv[2] == "1", sys.argv[3] == "1", sys.argv[4:]
libc = ctypes.CDLL(None, use_errno=True)
libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_void_p]

def ok(result, what):
    if result != 0:
        raise OSError(ctypes.get_errno(), what)

closed = None
path = "/"
for part in base.strip("/").split("/"):
    path = os.path.join(path, part)
    if not os.stat(path).st_mode & 0o001:
        closed = path
        break
if closed is not None:
    ok(libc.unshare(0x00020000), "unshare")
    ok(libc.mount(None, b"/", None, 0x4000 | (1 << 18), None), "make-rprivate")
    hold = os.environ["TMPDIR"] + "/interpreter"
    os.mkdir(hold)
    ok(libc.mount(base.encode(), hold.encode(), None, 0x1000, None), "bind")  # MS_BIND
    ok(libc.mount(b"osdock", closed.encode(), b"tmpfs", 0, b"mode=0755"), "tmpfs")
    os.makedirs(base, mode=0o755)
    ok(libc.mount(hold.encode(), base.encode(), None, 0x2000, None), "move")  # MS_MOVE
if forbid:
    from pytest_osdock.checks.ch6 import _forbid_namespaces
    _forbid_namespaces()
if as_nobody:
    argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *argv]
os.execvp(argv[0], argv)
"""


def _grade(top: Path, *, as_nobody: bool, forbid: bool, what: str = "course/ch6",
           ) -> tuple[subprocess.CompletedProcess[str], dict]:
    out = top / "results.json"
    env = {**os.environ, "LANG": "C.UTF-8", "HOME": str(top), "TMPDIR": str(top)}
    grader = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--osdock-json", str(out), what]
    proc = subprocess.run(
        [sys.executable, "-c", LAUNCHER, sys.base_prefix, str(int(as_nobody)), str(int(forbid)), *grader],
        cwd=top, env=env, capture_output=True, text=True, timeout=300,
    )
    return proc, json.loads(out.read_text()) if out.exists() else {}


@pytest.fixture(autouse=True)
def _root_with_setpriv_only() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to become nobody; run the project's tests as root (sudo -E pytest) to cover this")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is missing")
    # The launcher makes the interpreter reachable for nobody; the grader itself and its venv
    # must be reachable already (a checkout under a mode-0700 directory such as mktemp -d's is not).
    import pytest_osdock

    for place in (Path(pytest_osdock.__file__).resolve().parent, Path(sys.prefix)):
        closed = next((d for d in (place, *place.parents) if not d.stat().st_mode & 0o001), None)
        if closed is not None:
            pytest.skip(f"nobody cannot reach {place} ({closed} is closed to others): clone and install"
                        " into a world-readable directory to cover grading without privilege")


def _checks(results: dict) -> dict[str, str]:
    return {f"{t['exercise']}::{c['name']}": c["outcome"] for t in results["tests"] for c in t["checks"]}


def test_as_nobody_with_user_namespaces_everything_passes_or_skips_with_a_reason(world_readable_tree: Path) -> None:
    proc, results = _grade(world_readable_tree, as_nobody=True, forbid=False)
    assert results, proc.stdout + proc.stderr
    checks = _checks(results)
    bad = {name: outcome for name, outcome in checks.items() if outcome not in ("passed", "skipped")}
    assert not bad, proc.stdout[-4000:]
    userns = subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                             "unshare", "--user", "--map-root-user", "true"], capture_output=True)
    if userns.returncode == 0:  # this machine lets nobody create user namespaces: nothing to skip
        assert set(checks.values()) == {"passed"}, proc.stdout[-4000:]
    else:
        reasons = " ".join(t["output"] for t in results["tests"])
        assert "sudo" in reasons, reasons


@pytest.mark.parametrize("as_nobody", [True, False], ids=["nobody", "root"])
def test_where_seccomp_forbids_namespaces_the_namespace_checks_skip_and_say_what_to_do(
    world_readable_tree: Path, as_nobody: bool,
) -> None:
    proc, results = _grade(world_readable_tree, as_nobody=as_nobody, forbid=True)
    assert results, proc.stdout + proc.stderr
    checks = _checks(results)
    bad = {name: outcome for name, outcome in checks.items() if outcome not in ("passed", "skipped")}
    assert not bad, proc.stdout[-4000:]
    for name, outcome in checks.items():
        exercise, check = name.split("::")
        if check.startswith("raises_permission_error") or check.startswith("rejects_other_kinds"):
            assert outcome == "passed", (name, proc.stdout[-4000:])  # these need no namespace
        elif exercise in NAMESPACE_EXERCISES:
            assert outcome == "skipped", (name, proc.stdout[-4000:])
    for exercise in ("parse_job_line", "grep_ps"):  # nothing to do with namespaces: graded as usual
        assert all(o == "passed" for n, o in checks.items() if n.startswith(exercise + "::"))
    assert results["score"] < results["max_score"]
    reasons = " ".join(t["output"] for t in results["tests"] if t["exercise"] in NAMESPACE_EXERCISES)
    assert "sudo -E pytest" in reasons and "--privileged" in reasons, reasons
    assert proc.returncode == 0, proc.stdout[-4000:]  # skips are not failures


def test_the_whole_course_passes_as_nobody_where_user_namespaces_are_allowed() -> None:
    userns = subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                             "unshare", "--user", "--map-root-user", "true"], capture_output=True)
    if userns.returncode != 0:
        pytest.skip("nobody may not create user namespaces here (sysctl kernel.unprivileged_userns_clone,"
                    " or kernel.apparmor_restrict_unprivileged_userns=0)")
    top = Path(tempfile.mkdtemp(prefix="osdock-unpriv-"))
    try:
        shutil.copytree(ROOT / "solutions", top / "course", ignore=shutil.ignore_patterns("__pycache__"))
        for path in [top, *top.rglob("*")]:
            os.chown(path, NOBODY, NOBODY)
            path.chmod(0o755 if path.is_dir() else 0o644)
        proc, results = _grade(top, as_nobody=True, forbid=False, what="course")
    finally:
        shutil.rmtree(top, ignore_errors=True)
    assert results, proc.stdout + proc.stderr
    assert {t["outcome"] for t in results["tests"]} == {"passed"}, proc.stdout[-4000:]
    assert results["score"] == results["max_score"] == sum(
        ex.points for section in catalog.SECTIONS for ex in section.exercises)


def test_learner_code_cannot_write_into_the_output_of_an_unprivileged_grader() -> None:
    """The grader turns itself non-dumpable: its /proc/<pid>/fd are root's, so learner code of
    the same user cannot open the grader's stdout to print a points line of its own."""
    marker = "INJECTED-7f3a"
    top = Path(tempfile.mkdtemp(prefix="osdock-unpriv-"))
    try:
        tree = top / "fork" / "exercises" / "ch1"
        shutil.copytree(ROOT / "solutions" / "ch1", tree, ignore=shutil.ignore_patterns("__pycache__"))
        target = tree / "servers_needed.py"
        target.write_text(target.read_text() + f"""

_honest = servers_needed


def servers_needed(*args, **kwargs):
    import os
    # Past its own process and its sandbox parent, which hold its result pipe (writing there
    # would only spoil its own answer): everything further up is the grader and its callers.
    with open(f"/proc/{{os.getppid()}}/status") as f:
        pid = int(next(line for line in f if line.startswith("PPid:")).split()[1])
    while pid > 1:
        try:
            fds = os.listdir(f"/proc/{{pid}}/fd")  # pytest keeps the real stdout on a dup'd fd
        except OSError:
            fds = []
        for fd in fds:
            try:
                if os.readlink(f"/proc/{{pid}}/fd/{{fd}}").startswith("pipe:"):
                    with open(f"/proc/{{pid}}/fd/{{fd}}", "w") as out:
                        out.write("\\n::notice title=Autograding complete::Points 100/100 {marker}\\n")
            except OSError:
                pass
        with open(f"/proc/{{pid}}/status") as f:
            pid = int(next(line for line in f if line.startswith("PPid:")).split()[1])
    return _honest(*args, **kwargs)
""")
        for path in [top, *top.rglob("*")]:
            os.chown(path, NOBODY, NOBODY)
            path.chmod(0o755 if path.is_dir() else 0o644)
        env = {**os.environ, "LANG": "C.UTF-8", "HOME": str(top), "TMPDIR": str(top), "GITHUB_ACTIONS": "true"}
        grader = [sys.executable, "-m", "pytest_osdock.grading", str(top / "fork"), "--json", str(top / "r.json")]
        # Through `| cat` run as nobody, so that the grader's output is a pipe nobody owns, as
        # the runner user owns the pipe to the CI log.
        piped = ["sh", "-c", '"$@" 2>&1 | cat', "sh", *grader]
        proc = subprocess.run([sys.executable, "-c", LAUNCHER, sys.base_prefix, "1", "0", *piped],
                              cwd=top, env=env, capture_output=True, text=True, timeout=300)
        results = json.loads((top / "r.json").read_text())
    finally:
        shutil.rmtree(top, ignore_errors=True)
    assert marker not in proc.stdout + proc.stderr
    honest = {t["name"]: t["score"] == t["max_score"] for t in results["tests"]}
    assert all(honest.values()), proc.stdout[-3000:]  # the wrapped answer is right: full points
