"""Benchmark (not a test): `make bench`, one table of every speed target of issue 14.

Every figure comes from alternating runs of pressetool (A) and its peer (B), each a
cold process: LibreOffice converting the same DOCX (`soffice --convert-to pdf`, a
profile of its own, started once before so that its first start is not counted) or,
for the archive, a cold `pressetool build`. Ratios are medians of the per-pair
ratios, wall and CPU (user + sys of the whole process tree); peak memory is that of
pressetool's process tree (see `benchlib`). Each row shows the target beside the
figure and whether it was reached ("erreicht") or not ("verfehlt").

    python scripts/bench.py [--quick]

--quick takes fewer pairs and a smaller archive, to try it out; its figures are
rougher, and on a busy machine they say little.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from scripts.benchlib import (  # noqa: E402
    Pairs,
    Row,
    Run,
    alternate,
    de,
    describe,
    measure,
    median,
    table,
    verdict,
    write_recipients,
)

REFERENCE = PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml"
PRESSETOOL = str(Path(sys.executable).with_name("pressetool"))
PER_YEAR = 100
MB = 1_000_000


@dataclass(frozen=True)
class Settings:
    pairs: int
    """pairs of the short comparisons (a few seconds each)"""
    long_pairs: int
    """pairs of the long ones (invite 200, archive from scratch, invite 2,000)"""
    archive_releases: int


FULL = Settings(pairs=5, long_pairs=3, archive_releases=200)
QUICK = Settings(pairs=2, long_pairs=1, archive_releases=40)


def new_office(folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(PROJECT / "pressetool.toml", folder / "pressetool.toml")
    return folder


class LibreOffice:
    """`soffice --convert-to pdf` with a profile of its own, created before any timing."""

    def __init__(self, work: Path) -> None:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            sys.exit(
                "Fehler: LibreOffice (soffice) fehlt; installieren Sie libreoffice-writer-nogui."
            )
        self.command = [
            soffice,
            f"-env:UserInstallation=file://{work / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ]
        self.work = work
        self.started = False

    def convert(self, documents: list[Path], index: int) -> Run:
        out = self.work / f"lo-{index}"
        if not self.started:
            measure([*self.command, self.work / "lo-first", documents[0]])
            self.started = True
        run = measure([*self.command, out, *documents])
        shutil.rmtree(out)
        return run


def pairs_of(runs: list[Run]) -> str:
    return f"{len(runs)} {'Paar' if len(runs) == 1 else 'Paare'}"


def _pairs_detail(pairs: Pairs) -> str:
    return f"pressetool {describe(pairs.a)}; LibreOffice {describe(pairs.b)}; {pairs_of(pairs.a)}"


def run_pressetool(folder: Path, out: Path, command: str, *options: str) -> Run:
    """`pressetool COMMAND` of the reference release in the office `folder`, into `out`."""
    return measure([PRESSETOOL, command, REFERENCE, *options, "--out", out], cwd=folder)


def cold_build(work: Path) -> Callable[[int], Run]:
    def run(index: int) -> Run:
        out = work / f"build-{index}"
        result = measure([PRESSETOOL, "build", REFERENCE, "--out", out], cwd=PROJECT)
        shutil.rmtree(out)
        return result

    return run


def build_row(settings: Settings, work: Path, office: LibreOffice) -> Row:
    out = work / "build-docx"
    measure([PRESSETOOL, "build", REFERENCE, "--out", out], cwd=PROJECT)
    docx = [next(out.rglob("*.docx"))]
    pairs = alternate(settings.pairs, cold_build(work), lambda i: office.convert(docx, i))
    wall, cpu = pairs.ratio("wall"), pairs.ratio("cpu")
    return Row(
        "kalter `build` 067/2020, PDF + DOCX ÷ LibreOffice (1 DOCX → PDF)",
        f"{de(wall, 2)} × Wall, {de(cpu, 2)} × CPU",
        "≤ 0,6 × Wall und CPU",
        wall <= 0.6 and cpu <= 0.6,
        f"pressetool {describe(pairs.a)}; LibreOffice {describe(pairs.b)}; {pairs_of(pairs.a)}",
    )


def invite_rows(settings: Settings, work: Path, office: LibreOffice) -> tuple[list[Row], float]:
    """The rows of 200 letters, and their peak memory (for the row of 2,000)."""
    folder = new_office(work / "invite")
    write_recipients(folder / "empfaenger.csv", 200)
    sizes: list[int] = []
    letters: list[Path] = []

    def ours(index: int) -> Run:
        out = folder / f"out-{index}"
        result = run_pressetool(folder, out, "invite", "--recipients", "empfaenger.csv")
        sizes.append((out / "2020/067/einladungen-067-2020.pdf").stat().st_size)
        if not letters:
            letters.extend(_keep_letters(out, work))
        shutil.rmtree(out)
        return result

    pairs = alternate(settings.long_pairs, ours, lambda i: office.convert(letters, i))
    wall, cpu = pairs.ratio("wall"), pairs.ratio("cpu")
    size = max(sizes) / MB
    rows = [
        Row(
            "`invite`, 200 Briefe ÷ LibreOffice (dieselben 200 DOCX → PDF)",
            f"{de(wall, 2)} × Wall, {de(cpu, 2)} × CPU",
            "≤ 0,2 × Wall, ≤ 0,3 × CPU",
            wall <= 0.2 and cpu <= 0.3,
            _pairs_detail(pairs),
        ),
        Row("Druckdatei von 200 Briefen", f"{de(size, 2)} MB", "≤ 1 MB", size <= 1.0),
    ]
    return rows, max(run.peak_mib for run in pairs.a)


def _keep_letters(out: Path, work: Path) -> list[Path]:
    """The DOCX letters of the first run, kept for LibreOffice."""
    keep = work / "letters"
    shutil.copytree(out / "2020/067/einladungen", keep)
    return sorted(keep.glob("*.docx"))


def invite_memory_row(settings: Settings, work: Path, peak_200: float) -> Row:
    folder = new_office(work / "invite-2000")
    write_recipients(folder / "empfaenger.csv", 2000)
    runs: list[Run] = []
    for index in range(settings.long_pairs):
        out = folder / f"out-{index}"
        runs.append(run_pressetool(folder, out, "invite", "--recipients", "empfaenger.csv"))
        shutil.rmtree(out)
    peak = max(run.peak_mib for run in runs)
    return Row(
        "`invite`, 2.000 Briefe, Spitzenspeicher des Prozessbaums",
        f"{de(peak, 0)} MiB",
        "≤ 300 MiB",
        peak <= 300,
        f"{describe(runs)}; {len(runs)} {'Lauf' if len(runs) == 1 else 'Läufe'}; "
        f"200 Briefe: {de(peak_200, 0)} MiB",
    )


def lists_row(settings: Settings, work: Path, office: LibreOffice) -> Row:
    folder = new_office(work / "lists")
    write_recipients(folder / "anmeldungen.csv", 1000)
    sheet: list[Path] = []

    def ours(index: int) -> Run:
        out = folder / f"out-{index}"
        result = run_pressetool(folder, out, "lists", "--registrations", "anmeldungen.csv")
        if not sheet:
            found = next(path for path in out.rglob("*.docx") if "anwesenheit" in path.name)
            sheet.append(work / found.name)
            shutil.copy(found, sheet[0])
        shutil.rmtree(out)
        return result

    pairs = alternate(settings.pairs, ours, lambda i: office.convert(sheet, i))
    wall, cpu = pairs.ratio("wall"), pairs.ratio("cpu")
    return Row(
        "`lists`, 1.000 Anmeldungen ÷ LibreOffice (Anwesenheitsliste DOCX → PDF)",
        f"{de(wall, 2)} × Wall, {de(cpu, 2)} × CPU",
        "≤ 0,5 × Wall und CPU",
        wall <= 0.5 and cpu <= 0.5,
        f"pressetool {describe(pairs.a)}; LibreOffice {describe(pairs.b)}; {pairs_of(pairs.a)}",
    )


def archive_office(folder: Path, count: int) -> Path:
    new_office(folder)
    reference = REFERENCE.read_text(encoding="utf-8")
    for index in range(count):
        year, number = 2000 + index // PER_YEAR, index % PER_YEAR + 1
        text = reference.replace("number: 67", f"number: {number}")
        text = text.replace("date: 2020-03-02", f"date: {year}-03-02")
        text = text.replace("title: Veranstaltung", f"title: Meldung {number} – Veranstaltung")
        path = folder / "releases" / str(year) / f"{number:03d}-meldung.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def archive_rows(settings: Settings, work: Path) -> list[Row]:
    count = settings.archive_releases
    folder = archive_office(work / "archive", count)
    out = folder / "archiv"

    def from_scratch(_index: int) -> Run:
        shutil.rmtree(out, ignore_errors=True)
        return measure([PRESSETOOL, "archive", "--out", out], cwd=folder)

    def unchanged(_index: int) -> Run:
        return measure([PRESSETOOL, "archive", "--out", out], cwd=folder)

    build = cold_build(work)
    scratch = alternate(settings.long_pairs, from_scratch, build)
    from_scratch(0)  # the archive that the next runs find unchanged
    again = alternate(settings.pairs, unchanged, build)
    per_release = scratch.ratio("cpu", scale_a=count)
    nothing = again.ratio("cpu")
    return [
        Row(
            f"`archive` von Grund auf, {count} Pressemitteilungen: CPU je Pressemitteilung "
            "÷ CPU eines kalten `build`",
            f"{de(per_release, 3)} ×",
            "≤ 0,07 ×",
            per_release <= 0.07,
            f"archive {describe(scratch.a)}; build {de(median(scratch.b, 'cpu'), 2)} s CPU; "
            f"{pairs_of(scratch.a)}",
        ),
        Row(
            f"`archive`, nichts geändert ({count}): CPU ÷ CPU eines kalten `build`",
            f"{de(nothing, 2)} ×",
            "≤ 0,4 ×",
            nothing <= 0.4,
            f"archive {describe(again.a)}; build {de(median(again.b, 'cpu'), 2)} s CPU; "
            f"{pairs_of(again.a)}",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="weniger Paare, kleineres Archiv")
    settings = QUICK if parser.parse_args().quick else FULL
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        office = LibreOffice(work)

        def show(made: list[Row]) -> None:
            rows.extend(made)
            for row in made:
                print(f"{row.work}: {row.figure} ({row.target}: {verdict(row.met)})", flush=True)

        show([build_row(settings, work, office)])
        invite_200, peak_200 = invite_rows(settings, work, office)
        show(invite_200)
        show([invite_memory_row(settings, work, peak_200)])
        show([lists_row(settings, work, office)])
        show(archive_rows(settings, work))
    print()
    print(table(rows))
    kind = "--quick, wenige Paare" if settings is QUICK else "volle Zahl der Paare"
    print(f"\n({kind}; Wall und CPU als Median der Verhältnisse je Paar)")


if __name__ == "__main__":
    main()
