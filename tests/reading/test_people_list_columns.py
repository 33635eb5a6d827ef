"""What Excel lists hold besides the spec's columns: house numbers, address additions,
departments, columns pressetool does not read, line breaks in cells, titles and whole
names in the name columns (issue: address columns dropped silently)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from pressetool.problems import InputError, Severity
from pressetool.reading.people_list import PeopleList, read_people_list
from tests.builders import COLUMNS, write_csv, write_xlsx

ROW = ["Frau", "", "Petra", "Müller", "Kreativhaus e.V.", "Hauptstraße", "10119", "Berlin", ""]


def read(
    tmp_path: Path, rows: Sequence[Sequence[object]], kind: str, require_address: bool = True
) -> PeopleList:
    if kind == "csv":
        texts = [[str(cell) for cell in row] for row in rows]
        path = write_csv(tmp_path / "liste.csv", texts, ";", "utf-8")
    else:
        path = write_xlsx(tmp_path / "liste.xlsx", rows)
    return read_people_list(path, require_address=require_address)


def notes(people: PeopleList) -> list[str]:
    assert all(w.severity is Severity.WARNING for w in people.warnings)
    return [w.message.removeprefix(str(people.source)) for w in people.warnings]


KIND = pytest.mark.parametrize("kind", ["csv", "xlsx"])


@pytest.mark.parametrize(
    ("header", "value", "field", "expected"),
    [
        ("Hausnummer", "12", "street", "Hauptstraße 12"),
        ("Hausnr.", "12", "street", "Hauptstraße 12"),
        ("HNr", "12 a", "street", "Hauptstraße 12 a"),
        ("Nr.", "12a", "street", "Hauptstraße 12a"),  # right of Straße: the house number
        ("Hausnummer", 12, "street", "Hauptstraße 12"),  # a number cell
        ("Adresszusatz", "Hinterhaus, 2. OG", "addition", "Hinterhaus, 2. OG"),
        ("Zusatz", "Hinterhaus", "addition", "Hinterhaus"),
        ("c/o", "Kiezladen", "addition", "c/o Kiezladen"),
        ("c/o", "c/o Kiezladen", "addition", "c/o Kiezladen"),
        ("Abteilung", "Stadtplanung", "department", "Stadtplanung"),
        ("Abt.", "Stadtplanung", "department", "Stadtplanung"),
    ],
)
@KIND
def test_the_usual_address_columns_are_read(
    tmp_path: Path, header: str, value: object, field: str, expected: str, kind: str
) -> None:
    """Each column right of `Straße`, where Excel lists keep them; no note."""
    rows: list[Sequence[object]] = [
        [*COLUMNS[:6], header, *COLUMNS[6:]],
        [*ROW[:6], value, *ROW[6:]],
    ]
    people = read(tmp_path, rows, kind)
    assert getattr(people.people[0], field) == expected
    assert notes(people) == []


@KIND
def test_a_house_number_already_in_the_street_is_not_written_twice(
    tmp_path: Path, kind: str
) -> None:
    rows = [[*COLUMNS, "Hausnummer"], [*ROW[:5], "Hauptstraße 12", *ROW[6:], "12"]]
    assert read(tmp_path, rows, kind).people[0].street == "Hauptstraße 12"


@pytest.mark.parametrize(
    ("header", "street", "number", "column"),
    [
        ("Hausnummer", "Hauptstraße", "1" * 201, "Hausnummer"),
        ("Nr.", "Hauptstraße", "1" * 201, "Hausnummer"),
        ("Hausnummer", "H" * 201, "12", "Straße"),
    ],
)
@KIND
def test_a_cell_too_long_in_the_street_columns_is_named_by_its_own(
    tmp_path: Path, header: str, street: str, number: str, column: str, kind: str
) -> None:
    """A Hausnummer of 201 characters is named as itself, not as the street it joins (an
    earlier review found it named „Straße“); joined too wide for the letter, both are
    named (`compose.letter.address`)."""
    rows = [[*COLUMNS[:6], header, *COLUMNS[6:]], [*ROW[:5], street, number, *ROW[6:]]]
    with pytest.raises(InputError) as error:
        read(tmp_path, rows, kind)
    assert [p.message for p in error.value.problems] == [
        f"{tmp_path / f'liste.{kind}'}, Zeile 2: Spalte „{column}“: Die Zelle ist 201 Zeichen "
        "lang; erlaubt sind höchstens 200. Kürzen Sie den Eintrag."
    ]


KNOWN = (
    "Anrede, Titel, Vorname, Nachname, Organisation, Straße, PLZ, Ort, E-Mail, Abteilung, "
    "Adresszusatz oder Hausnummer"
)


@pytest.mark.parametrize(
    ("headers", "cells", "expected"),
    [
        (["Bemerkung"], ["kommt später"], ["Die Spalte „Bemerkung“ liest"]),
        (["Nr."], ["1"], []),  # not beside Straße: it numbers the rows, nothing to say
        (["lfd. Nr."], ["1"], []),
        (
            ["Bemerkung", "Telefon"],
            ["kommt später", "030 1234"],
            ["Die Spalten „Bemerkung“ und „Telefon“ liest"],
        ),
        ([""], ["kommt später"], ["Die Spalte K (ohne Überschrift) liest"]),
        (["Bemerkung"], [""], []),  # nothing in it: nothing lost
    ],
)
@KIND
def test_a_column_that_is_not_read_but_holds_something_is_one_note(
    tmp_path: Path, headers: list[str], cells: list[str], expected: list[str], kind: str
) -> None:
    if headers == [""]:  # a column without a header, one right of an empty one
        rows = [[*COLUMNS, "", ""], [*ROW, "", *cells]]
    else:
        rows = [[*COLUMNS, *headers], [*ROW, *cells]]
    people = read(tmp_path, rows, kind)
    messages = notes(people)
    assert len(messages) == len(expected)
    for message, start in zip(messages, expected, strict=True):
        assert message.startswith(f", Zeile 1: {start}"), message
        assert message.endswith(
            "pressetool nicht; was in ihr steht, erscheint in keinem Brief und auf keiner "
            f"Liste. Gehört es in die Anschrift, tragen Sie es in eine der Spalten {KNOWN} ein."
        ) or message.endswith(
            "pressetool nicht; was in ihnen steht, erscheint in keinem Brief und auf keiner "
            f"Liste. Gehört es in die Anschrift, tragen Sie es in eine der Spalten {KNOWN} ein."
        )


@pytest.mark.parametrize(("require_address", "expected"), [(True, 1), (False, 0)])
@KIND
def test_a_letter_without_a_street_is_noted(
    tmp_path: Path, require_address: bool, expected: int, kind: str
) -> None:
    rows = [COLUMNS, ROW, [*ROW[:2], "Eva", *ROW[3:5], "", *ROW[6:]]]  # another person
    people = read(tmp_path, rows, kind, require_address)
    assert (
        notes(people)
        == [
            ", Zeile 3: In der Spalte „Straße“ steht nichts; der Brief trägt nur Name, "
            "Postleitzahl und Ort und kommt so meist nicht an. Tragen Sie Straße und Hausnummer "
            "(oder das Postfach) ein."
        ][:expected]
    )
    assert len(people.people) == 2


@pytest.mark.parametrize(
    ("column", "value", "field", "expected", "one_line"),
    [
        (5, "Hof 2\nHauptstraße 1", "street", "Hof 2\nHauptstraße 1", None),
        (5, "Hof 2\r\n\r\nHauptstraße 1 ", "street", "Hof 2\nHauptstraße 1", None),
        (
            4,
            "Kreativhaus e.V.\nNachbarschaftszentrum",
            "organisation_lines",
            ("Kreativhaus e.V.", "Nachbarschaftszentrum"),
            "Kreativhaus e.V. Nachbarschaftszentrum",
        ),
        (4, "Kreativhaus e.V.", "organisation_lines", (), "Kreativhaus e.V."),
        (9, "Haus B\nc/o Kiezladen", "addition", "Haus B\nc/o Kiezladen", None),
        (2, "Petra\nMaria", "first_name", "Petra Maria", None),  # a name stays one line
    ],
)
@KIND
def test_a_line_break_in_an_address_cell_is_kept_as_a_line(
    tmp_path: Path,
    column: int,
    value: str,
    field: str,
    expected: object,
    one_line: str | None,
    kind: str,
) -> None:
    """Alt+Enter in Excel: a line of the address (fit.py counts them), never two joined."""
    people = read_cell(tmp_path, column, value, kind)
    (person,) = people.people
    assert getattr(person, field) == expected
    if one_line is not None:
        assert person.organisation == one_line
    assert notes(people) == []


def read_cell(tmp_path: Path, column: int, value: str, kind: str) -> PeopleList:
    """`ROW` with an `Adresszusatz` column, `value` in cell `column`; in a CSV every cell
    in quotes, as Excel writes a cell with a line break."""
    rows: list[list[object]] = [[*COLUMNS, "Adresszusatz"], [*ROW, ""]]
    rows[1][column] = value
    if kind == "xlsx":
        return read(tmp_path, rows, kind)
    path = tmp_path / "liste.csv"
    text = "".join(";".join(f'"{c}"' for c in map(str, row)) + "\r\n" for row in rows)
    path.write_bytes(text.encode("utf-8"))
    return read_people_list(path, require_address=True)


@pytest.mark.parametrize(
    ("column", "value", "field", "expected"),
    [
        (3, "Meier  Schulz", "last_name", "Meier Schulz"),
        (3, "Meier \t Schulz", "last_name", "Meier Schulz"),
        (2, "Petra \n Maria", "first_name", "Petra Maria"),  # a name is one line
        (5, "Hauptstr.  1", "street", "Hauptstr. 1"),
        (5, "Hof  2\nHauptstr.\t\t1", "street", "Hof 2\nHauptstr. 1"),
        (4, "Verein  Nord", "organisation", "Verein Nord"),
        (4, "Verein  Nord\nAbt.   Süd", "organisation_lines", ("Verein Nord", "Abt. Süd")),
        (4, "Verein  Nord\nAbt.   Süd", "organisation", "Verein Nord Abt. Süd"),
        (9, "c/o  Kiezladen", "addition", "c/o Kiezladen"),
    ],
)
@KIND
def test_spaces_one_after_another_are_one_space(
    tmp_path: Path, column: int, value: str, field: str, expected: object, kind: str
) -> None:
    """Double spaces from a spreadsheet: the PDFs show one (HTML collapses them), so the
    DOCX letters and sign-in sheets must too; line breaks in a cell stay."""
    (person,) = read_cell(tmp_path, column, value, kind).people
    assert getattr(person, field) == expected


@pytest.mark.parametrize(
    ("anrede", "title", "first", "last", "expected", "note"),
    [
        ("Frau", "", "Dr. Ada", "Kern", ("Dr.", "Ada", "Kern"), ("Vorname", "Dr. Ada", "Dr.")),
        (
            "Herr",
            "",
            "Karl",
            "Prof. Dr. Lauterbach",
            ("Prof. Dr.", "Karl", "Lauterbach"),
            ("Nachname", "Prof. Dr. Lauterbach", "Prof. Dr."),
        ),
        ("Frau", "Dr.", "Dr. Ada", "Kern", ("Dr.", "Ada", "Kern"), ("Vorname", "Dr. Ada", "Dr.")),
        (
            "Frau Prof.",
            "",
            "Dr. Ada",
            "Kern",
            ("Prof. Dr.", "Ada", "Kern"),
            ("Vorname", "Dr. Ada", "Dr."),
        ),
        ("Frau", "", "Dr.", "Kern", ("Dr.", None, "Kern"), ("Vorname", "Dr.", "Dr.")),
        (
            "Herr",
            "",
            "Dr.-Ing. Max",
            "Schmidt",
            ("Dr.-Ing.", "Max", "Schmidt"),
            ("Vorname", "Dr.-Ing. Max", "Dr.-Ing."),
        ),
        ("Herr", "", "J. Robert", "Oppenheimer", (None, "J. Robert", "Oppenheimer"), None),
        ("Herr", "", "Max", "Dr.", (None, "Max", "Dr."), None),  # no name left: as written
    ],
)
@KIND
def test_a_title_typed_before_a_name_moves_to_the_title(
    tmp_path: Path,
    anrede: str,
    title: str,
    first: str,
    last: str,
    expected: tuple[str | None, ...],
    note: tuple[str, str, str] | None,
    kind: str,
) -> None:
    rows = [COLUMNS, [anrede, title, first, last, *ROW[4:]]]
    people = read(tmp_path, rows, kind)
    (person,) = people.people
    assert (person.title, person.first_name, person.last_name) == expected
    if note is None:
        assert notes(people) == []
        return
    column, value, moved = note
    name = expected[1] if column == "Vorname" else expected[2]
    assert notes(people) == [
        f", Zeile 2: Spalte „{column}“: „{value}“ beginnt mit dem Titel „{moved}“; er wird "
        f"als Titel verwendet und der Name als „{name or ''}“. "
        "Schreiben Sie Titel in die Spalte „Titel“."
    ]


@KIND
def test_a_firm_named_in_the_name_columns_keeps_its_name(tmp_path: Path, kind: str) -> None:
    rows = [COLUMNS, ["Firma", "", "", "Dr. Oetker GmbH", "", *ROW[5:]]]
    people = read(tmp_path, rows, kind)
    assert people.people[0].organisation == "Dr. Oetker GmbH"
    assert notes(people) == []


@pytest.mark.parametrize(
    ("first", "last", "noted"),
    [
        ("", "Petra Müller", True),
        ("", "Petra Maria Müller", True),
        ("", "von Bismarck", False),
        ("", "van der Berg", False),
        ("", "de la Cruz", False),
        ("", "Müller-Lüdenscheidt", False),
        ("", "Graf von Stauffenberg", False),
        ("Petra", "Müller Schmidt", False),
    ],
)
@KIND
def test_a_whole_name_in_the_last_name_is_noted(
    tmp_path: Path, first: str, last: str, noted: bool, kind: str
) -> None:
    rows = [COLUMNS, ["Frau", "", first, last, *ROW[4:]]]
    people = read(tmp_path, rows, kind)
    expected = (
        f", Zeile 2: Spalte „Nachname“: „{last}“ sieht nach Vor- und Nachname aus, und die "
        "Spalte „Vorname“ ist leer. Dann nennt die Anrede im Brief den ganzen Namen, und die "
        "Listen sortieren nach dem ersten Wort. Tragen Sie den Vornamen in die Spalte "
        "„Vorname“ ein und lassen Sie in „Nachname“ nur den Nachnamen."
    )
    assert notes(people) == ([expected] if noted else [])


@KIND
def test_a_last_name_with_a_comma_is_noted(tmp_path: Path, kind: str) -> None:
    """`Müller, Petra` (an export's „Name, Vorname“) made „Frau Dr. Petra Müller, Petra“."""
    rows = [COLUMNS, ["Frau", "", "Petra", "Müller, Petra", *ROW[4:]]]
    assert notes(read(tmp_path, rows, kind)) == [
        ", Zeile 2: Spalte „Nachname“: In „Müller, Petra“ steht ein Komma; das sieht nach "
        "„Nachname, Vorname“ aus einem Export aus, und so stünde es in Anschrift und Anrede. "
        "Tragen Sie den Vornamen in die Spalte „Vorname“ ein und lassen Sie in „Nachname“ nur "
        "den Nachnamen."
    ]


@KIND
def test_a_salutation_without_a_name_is_noted(tmp_path: Path, kind: str) -> None:
    """`Frau` with only an organisation: the letter greets „Damen und Herren“ silently."""
    rows = [COLUMNS, ["Frau", "", "", "", *ROW[4:]]]
    assert notes(read(tmp_path, rows, kind)) == [
        ", Zeile 2: Spalte „Anrede“: Die Zeile hat die Anrede „Frau“, aber keinen Namen; der "
        "Brief geht an „Kreativhaus e.V.“ mit „Sehr geehrte Damen und Herren,“. Soll er an "
        "eine Person gehen, tragen Sie ihren Namen ein."
    ]


@pytest.mark.parametrize("header", ["PLZ/Ort", "PLZ Ort", "Postleitzahl und Ort"])
def test_postcode_and_city_in_one_column_are_asked_to_be_split(tmp_path: Path, header: str) -> None:
    """One message to split the column; it was suggested as „PLZ“ and as „Ort“."""
    rows = [
        [*COLUMNS[:6], header, "E-Mail"],
        ["Frau", "", "Petra", "Müller", "", "Hauptstraße 1", "10119 Berlin", ""],
    ]
    path = write_csv(tmp_path / "liste.csv", rows, ";", "utf-8")
    with pytest.raises(InputError) as error:
        read_people_list(path, require_address=True)
    assert [p.message for p in error.value.problems] == [
        f"{path}, Zeile 1: Die Spalte „{header}“ enthält PLZ und Ort zusammen; pressetool "
        "braucht sie getrennt. Teilen Sie sie in zwei Spalten „PLZ“ und „Ort“ (in Excel: "
        "Daten, Text in Spalten, Trennzeichen Leerzeichen)."
    ]


@pytest.mark.parametrize("header", ["Name", "name"])
def test_a_name_column_is_asked_to_be_split(tmp_path: Path, header: str) -> None:
    rows = [[*COLUMNS[:3], header, *COLUMNS[4:]], ROW]
    path = write_csv(tmp_path / "liste.csv", rows, ";", "utf-8")
    with pytest.raises(InputError) as error:
        read_people_list(path, require_address=True)
    assert [p.message for p in error.value.problems] == [
        f"{path}, Zeile 1: Die Spalte „Nachname“ fehlt. Heißt sie „{header}“? Schreiben Sie "
        "die Überschrift „Nachname“. Steht darin der ganze Name, teilen Sie ihn auf zwei "
        "Spalten auf: den Vornamen in „Vorname“, den Nachnamen in „Nachname“."
    ]


@pytest.mark.parametrize(
    ("anrede", "title", "first", "require_address", "noted"),
    [
        ("divers", "", "", True, True),
        ("", "", "", True, True),
        ("divers", "Dr.", "", True, True),
        ("divers", "", "Kim", True, False),
        ("Frau", "", "", True, False),
        ("divers", "", "", False, False),  # a sign-in sheet greets nobody
    ],
)
@KIND
def test_a_greeting_without_frau_or_herr_asks_for_the_first_name(
    tmp_path: Path,
    anrede: str,
    title: str,
    first: str,
    require_address: bool,
    noted: bool,
    kind: str,
) -> None:
    rows = [COLUMNS, [anrede, title, first, "Schmidt", *ROW[4:]]]
    people = read(tmp_path, rows, kind, require_address)
    expected = (
        ", Zeile 2: Spalte „Vorname“: Ohne die Anrede Frau oder Herr nennt der Brief Vor- und "
        "Nachnamen („Guten Tag Kim Schmidt,“); hier fehlt der Vorname, so grüßt er nur mit "
        "dem Nachnamen („Guten Tag Schmidt,“). Tragen Sie den Vornamen ein oder die Anrede "
        "Frau oder Herr."
    )
    assert notes(people) == ([expected] if noted else [])


def test_an_unread_header_is_named_safely_and_short(tmp_path: Path) -> None:
    """A header of terminal control codes (colour, window title) reaches no terminal raw;
    a long one is shortened."""
    headers = ["\x1b[31mRot\x1b[0m", "\x1b]0:Titel\x07Notiz", "Sehr " * 20]
    people = read(tmp_path, [[*COLUMNS, *headers], [*ROW, "x", "y", "z"]], "csv")
    assert notes(people) == [
        ", Zeile 1: Die Spalten „\ufffd[31mRot\ufffd[0m“, „\ufffd]0:Titel\ufffdNotiz“ und "
        "„Sehr Sehr Sehr Sehr Sehr Sehr Sehr Sehr…“ liest pressetool nicht; was in ihnen "
        "steht, erscheint in keinem Brief und auf keiner Liste. Gehört es in die Anschrift, "
        f"tragen Sie es in eine der Spalten {KNOWN} ein."
    ]


def test_many_unread_columns_are_counted(tmp_path: Path) -> None:
    """190 headers of 100,000 characters made a note of 18.9 MB."""
    headers = [f"{n:03d}" + "x" * 100_000 for n in range(190)]
    people = read(tmp_path, [[*COLUMNS, *headers], [*ROW, *["1"] * 190]], "csv")
    named = ", ".join(f"„{n:03d}{'x' * 36}…“" for n in range(10))
    assert notes(people) == [
        f", Zeile 1: Die Spalten {named} und 180 weitere liest pressetool nicht; was in ihnen "
        "steht, erscheint in keinem Brief und auf keiner Liste. Gehört es in die Anschrift, "
        f"tragen Sie es in eine der Spalten {KNOWN} ein."
    ]
