"""Benchmark (not a test): a cold `pressetool build` against LibreOffice converting one DOCX.

Prints a table of median wall times over a few runs, measured in the same
call, and the ratio. Target: pressetool producing PDF and DOCX takes at most
as long as LibreOffice converting the DOCX to PDF.

    python scripts/bench_build.py releases/2020/067-voneinander-wissen-in-mitte.yaml
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 5


def wall_time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def median_of(runs: int, measure: Callable[[int], float]) -> float:
    return statistics.median(measure(run) for run in range(runs))


def main(release: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) fehlt: apt-get install libreoffice-writer-nogui")
    pressetool = str(Path(sys.executable).with_name("pressetool"))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)

        def build(fmt: str) -> Callable[[int], float]:
            return lambda run: wall_time(
                [
                    pressetool,
                    "build",
                    str(release),
                    "--out",
                    str(work / f"{fmt}{run}"),
                    "--format",
                    fmt,
                ]
            )

        both = median_of(RUNS, build("all"))
        pdf_only = median_of(RUNS, build("pdf"))
        docx_only = median_of(RUNS, build("docx"))
        docx = next((work / "all0").rglob("*.docx"))
        profile = work / "lo-profile"
        convert = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ]
        wall_time([*convert, str(work / "warm"), str(docx)])  # first start creates the profile
        libreoffice = median_of(
            RUNS, lambda run: wall_time([*convert, str(work / f"lo{run}"), str(docx)])
        )

    rows = [
        ("pressetool build (PDF + DOCX)", both),
        ("pressetool build --format pdf", pdf_only),
        ("pressetool build --format docx", docx_only),
        ("soffice --convert-to pdf (1 DOCX)", libreoffice),
    ]
    print(f"Median of {RUNS} cold runs, {release.name}")
    print(f"{'command':<36} {'seconds':>8} {'÷ LibreOffice':>14}")
    for name, seconds in rows:
        print(f"{name:<36} {seconds:>8.2f} {seconds / libreoffice:>14.2f}")
    verdict = "met" if both <= libreoffice else "NOT met"
    print(f"target (PDF + DOCX ≤ LibreOffice converting one): {verdict}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
