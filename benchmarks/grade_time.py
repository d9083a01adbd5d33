"""Grading-time benchmark: rerun it, quote its medians (the machine is shared and noisy).

    python benchmarks/grade_time.py [--runs 5] [--calls 200] [chapters...]

Measures, each as the median over --runs:
- the wall time of a bare `pytest` on one trivial test (the floor every run pays);
- the wall time of `pytest solutions/chN` for each chapter that has solutions;
- the sandbox's overhead per learner call (fork, import, call, result transfer, sweep), in a
  process that has pytest, hypothesis and psutil loaded, as the grader has.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wall(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def pytest_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]


def sandbox_overhead(calls: int) -> float:
    """Median milliseconds per call of a trivial learner function through the sandbox."""
    import hypothesis  # noqa: F401 - loaded to give the fork a grader-sized process
    import psutil  # noqa: F401
    import pytest  # noqa: F401

    from pytest_osdock.sandbox import Sandbox, become_subreaper

    become_subreaper()
    sandbox = Sandbox(timeout=10)
    tree = ROOT / "solutions"
    module = tree / "ch4" / "list_threads.py"
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        sandbox.call(module, tree, "list_threads", (os.getpid(),))
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("chapters", nargs="*")
    args = parser.parse_args()
    chapters = args.chapters or sorted(p.name for p in (ROOT / "solutions").glob("ch*") if p.is_dir())

    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "test_trivial.py").write_text("def test_trivial():\n    pass\n")
        bare = [wall(pytest_argv("test_trivial.py"), Path(tmp)) for _ in range(args.runs)]
    print(f"{'bare pytest, one trivial test':<34} median {statistics.median(bare):6.2f} s"
          f"   (runs: {', '.join(f'{t:.2f}' for t in bare)})")
    for chapter in chapters:
        times = [wall(pytest_argv(f"solutions/{chapter}"), ROOT) for _ in range(args.runs)]
        print(f"{'pytest solutions/' + chapter:<34} median {statistics.median(times):6.2f} s"
              f"   (runs: {', '.join(f'{t:.2f}' for t in times)})")
    print(f"{'sandbox overhead per call':<34} median {sandbox_overhead(args.calls):6.2f} ms"
          f"   ({args.calls} calls)")


if __name__ == "__main__":
    main()
