"""Bounds (not a test): time and peak memory of every hostile case, and of `invite`.

Runs each case of `tests/hostile_corpus.py` as a press officer would (a new
`pressetool` process in the case's office folder) and prints, per case, the exit
status, the wall time and the peak memory of the command's process beside the
bound: every case ends within a few seconds and a few hundred MB (issue 10).
Then `invite` for 200 and 2,000 recipients (family 10: memory flat as the list
grows). Peak memory is the largest resident set of the command and of each
worker it started (`wait4` of every process of the tree), not their sum.

    python scripts/bench_bounds.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scripts.bench_invite import write_recipients  # noqa: E402
from tests.hostile_corpus import RELEASE, Case, cases, write_case  # noqa: E402

TIME_BOUND = 5.0
MEMORY_BOUND = 300.0
"""MiB"""


def run(command: list[str | Path], cwd: Path) -> tuple[int, float, float]:
    """Exit status, wall seconds, and peak MiB of the process and of its children."""
    pressetool = Path(sys.executable).with_name("pressetool")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    process = subprocess.Popen(
        [pressetool, *command], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak = max(usage.ru_maxrss, children if children > before else 0) / 1024
    return process.returncode, wall, peak


def row(family: str, name: str, status: int, wall: float, peak: float, timed: bool = True) -> str:
    """`timed`: the time bound applies (not to a mailing, whose time grows with the list)."""
    within = "ja" if (wall <= TIME_BOUND or not timed) and peak <= MEMORY_BOUND else "NEIN"
    return f"| {family} | {name} | {status} | {wall:.2f} | {peak:.0f} | {within} |"


def case_row(case: Case) -> str:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_case(case, folder)
        status, wall, peak = run(list(case.command), folder)
    assert status == case.status, f"{case.name}: Status {status} statt {case.status}"
    return row(case.family, case.name, status, wall, peak)


def invite_row(count: int) -> str:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "pressetool.toml").write_bytes((PROJECT / "pressetool.toml").read_bytes())
        release = folder / RELEASE
        release.parent.mkdir(parents=True)
        release.write_bytes(
            (PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml").read_bytes()
        )
        write_recipients(folder / "liste.csv", count)
        command: list[str | Path] = ["invite", RELEASE, "--recipients", "liste.csv", "--out", "out"]
        status, wall, peak = run(command, folder)
    return row("10 Speicher", f"invite, {count} Empfänger", status, wall, peak, timed=False) + (
        f" {wall / count * 1000:.1f} ms je Brief"
    )


def main() -> None:
    print(f"Schranken: höchstens {TIME_BOUND:.0f} s und {MEMORY_BOUND:.0f} MiB je Fall.\n")
    print("| Familie | Fall | Status | Zeit (s) | Speicher (MiB) | in den Schranken |")
    print("|---|---|---|---|---|---|")
    for case in cases():
        print(case_row(case), flush=True)
    print("\n`invite` (die Zeit wächst mit der Liste, der Speicher soll es nicht):\n")
    print("| Familie | Fall | Status | Zeit (s) | Speicher (MiB) | in den Schranken |")
    print("|---|---|---|---|---|---|")
    for count in (200, 2000):
        print(invite_row(count), flush=True)


if __name__ == "__main__":
    main()
