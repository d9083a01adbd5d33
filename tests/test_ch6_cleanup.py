"""After every chapter 6 item the host is as it was: no process, mount, hostname or segment left.

Chapter 6 is graded in a separate pytest process with a small probe plugin that writes, after each
item's teardown, what the grader can see: its own children (every namespace holder the learner
started is one of them, the grader being a child subreaper), the mount table, the hostname and
the System V shared-memory segments.  The grader runs under a wrapper that is a subreaper too, so
that anything which outlives the grader itself is caught as well.

Run on the reference answers, and on wrong answers that leak: a make_namespace that mounts a
tmpfs on the host before it unshares (the grader must report it and unmount it), and one whose
ipc namespace is the host's (the grader's own test segment then lands on the host: it must be
removed).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, course_tree

PROBE = '''
import json, os
from pathlib import Path

def _state():
    from pytest_osdock import procfs
    from pytest_osdock.sandbox import direct_children
    return {"children": direct_children(), "hostname": os.uname().nodename,
            "mounts": {str(k): list(v) for k, v in procfs.mounts().items()},
            "shm": sorted(procfs.sysv_shm())}

def _log(item):
    with open(os.environ["OSDOCK_CLEANUP_LOG"], "a") as f:
        f.write(json.dumps({"item": item, **_state()}) + "\\n")

def pytest_sessionstart(session):
    _log(None)

def pytest_runtest_logreport(report):
    if report.when == "teardown":
        _log(report.nodeid)
'''

WRAPPER = '''
import ctypes, json, os, signal, subprocess, sys
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: orphans of the grader come to us
rc = subprocess.call(sys.argv[2:])
left = []
for tid in os.listdir("/proc/self/task"):
    with open(f"/proc/self/task/{tid}/children") as f:
        left += [int(p) for p in f.read().split()]
described = []
for pid in left:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            described.append(f"{pid} {f.read().replace(bytes(1), b' ').decode(errors='replace')}")
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (OSError, ChildProcessError):
        pass
with open(sys.argv[1], "w") as f:
    json.dump({"rc": rc, "left": described}, f)
'''


def _grade_with_probe(tmp_path: Path, tree: Path) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
    (tmp_path / "osdock_cleanup_probe.py").write_text(PROBE)
    (tmp_path / "wrapper.py").write_text(WRAPPER)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    log, ended, results = tmp_path / "items.jsonl", tmp_path / "ended.json", tmp_path / "results.json"
    env = {**os.environ, "LANG": "C.UTF-8", "TMPDIR": str(tmpdir), "OSDOCK_CLEANUP_LOG": str(log),
           "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(
        [sys.executable, str(tmp_path / "wrapper.py"), str(ended),
         sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "osdock_cleanup_probe",
         "--osdock-json", str(results), str(tree / "ch6")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    output = proc.stdout + proc.stderr
    assert log.exists() and ended.exists() and results.exists(), output
    items = [json.loads(line) for line in log.read_text().splitlines()]
    wrapper = json.loads(ended.read_text())
    assert wrapper["left"] == [], f"processes outlived the grader: {wrapper['left']}\n{output}"
    _assert_every_item_left_the_host_clean(items, tmpdir, output)
    return json.loads(results.read_text()), items, output


def _assert_every_item_left_the_host_clean(items: list[dict[str, Any]], tmpdir: Path, output: str) -> None:
    start, rest = items[0], items[1:]
    assert start["item"] is None and rest, output
    ours = (str(tmpdir), "/proc")

    def watched(point: str) -> bool:  # other work on this machine may mount elsewhere meanwhile
        return any(point == root or point.startswith(root + "/") for root in ours)

    for item in rest:
        where = item["item"]
        assert item["children"] == [], f"{where} left processes behind: {item['children']}"
        assert item["hostname"] == start["hostname"], f"{where} renamed the host: {item['hostname']}"
        assert item["shm"] == start["shm"], f"{where} left System V shared memory: {item['shm']}"
        new = [m for mid, m in item["mounts"].items() if mid not in start["mounts"] and watched(m[0])]
        assert not new, f"{where} left mounts on the host: {new}"
        changed = [(m[0], start["mounts"][mid][2], m[2]) for mid, m in item["mounts"].items()
                   if mid in start["mounts"] and start["mounts"][mid][2] != m[2]]
        assert not changed, f"{where} changed the propagation of host mounts: {changed}"


@pytest.fixture(autouse=True)
def _needs_namespaces() -> None:
    probe = subprocess.run(["unshare", "--uts", "--ipc", "--net", "--mount", "--pid", "--fork", "true"],
                           capture_output=True)
    if os.geteuid() != 0 or probe.returncode != 0:
        pytest.skip("needs root with the right to create namespaces (sudo -E pytest, or Docker --privileged)")


def test_the_reference_answers_pass_and_leave_nothing_behind(tmp_path: Path) -> None:
    results, items, output = _grade_with_probe(tmp_path, course_tree(tmp_path, "ch6"))
    assert results["score"] == results["max_score"], output[-4000:]
    assert len(items) == 1 + sum(len(t["checks"]) for t in results["tests"])


def _wrong_tree(tmp_path: Path, mistake: str) -> Path:
    tree = course_tree(tmp_path, "ch6")
    shutil.copy(ROOT / "tests" / "wrong" / "ch6" / "make_namespace" / f"{mistake}.py",
                tree / "ch6" / "make_namespace.py")
    return tree


def test_a_tmpfs_leaked_onto_the_host_is_reported_and_unmounted(tmp_path: Path) -> None:
    results, _, output = _grade_with_probe(tmp_path, _wrong_tree(tmp_path, "mounts_before_unsharing"))
    test = next(t for t in results["tests"] if t["exercise"] == "make_namespace")
    outcomes = {c["name"]: c["outcome"] for c in test["checks"]}
    assert outcomes["a_mount_in_the_new_mnt_namespace_does_not_reach_the_host"] == "failed", output[-3000:]
    assert outcomes["each_kind_gets_a_fresh_namespace_and_shares_all_others"] == "failed", output[-3000:]
    assert "a tmpfs mount on " + str(tmp_path / "tmp") in test["output"], test["output"]
    assert "changed the host" in test["output"]


def test_a_segment_the_grader_made_in_the_hosts_ipc_namespace_is_removed(tmp_path: Path) -> None:
    results, _, output = _grade_with_probe(tmp_path, _wrong_tree(tmp_path, "uts_and_ipc_swapped"))
    test = next(t for t in results["tests"] if t["exercise"] == "make_namespace")
    outcomes = {c["name"]: c["outcome"] for c in test["checks"]}
    assert outcomes["shared_memory_made_in_the_new_ipc_namespace_is_invisible_outside"] == "failed", output[-3000:]
