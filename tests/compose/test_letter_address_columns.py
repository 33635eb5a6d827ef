"""The address and salutation of a letter from the columns Excel lists hold besides the
spec's: department, address addition, house number, line breaks in cells, households
without first names, and `divers` without a first name; read back from the letter."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from pressetool.compose.letter import address, address_lines, salutation
from pressetool.documents.invite import invite
from pressetool.models import Person, Salutation
from pressetool.office import Config
from pressetool.problems import InputError
from tests.builders import COLUMNS, person, write_xlsx
from tests.conftest import files_below
from tests.documents.test_invite import address_lines as zone_lines
from tests.readback import REFERENCE_RELEASE, fold, pdf_text

PETRA = person("Müller", "Petra", salutation=Salutation.FRAU, street="Torstr. 1")


@pytest.mark.parametrize(
    ("recipient", "lines"),
    [
        (
            dataclasses.replace(PETRA, organisation="Bezirksamt Mitte", department="Jugendamt"),
            ("Bezirksamt Mitte", "Jugendamt", "Frau Petra Müller", "Torstr. 1", "10117 Berlin"),
        ),
        (
            dataclasses.replace(PETRA, addition="c/o Kiezladen"),
            ("Frau Petra Müller", "c/o Kiezladen", "Torstr. 1", "10117 Berlin"),
        ),
        (
            dataclasses.replace(PETRA, street="Hof 2\nTorstr. 1"),
            ("Frau Petra Müller", "Hof 2", "Torstr. 1", "10117 Berlin"),
        ),
        (
            dataclasses.replace(
                PETRA,
                organisation="Kreativhaus e.V. Nachbarschaftszentrum",
                organisation_lines=("Kreativhaus e.V.", "Nachbarschaftszentrum"),
            ),
            (
                "Kreativhaus e.V.",
                "Nachbarschaftszentrum",
                "Frau Petra Müller",
                "Torstr. 1",
                "10117 Berlin",
            ),
        ),
        (
            person("Müller", salutation=Salutation.FAMILIE, street="Torstr. 1"),
            ("Familie Müller", "Torstr. 1", "10117 Berlin"),
        ),
        (
            person("Müller", "Petra und Max", salutation=Salutation.FAMILIE, street="Torstr. 1"),
            ("Familie", "Petra und Max Müller", "Torstr. 1", "10117 Berlin"),
        ),
    ],
)
def test_address_lines_of_the_extra_columns(recipient: Person, lines: tuple[str, ...]) -> None:
    assert address_lines(recipient) == lines


def test_each_extra_line_names_its_column() -> None:
    recipient = dataclasses.replace(
        PETRA, organisation="Bezirksamt", department="Jugendamt", addition="c/o Kiezladen"
    )
    assert [line.source for line in address(recipient)] == [
        "die Spalte „Organisation“",
        "die Spalte „Abteilung“",
        "die Spalten „Titel“, „Vorname“ und „Nachname“",
        "die Spalte „Adresszusatz“",
        "die Spalte „Straße“",
        "die Spalte „Ort“",
    ]


@pytest.mark.parametrize(
    ("recipient", "greeting"),
    [
        (person("Schmidt", salutation=Salutation.DIVERS), "Guten Tag Schmidt,"),
        (person("Schmidt"), "Guten Tag Schmidt,"),
        (person("Schmidt", "Kim", salutation=Salutation.DIVERS), "Guten Tag Kim Schmidt,"),
        (person("Schmidt", salutation=Salutation.DIVERS, title="Dr."), "Guten Tag Dr. Schmidt,"),
    ],
)
def test_without_frau_or_herr_and_without_a_first_name(recipient: Person, greeting: str) -> None:
    """The name as the list gives it (the letters' contract); the list's reader notes the
    missing first name."""
    assert salutation(recipient) == greeting


HEADER = [*COLUMNS[:5], "Abteilung", "Adresszusatz", "Straße", "Hausnummer", *COLUMNS[6:]]


def row(*cells: object) -> list[object]:
    return list(cells)


def test_the_letter_shows_what_the_list_holds(tmp_path: Path) -> None:
    """An Excel list with a title typed before the first name, a department, an address
    addition, a house number column and a street cell with a line break, read back from
    the address zone of the letters' PDF."""
    rows: list[Sequence[object]] = [
        HEADER,
        row("Frau", None, "Dr. Ada", "Kern", "Bezirksamt Mitte", "Jugendamt", "Haus B")
        + row("Karl-Marx-Allee", 31, "10178", "Berlin"),
        row("Familie", None, None, "Weiß", None, None, None, "Hof 2\nTorstr.", "1", "10119")
        + row("Berlin"),
    ]
    recipients = write_xlsx(tmp_path / "empfaenger.xlsx", rows)
    result = invite(
        REFERENCE_RELEASE, recipients, Config(), tmp_path / "out", today=dt.date(2020, 3, 2)
    )
    assert [w.code for w in result.warnings if w.file == recipients] == ["list_title_in_name"]
    letters = tmp_path / "out/2020/067/einladungen"
    kern = letters / "einladung-067-2020-002-kern.pdf"
    assert zone_lines(kern) == [
        "Bezirksamt Mitte",
        "Jugendamt",
        "Frau Dr. Ada Kern",
        "Haus B",
        "Karl-Marx-Allee 31",
        "10178 Berlin",
    ]
    assert "Sehr geehrte Frau Dr. Kern," in fold(pdf_text(kern))
    weiss = letters / "einladung-067-2020-003-weiss.pdf"
    assert zone_lines(weiss) == ["Familie Weiß", "Hof 2", "Torstr. 1", "10119 Berlin"]
    assert "Sehr geehrte Familie Weiß," in fold(pdf_text(weiss))


def test_a_street_too_wide_with_its_house_number_names_both_columns(tmp_path: Path) -> None:
    """The line is made of two cells: the message asks to shorten the two, not `Straße`
    alone (whose cell alone may fit)."""
    street = "Straße der Pariser Kommune und des Internationalen Frauentags"
    rows: list[Sequence[object]] = [
        HEADER,
        row("Frau", None, "Ada", "Kern", None, None, None, street, "12a", "10243", "Berlin"),
    ]
    recipients = write_xlsx(tmp_path / "empfaenger.xlsx", rows)
    with pytest.raises(InputError) as error:
        invite(REFERENCE_RELEASE, recipients, Config(), tmp_path / "out", today=dt.date(2020, 3, 2))
    (problem,) = error.value.problems
    assert problem.line == 2
    assert f"Die Zeile „{street} 12a“ der Anschrift ist " in problem.message
    assert "Kürzen Sie die Spalten „Straße“ und „Hausnummer“ um etwa " in problem.message
    assert files_below(tmp_path / "out") == []


def test_line_breaks_beyond_the_address_zone_are_an_error(tmp_path: Path) -> None:
    """Each line of a cell is a line of the address; seven do not fit, nothing is cut and
    no letter is written."""
    rows: list[Sequence[object]] = [
        HEADER,
        row("Frau", None, "Ada", "Kern", "Bezirksamt Mitte\nJugendamt", "Kita-Aufsicht")
        + row("Haus B", "Karl-Marx-Allee", 31, "10178", "Berlin"),
    ]
    recipients = write_xlsx(tmp_path / "empfaenger.xlsx", rows)
    with pytest.raises(InputError) as error:
        invite(REFERENCE_RELEASE, recipients, Config(), tmp_path / "out", today=dt.date(2020, 3, 2))
    assert [p.message for p in error.value.problems] == [
        f"{recipients}, Zeile 2: Die Anschrift hat 7 Zeilen (Bezirksamt Mitte / Jugendamt / "
        "Kita-Aufsicht / Frau Ada Kern / Haus B / Karl-Marx-Allee 31 / 10178 Berlin); ins "
        "Anschriftfeld des Briefs passen 6. Lassen Sie 1 davon weg oder fassen Sie Angaben "
        "zusammen; es wird keine Zeile abgeschnitten."
    ]
    assert files_below(tmp_path / "out") == []
