"""`list --format csv` for Excel: no cell is ever run as a formula; JSON stays as written."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from pressetool.register.listing import spreadsheet_safe
from tests.conftest import run_main, run_pressetool

REGISTER = Path("releases/register.sqlite")


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        (
            '=HYPERLINK("https://example.org";"Hier klicken")',
            '\'=HYPERLINK("https://example.org";"Hier klicken")',
        ),
        ("=1+1", "'=1+1"),
        ("+49 30 9018-22100", "'+49 30 9018-22100"),
        ("-5 Grad im Park", "'-5 Grad im Park"),
        ("@SUMME(A1:A9)", "'@SUMME(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Kiezfest = Sommerfest", "Kiezfest = Sommerfest"),
        ("Preis: +5 %", "Preis: +5 %"),
        ("E-Mail an presse@example.org", "E-Mail an presse@example.org"),
        ("'zitiert", "'zitiert"),
        (" =1+1", " =1+1"),
        ("067/2020", "067/2020"),
        ("02.03.2020", "02.03.2020"),
        ("", ""),
    ],
)
def test_a_cell_a_spreadsheet_would_run_becomes_text(cell: str, written: str) -> None:
    assert spreadsheet_safe(cell) == written


TITLES = [
    '=HYPERLINK("https://example.org";"Hier klicken")',
    "+49 30 9018-22100",
    "-5 Grad im Park",
    "@SUMME(A1:A9)",
    "Kiezfest im Wedding",
]


@pytest.fixture
def listed(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """An office whose register holds the titles above, and two a hand edit left."""
    monkeypatch.chdir(office)
    for day, title in enumerate(TITLES, start=2):
        status, _, err = run_main(capsys, "new", "--title", title, "--date", f"2020-03-{day:02d}")
        assert status == 0, err
    with closing(sqlite3.connect(REGISTER)) as connection:
        connection.execute("UPDATE release_numbers SET title = '\t=1+1' WHERE number = 4")
        connection.execute("UPDATE release_numbers SET title = '\r=1+1' WHERE number = 5")
        connection.commit()
    return office


def _cells(csv_text: str) -> list[list[str]]:
    assert csv_text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(csv_text[1:], newline=""), delimiter=";"))


def test_list_as_csv_writes_no_formula(listed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (listed / REGISTER).read_bytes()
    status, out, _ = run_main(capsys, "list", "--format", "csv")
    assert status == 0
    assert _cells(out) == [
        ["Nummer", "Datum", "Titel", "Status", "Versandt", "Einladungen versandt"],
        ["001/2020", "02.03.2020", "'" + TITLES[0], "Entwurf", "", ""],
        ["002/2020", "03.03.2020", "'+49 30 9018-22100", "Entwurf", "", ""],
        ["003/2020", "04.03.2020", "'-5 Grad im Park", "Entwurf", "", ""],
        ["004/2020", "05.03.2020", "'\t=1+1", "Entwurf", "", ""],
        ["005/2020", "06.03.2020", "'\r=1+1", "Entwurf", "", ""],
    ]
    assert (listed / REGISTER).read_bytes() == before


def test_the_hyperlink_title_reaches_the_csv_file_as_text(listed: Path) -> None:
    """`pressetool list --format csv > liste.csv`, as the README says, in a real process."""
    result = run_pressetool("list", "--format", "csv", "--year", "2020", cwd=listed)
    assert result.status == 0, result.stderr
    titles = [row[2] for row in _cells(result.stdout)]
    assert titles[1] == "'" + TITLES[0]
    assert not [title for title in titles if title.startswith(("=", "+", "-", "@"))]


def test_list_as_json_keeps_every_title_as_written(
    listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run_main(capsys, "list", "--format", "json")
    assert status == 0
    assert [row["title"] for row in json.loads(out)] == [*TITLES[:3], "\t=1+1", "\r=1+1"]
