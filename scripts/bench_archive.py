"""Benchmark (not a test): `pressetool archive` for many releases, from scratch and again.

Generates COUNT releases from the reference release (100 per year), then times
three cold runs of the real command: from scratch, with nothing changed, and
with one release changed. Prints a table with the releases each run rendered,
its wall time and its ratio to the first run. Target: the run after one change
renders exactly one release and takes under 5 % of the first run.

    python scripts/bench_archive.py [COUNT]      (COUNT defaults to 1000)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
REFERENCE = PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml"
PER_YEAR = 100


def make_office(folder: Path, count: int) -> Path:
    shutil.copy(PROJECT / "pressetool.toml", folder / "pressetool.toml")
    reference = REFERENCE.read_text(encoding="utf-8")
    for index in range(count):
        year, number = 2000 + index // PER_YEAR, index % PER_YEAR + 1
        text = reference.replace("number: 67", f"number: {number}")
        text = text.replace("date: 2020-03-02", f"date: {year}-03-02")
        text = text.replace("title: Veranstaltung", f"title: Meldung {number} – Veranstaltung")
        path = folder / "releases" / str(year) / f"{number:03d}-meldung.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path


def timed_archive(office: Path) -> tuple[float, int]:
    """Wall time of one cold `pressetool archive` and how many releases it rendered."""
    pressetool = str(Path(sys.executable).with_name("pressetool"))
    start = time.perf_counter()
    result = subprocess.run(
        [pressetool, "archive"], cwd=office, check=True, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    match = re.search(r"(\d+) neu erzeugt", result.stdout)
    assert match, result.stdout
    return seconds, int(match[1])


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        office = Path(folder)
        last = make_office(office, count)
        first = timed_archive(office)
        unchanged = timed_archive(office)
        last.write_text(last.read_text(encoding="utf-8").replace("Am 27.6.2018", "Am 28.6.2018"))
        one_changed = timed_archive(office)

    rows = [
        ("from scratch", first),
        ("nothing changed", unchanged),
        ("one release changed", one_changed),
    ]
    print(f"pressetool archive, {count} releases, cold process each run")
    print(f"{'run':<22} {'rendered':>8} {'seconds':>9} {'÷ first run':>12}")
    for name, (seconds, rendered) in rows:
        print(f"{name:<22} {rendered:>8} {seconds:>9.2f} {seconds / first[0]:>11.1%}")
    if one_changed[1] != 1:
        sys.exit(f"Fehler: nach einer Änderung wurden {one_changed[1]} neu erzeugt, nicht 1")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
