"""Benchmark (not a test): `pressetool invite` for COUNT recipients against LibreOffice.

Times, in the same run, one cold `pressetool invite` (every letter as PDF and
DOCX, the print file and the calendar file) and LibreOffice converting the
same COUNT DOCX letters to PDF in one `soffice --convert-to pdf` call (a fresh
profile, warmed up once on one letter so that its first start is not counted).
Prints a table with wall times, the cost per page and the ratio. Target:
pressetool takes at most a third of LibreOffice's time.

    python scripts/bench_invite.py [COUNT]      (COUNT defaults to 200)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
REFERENCE = PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml"
HEADER = "Anrede;Titel;Vorname;Nachname;Organisation;Straße;PLZ;Ort;E-Mail"
SALUTATIONS = ("Frau", "Herr", "divers", "")
TARGET = 1 / 3


def write_recipients(path: Path, count: int) -> None:
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


def timed(command: list[str | Path], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main(count: int) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("Fehler: LibreOffice (soffice) fehlt; installieren Sie libreoffice-writer-nogui.")
    pressetool = str(Path(sys.executable).with_name("pressetool"))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shutil.copy(PROJECT / "pressetool.toml", folder / "pressetool.toml")
        write_recipients(folder / "empfaenger.csv", count)
        ours = timed(
            [pressetool, "invite", REFERENCE, "--recipients", "empfaenger.csv", "--out", "out"],
            folder,
        )
        letters = sorted((folder / "out/2020/067/einladungen").glob("*.docx"))
        combined = folder / "out/2020/067/einladungen-067-2020.pdf"
        pages = int(
            subprocess.run(["pdfinfo", combined], capture_output=True, text=True, check=True)
            .stdout.split("Pages:")[1]
            .split()[0]
        )
        office = [soffice, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless"]
        convert = [*office, "--convert-to", "pdf", "--outdir", folder / "lo"]
        first_start = timed([*convert, letters[0]], folder)  # creates the profile
        theirs = timed([*convert, *letters], folder)
        converted = len(list((folder / "lo").glob("*.pdf")))

    print(f"pressetool invite, {count} recipients ({pages} pages), against LibreOffice")
    rows = [
        ("pressetool invite (PDF, DOCX, print, ics)", ours),
        (f"soffice --convert-to pdf, {converted} DOCX", theirs),
    ]
    print(f"{'':<42} {'seconds':>8} {'ms/page':>8}")
    for label, seconds in rows:
        print(f"{label:<42} {seconds:>8.2f} {seconds / pages * 1000:>8.1f}")
    print(f"(not counted: LibreOffice's first start with a new profile, {first_start:.2f} s)")
    ratio = ours / theirs
    verdict = "erreicht" if ratio <= TARGET else "nicht erreicht"
    print(f"ratio pressetool / LibreOffice: {ratio:.2f} (Ziel ≤ {TARGET:.2f}: {verdict})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
