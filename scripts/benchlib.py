"""What every benchmark of `make bench` shares: one measured run, alternating pairs, the table.

A run is one cold process (and all it starts): its wall time, its CPU time (user + sys
of the whole process tree, from `os.wait4`, which counts every descendant that was
waited for) and the peak memory of the tree (the sum of the proportional set sizes of
every process of the tree, sampled every 50 ms, so shared pages of forked workers count
once; never less than the largest single process by `ru_maxrss`).

A comparison alternates A and B (A, B, A, B, ...) so that a busy machine slows both
alike, and reports the median of the per-pair ratios, not the ratio of medians.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.05
HEADER = "Anrede;Titel;Vorname;Nachname;Organisation;Straße;PLZ;Ort;E-Mail"
SALUTATIONS = ("Frau", "Herr", "divers", "")


def write_recipients(path: Path, count: int) -> None:
    """A recipient or registration list of `count` people (both have these columns)."""
    rows = [HEADER]
    for index in range(count):
        salutation = SALUTATIONS[index % len(SALUTATIONS)]
        title = "Dr." if index % 5 == 0 else ""
        organisation = f"Nachbarschaftszentrum {index}" if index % 3 == 0 else ""
        rows.append(
            f"{salutation};{title};Vorname{index};Nachname{index};{organisation};"
            f"Musterstraße {index};10{index % 1000:03d};Berlin;"
        )
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Run:
    wall: float
    """seconds"""
    cpu: float
    """user + sys seconds of the process and every descendant"""
    peak_mib: float
    """peak memory of the process tree"""


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as file:
                found.extend(int(child) for child in file.read().split())
        except OSError:
            pass
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as file:
            for line in file:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree_kib(root: int) -> int:
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        total += _pss_kib(pid)
        pending.extend(_children(pid))
    return total


def measure(command: Sequence[str | Path], cwd: Path | None = None) -> Run:
    """Run `command` once to its end; raise when it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(part) for part in command],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(SAMPLE_SECONDS):
            peak[0] = max(peak[0], _tree_kib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # stderr is small (messages); reading it before wait4 keeps the pipe from filling
    assert process.stderr is not None
    errors = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({process.returncode}): {errors.decode()[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall=wall, cpu=cpu, peak_mib=max(peak[0], usage.ru_maxrss) / 1024)


@dataclass(frozen=True)
class Pairs:
    a: list[Run]
    b: list[Run]

    def ratio(self, kind: str, scale_a: float = 1.0) -> float:
        """Median of the per-pair ratios A / B of `wall` or `cpu` (A divided by scale_a)."""
        return statistics.median(
            _value(a, kind) / scale_a / _value(b, kind) for a, b in zip(self.a, self.b, strict=True)
        )


def alternate(pairs: int, run_a: Callable[[int], Run], run_b: Callable[[int], Run]) -> Pairs:
    """A, B, A, B, ...: `pairs` of each, the index passed to both, after one run of each
    that is not counted (both start with their files in the page cache)."""
    run_a(pairs)
    run_b(pairs)
    a: list[Run] = []
    b: list[Run] = []
    for index in range(pairs):
        a.append(run_a(index))
        b.append(run_b(index))
    return Pairs(a, b)


def median(runs: Sequence[Run], kind: str) -> float:
    return statistics.median(_value(run, kind) for run in runs)


def _value(run: Run, kind: str) -> float:
    """`run.wall` or `run.cpu`."""
    return float(getattr(run, kind))


@dataclass(frozen=True)
class Row:
    work: str
    figure: str
    """what was measured, e.g. `0.52 × wall`"""
    target: str
    met: bool | None
    """None: a figure without a target of its own"""
    detail: str = ""
    """the absolute figures behind the ratio"""


def de(number: float, digits: int) -> str:
    """`number` as German writes it: a decimal comma."""
    return f"{number:.{digits}f}".replace(".", ",")


def verdict(met: bool | None) -> str:
    if met is None:
        return "–"
    return "erreicht" if met else "verfehlt"


def table(rows: Sequence[Row]) -> str:
    """The table as Markdown, to paste into an issue or the README."""
    lines = [
        "| Arbeit | gemessen | Ziel | Ergebnis | Einzelwerte (Median) |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.work} | {row.figure} | {row.target} | {verdict(row.met)} | {row.detail} |"
        )
    return "\n".join(lines)


def describe(run_list: Sequence[Run]) -> str:
    return (
        f"{de(median(run_list, 'wall'), 2)} s Wall, {de(median(run_list, 'cpu'), 2)} s CPU, "
        f"{de(max(run.peak_mib for run in run_list), 0)} MiB"
    )
