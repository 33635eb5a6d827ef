"""Benchmark (not a test): `make bench-archive`, the archive of 1,000 releases (issue 3).

`archive` of 1,000 generated releases (10 years of 100) from scratch, then again with
nothing changed and with one release changed (its title, each run another release):
those runs as a share of the first run's wall time (target for one changed: under 5 %).
The run with one change must write that release's documents and no other release's,
which the modification times of the documents show.

    python scripts/bench_archive.py [--releases N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scripts.bench import PER_YEAR, PRESSETOOL, archive_office  # noqa: E402
from scripts.benchlib import Row, Run, de, describe, measure, table  # noqa: E402

RUNS = 3
"""runs of `nothing changed` and of `one changed` each"""


def documents(out: Path) -> dict[Path, int]:
    """Every release document of the archive with its modification time."""
    return {
        path: path.stat().st_mtime_ns
        for path in out.glob("*/*/*")
        if path.suffix in (".pdf", ".docx")
    }


def change_one(folder: Path, index: int) -> str:
    """A new title for the release `index` of `archive_office`; its number's folder."""
    year, number = 2000 + index // PER_YEAR, index % PER_YEAR + 1
    path = folder / "releases" / str(year) / f"{number:03d}-meldung.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Meldung", "title: Geänderte Meldung", 1), "utf-8")
    return f"{year}/{number:03d}"


def share(runs: list[Run], first: Run) -> float:
    return statistics.median(run.wall for run in runs) / first.wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=1000, help="so viele Pressemitteilungen")
    count = parser.parse_args().releases
    with tempfile.TemporaryDirectory() as name:
        folder = archive_office(Path(name) / "archive", count)
        out = folder / "archiv"
        archive = [PRESSETOOL, "archive", "--out", out]
        first = measure(archive, cwd=folder)
        print(f"von Grund auf: {describe([first])}", flush=True)
        unchanged = [measure(archive, cwd=folder) for _ in range(RUNS)]
        print(f"nichts geändert: {describe(unchanged)}", flush=True)
        one: list[Run] = []
        only_that_one = True
        for run in range(RUNS):
            before = documents(out)
            changed = change_one(folder, (run * 337 + 5) % count)
            one.append(measure(archive, cwd=folder))
            rewritten = {path for path, time in documents(out).items() if before[path] != time}
            ours = all(changed in path.as_posix() for path in rewritten)
            only_that_one &= bool(rewritten) and ours
        print(f"eine geändert: {describe(one)}", flush=True)
    nothing, single = share(unchanged, first), share(one, first)
    rows = [
        Row(
            f"`archive` von Grund auf, {count} Pressemitteilungen",
            "100 %",
            "–",
            None,
            describe([first]),
        ),
        Row(
            "`archive`, nichts geändert: Wall ÷ Wall von Grund auf",
            f"{de(nothing * 100, 1)} %",
            "–",
            None,
            f"{describe(unchanged)}; {RUNS} Läufe",
        ),
        Row(
            "`archive`, eine geändert: Wall ÷ Wall von Grund auf; nur sie neu geschrieben",
            f"{de(single * 100, 1)} %; {'ja' if only_that_one else 'nein'}",
            "< 5 %; nur sie",
            single < 0.05 and only_that_one,
            f"{describe(one)}; {RUNS} Läufe",
        ),
    ]
    print()
    print(table(rows))


if __name__ == "__main__":
    main()
