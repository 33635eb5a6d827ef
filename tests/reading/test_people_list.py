"""Recipient and registration lists as offices write them: CSV in every encoding, XLSX."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from pressetool.models import Person, Salutation
from pressetool.problems import InputError, Severity
from pressetool.reading.people_list import read_people_list, read_people_rows
from tests.builders import COLUMNS, person, with_shared_strings, write_csv, write_xlsx

MUELLER = ["Frau", "Dr.", "Petra", "Müller", "Kreativhaus e.V.", "Fehrbelliner Str. 92", "10119"]
MUELLER += ["Berlin", "mueller@example.org"]
EXPECTED_MUELLER = Person(
    row=2,
    salutation=Salutation.FRAU,
    title="Dr.",
    first_name="Petra",
    last_name="Müller",
    organisation="Kreativhaus e.V.",
    street="Fehrbelliner Str. 92",
    postcode="10119",
    city="Berlin",
    email="mueller@example.org",
)


@pytest.mark.parametrize("separator", [";", ","])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_csv_in_every_encoding_and_separator(tmp_path: Path, separator: str, encoding: str) -> None:
    path = write_csv(tmp_path / "liste.csv", [COLUMNS, MUELLER], separator, encoding)
    people = read_people_list(path, require_address=True)
    assert people.people == (EXPECTED_MUELLER,)
    assert people.warnings == ()
    assert people.source == path


def test_xlsx_with_number_cells(tmp_path: Path) -> None:
    row: list[object] = [*MUELLER]
    row[6] = 10119
    path = write_xlsx(tmp_path / "liste.xlsx", [COLUMNS, row])
    assert read_people_list(path, require_address=True).people == (EXPECTED_MUELLER,)


@pytest.mark.parametrize(
    "header",
    [
        [
            " anrede ",
            "TITEL",
            "vorname",
            "NachName",
            " Organisation",
            "Strasse",
            "plz",
            "ORT",
            "EMail",
        ],
        [
            "Anrede",
            "Titel",
            "Vorname",
            "Nachname",
            "Organisation",
            "STRASSE",
            "PLZ",
            "Ort",
            "E-Mail-Adresse",
        ],
        [
            "Anrede",
            "Titel",
            "Vorname",
            "Nachname",
            "Organisation",
            "Straße",
            "PLZ",
            "Ort",
            "e-mail",
        ],
    ],
)
def test_headers_match_without_case_and_spaces(tmp_path: Path, header: list[str]) -> None:
    path = write_csv(tmp_path / "liste.csv", [header, MUELLER], ";", "utf-8")
    assert read_people_list(path, require_address=True).people == (EXPECTED_MUELLER,)


def test_columns_in_any_order_extra_columns_and_empty_rows(tmp_path: Path) -> None:
    header = ["Bemerkung", *reversed(COLUMNS)]
    rows = [header, ["", "", "", "", "", "", "", "", "", ""], ["x", *reversed(MUELLER)]]
    path = write_csv(tmp_path / "liste.csv", rows, ";", "utf-8")
    (person,) = read_people_list(path, require_address=True).people
    assert person == dataclasses.replace(EXPECTED_MUELLER, row=3)


@pytest.mark.parametrize(
    ("anrede", "salutation"),
    [
        ("Frau", Salutation.FRAU),
        ("frau", Salutation.FRAU),
        ("Herr", Salutation.HERR),
        ("Herrn", Salutation.HERR),
        ("divers", Salutation.DIVERS),
        ("Divers", Salutation.DIVERS),
        ("", Salutation.NONE),
    ],
)
def test_salutations(tmp_path: Path, anrede: str, salutation: Salutation) -> None:
    path = write_csv(tmp_path / "liste.csv", [COLUMNS, [anrede, *MUELLER[1:]]], ";", "utf-8")
    assert read_people_list(path, require_address=True).people[0].salutation is salutation


def test_organisation_only_and_registration_without_address(tmp_path: Path) -> None:
    rows = [
        COLUMNS[:5],
        ["", "", "", "", "JobCenter Mitte"],
        ["Herr", "", "Max", "Schmidt", ""],
    ]
    path = write_csv(tmp_path / "anmeldungen.csv", rows, ",", "utf-8")
    people = read_people_list(path, require_address=False).people
    assert [(p.row, p.last_name, p.organisation, p.postcode) for p in people] == [
        (2, None, "JobCenter Mitte", None),
        (3, "Schmidt", None, None),
    ]


def test_four_digit_number_cell_postcode_is_repaired_with_a_warning(tmp_path: Path) -> None:
    row: list[object] = [*MUELLER]
    row[6], row[7] = 1067, "Dresden"
    path = write_xlsx(tmp_path / "liste.xlsx", [COLUMNS, row])
    people = read_people_list(path, require_address=True)
    assert people.people[0].postcode == "01067"
    (warning,) = people.warnings
    assert warning.severity is Severity.WARNING
    assert warning.message == (
        f"{path}, Zeile 2: Spalte „PLZ“: Excel hat die Postleitzahl als Zahl 1067 gespeichert; "
        "verwendet wird 01067. Formatieren Sie die Spalte in Excel als Text."
    )


def problems_of(path: Path, require_address: bool = True) -> list[str]:
    with pytest.raises(InputError) as error:
        read_people_list(path, require_address=require_address)
    return [problem.message.removeprefix(f"{path}") for problem in error.value.problems]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [COLUMNS, ["Frau", "", "Petra", "", "", "Str. 1", "10119", "Berlin"]],
            [", Zeile 2: Die Zeile nennt weder einen Nachnamen noch eine Organisation."],
        ),
        (
            [COLUMNS, [*MUELLER[:6], "1067", *MUELLER[7:]]],
            [", Zeile 2: Spalte „PLZ“: „1067“ ist keine Postleitzahl."],
        ),
        (
            [COLUMNS, [*MUELLER[:6], "10 119", *MUELLER[7:]]],
            [", Zeile 2: Spalte „PLZ“: „10 119“ ist keine Postleitzahl."],
        ),
        (
            [COLUMNS, ["Fr.", *MUELLER[1:]]],
            [", Zeile 2: Spalte „Anrede“: „Fr.“ ist keine Anrede."],
        ),
        (
            [COLUMNS, [*MUELLER[:6], "", ""]],
            [", Zeile 2: In der Spalte „PLZ“ fehlt", ", Zeile 2: In der Spalte „Ort“ fehlt"],
        ),
        (
            [COLUMNS[:6] + COLUMNS[7:], MUELLER[:6] + MUELLER[7:]],
            [", Zeile 1: Die Spalte „PLZ“ fehlt."],
        ),
        (
            [[*COLUMNS[:3], "Nachnme", *COLUMNS[4:]], MUELLER],
            [", Zeile 1: Die Spalte „Nachname“ fehlt. Heißt sie „Nachnme“?"],
        ),
        (
            [[*COLUMNS, "PLZ"], MUELLER],
            [", Zeile 1: Die Spalte „PLZ“ steht zweimal in der Kopfzeile."],
        ),
        ([COLUMNS], [": Die Liste hat Spaltenüberschriften, aber keine Zeile mit einer Person."]),
        ([], [": Die Liste ist leer."]),
        (
            [
                COLUMNS,
                MUELLER,
                ["Frau", "", "", "", "", "", "", ""],
                ["Mr", "", "", "Smith", "", "", "123", "London"],
            ],
            [
                ", Zeile 3: Die Zeile nennt weder einen Nachnamen noch eine Organisation.",
                ", Zeile 3: In der Spalte „PLZ“ fehlt",
                ", Zeile 3: In der Spalte „Ort“ fehlt",
                ", Zeile 4: Spalte „Anrede“: „Mr“ ist keine Anrede.",
                ", Zeile 4: Spalte „PLZ“: „123“ ist keine Postleitzahl.",
            ],
        ),
    ],
)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_every_problem_at_once_with_row_and_column(
    tmp_path: Path, rows: list[Sequence[str]], expected: list[str], kind: str
) -> None:
    if kind == "csv":
        path = write_csv(tmp_path / "liste.csv", rows, ";", "cp1252")
    else:
        path = write_xlsx(tmp_path / "liste.xlsx", rows)
    messages = problems_of(path)
    assert len(messages) == len(expected)
    for message, start in zip(messages, expected, strict=True):
        assert message.startswith(start), message


@pytest.mark.parametrize(
    ("cell", "value", "expected"),
    [
        (3, "\u200b", "Die Zeile nennt weder einen Nachnamen noch eine Organisation."),
        (3, "\u00a0\u200b\u2060", "Die Zeile nennt weder einen Nachnamen noch eine"),
        (3, "Sch\u202eulz", "Spalte „Nachname“: Die Zelle enthält ein unsichtbares Steuerzeichen "),
        (
            2,
            "\u2066Eva\u2069",
            "Spalte „Vorname“: Die Zelle enthält ein unsichtbares Steuerzeichen",
        ),
        (6, "١٠١١٩", "Spalte „PLZ“: „١٠١١٩“ ist keine Postleitzahl."),
        (6, "１０１１９", "Spalte „PLZ“: „１０１１９“ ist keine Postleitzahl."),
    ],
)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_invisible_and_foreign_characters_are_no_name_and_no_postcode(
    tmp_path: Path, cell: int, value: str, expected: str, kind: str
) -> None:
    row = [*MUELLER]
    row[cell] = value
    if expected.startswith("Die Zeile nennt"):
        row[4] = ""  # no organisation: the name must be there
    rows = [COLUMNS, row]
    if kind == "csv":
        path = write_csv(tmp_path / "liste.csv", rows, ";", "utf-8")
    else:
        path = write_xlsx(tmp_path / "liste.xlsx", rows)
    (message,) = problems_of(path)
    assert message.startswith(f", Zeile 2: {expected}"), message


MOJIBAKE_ADVICE = (
    "Die Liste ist einmal mit der falschen Zeichenkodierung geöffnet oder gespeichert "
    "worden; so stünden die Namen verstümmelt in Briefen, Listen und E-Mails. Speichern Sie "
    "die Liste neu aus dem Original, oder berichtigen Sie die Zellen."
)


@pytest.mark.parametrize(
    ("cell", "value", "shown", "meant"),
    [
        (3, "MÃ¼ller", "MÃ¼ller", "Müller"),
        (5, "GroÃŸe StraÃŸe 1", "GroÃŸe", "Große"),
        (4, "Verein â€žKiezâ€œ e.V.", "â€žKiezâ€œ", "„Kiez“"),
        (2, "RenÃ©", "RenÃ©", "René"),
        (3, "MÃƒÂ¼ller", "MÃƒÂ¼ller", "Müller"),  # misread twice
        # Á is C3 81, a byte Windows-1252 leaves undefined: Windows makes it U+0081
        (3, "Ã\x81lvarez", "Ã\ufffdlvarez", "Álvarez"),
    ],
)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_text_misread_once_is_named_with_what_it_was(
    tmp_path: Path, cell: int, value: str, shown: str, meant: str, kind: str
) -> None:
    """A list saved in UTF-8, opened as Windows-1252 and saved again as UTF-8 (or XLSX):
    every letter would greet `Herr MÃ¼ller`."""
    row = [*MUELLER]
    row[cell] = value
    if kind == "csv":
        path = write_csv(tmp_path / "liste.csv", [COLUMNS, row], ";", "utf-8")
    else:
        path = write_xlsx(tmp_path / "liste.xlsx", [COLUMNS, row])
    column = COLUMNS[cell]
    assert problems_of(path) == [
        f", Zeile 2: Spalte „{column}“: In der Zelle steht „{shown}“ – gemeint ist wohl "
        f"„{meant}“. {MOJIBAKE_ADVICE}"
    ]


def test_a_whole_list_misread_is_said_at_its_header(tmp_path: Path) -> None:
    """`StraÃŸe` is the column Straße, said once, not as missing; the rows wait for the
    list saved anew."""
    columns = [column.replace("Straße", "StraÃŸe") for column in COLUMNS]
    row = [*MUELLER[:3], "MÃ¼ller", *MUELLER[4:]]
    path = write_csv(tmp_path / "liste.csv", [columns, row], ";", "utf-8")
    assert problems_of(path) == [
        ", Zeile 1: Spalte „Straße“: In der Zelle steht „StraÃŸe“ – gemeint ist wohl "
        f"„Straße“. {MOJIBAKE_ADVICE}"
    ]


def test_european_names_in_a_list_are_no_mojibake(tmp_path: Path) -> None:
    names = ["Dvořák", "Wałęsa", "Erdoğan", "Şahin", "Ørsted", "Åsa", "Čapek", "Győző"]
    rows = [COLUMNS, *([*MUELLER[:3], name, *MUELLER[4:]] for name in names)]
    path = write_csv(tmp_path / "liste.csv", rows, ";", "utf-8")
    people = read_people_list(path, require_address=True).people
    assert [person.last_name for person in people] == names


def test_characters_excel_writes_escaped_follow_the_rules_of_the_list(tmp_path: Path) -> None:
    """Excel stores a carriage return as `_x000D_`, a vertical tab as `_x000B_`, a BEL as
    `_x0007_`: as characters they are a line break, or an error of the cell, never text
    in a letter; `_x005F_` is an underscore, so `_x005F_x000D_` is the text `_x000D_`."""
    kiezladen = [*MUELLER]
    kiezladen[3] = "Meier_x000B_Schulz"  # a name is one line
    kiezladen[4] = "Kiezladen e.V._x000D_\nAbteilung Süd"
    kiezladen[5] = "Hof 2_x000B_Fehrbelliner Str. 92"
    underscore = [*MUELLER[:4], "Büro_x005F_x000D_", *MUELLER[5:]]
    bell = [*MUELLER[:3], "Schm_x0007_idt", *MUELLER[4:]]
    path = write_xlsx(tmp_path / "liste.xlsx", [COLUMNS, kiezladen, underscore, bell])
    path.write_bytes(with_shared_strings(path.read_bytes()))  # as Excel stores its texts
    people = read_people_rows(path, require_address=True)
    meier, buero, _schmidt = people.people
    assert (meier.last_name, meier.organisation_lines, meier.street) == (
        "Meier Schulz",
        ("Kiezladen e.V.", "Abteilung Süd"),
        "Hof 2\nFehrbelliner Str. 92",
    )
    assert buero.organisation == "Büro_x000D_"
    assert [problem.message for problem in people.problems] == [
        f"{path}, Zeile 4: Spalte „Nachname“: Die Zelle enthält ein unsichtbares Steuerzeichen "
        "(U+0007). Löschen Sie den Inhalt der Zelle und schreiben Sie ihn neu."
    ]


@pytest.mark.parametrize("character", ["\x00", "\x07"])
def test_a_nul_in_a_csv_cell_is_named_by_row_and_column_as_a_bel_is(
    tmp_path: Path, character: str
) -> None:
    row = [*MUELLER[:3], f"Mül{character}ler", *MUELLER[4:]]
    path = write_csv(tmp_path / "liste.csv", [COLUMNS, row], ";", "utf-8")
    assert problems_of(path) == [
        ", Zeile 2: Spalte „Nachname“: Die Zelle enthält ein unsichtbares Steuerzeichen "
        f"(U+{ord(character):04X}). Löschen Sie den Inhalt der Zelle und schreiben Sie ihn neu."
    ]


def test_excel_error_values_and_dates_are_no_text(tmp_path: Path) -> None:
    """A formula that failed (`#DIV/0!`) or a cell Excel turned into a date gives no name
    and no address: each is an error of its row and column, saying what to do."""
    error_row: list[object] = [*MUELLER]
    error_row[3] = "#DIV/0!"  # openpyxl writes Excel's error values as such (t="e")
    date_row: list[object] = [*MUELLER]
    date_row[3] = dt.datetime(2020, 1, 1)
    date_row[5] = dt.datetime(2020, 3, 11, 9, 30)
    date_row[7] = dt.datetime(2020, 3, 11)  # Ort: one message, not also „fehlt“
    text_row = [*MUELLER[:3], "#DIV/0! als Text", *MUELLER[4:]]
    path = write_xlsx(tmp_path / "liste.xlsx", [COLUMNS, error_row, date_row, text_row])
    assert problems_of(path) == [
        ", Zeile 2: Spalte „Nachname“: In der Zelle steht Excels Fehlerwert „#DIV/0!“, das "
        "Ergebnis einer Formel, die nicht aufgeht. Berichtigen Sie die Formel oder schreiben "
        "Sie den Inhalt von Hand in die Zelle.",
        ", Zeile 3: Spalte „Nachname“: Excel hat die Zelle als Datum oder Uhrzeit gespeichert "
        "(01.01.2020); hier gehört ein Text hin. Formatieren Sie die Zelle in Excel als Text "
        "(Zellen formatieren → Text) und schreiben Sie den Inhalt neu.",
        ", Zeile 3: Spalte „Straße“: Excel hat die Zelle als Datum oder Uhrzeit gespeichert "
        "(11.03.2020 09:30); hier gehört ein Text hin. Formatieren Sie die Zelle in Excel als "
        "Text (Zellen formatieren → Text) und schreiben Sie den Inhalt neu.",
        ", Zeile 3: Spalte „Ort“: Excel hat die Zelle als Datum oder Uhrzeit gespeichert "
        "(11.03.2020); hier gehört ein Text hin. Formatieren Sie die Zelle in Excel als "
        "Text (Zellen formatieren → Text) und schreiben Sie den Inhalt neu.",
    ]


@pytest.mark.parametrize(
    ("column", "value", "field", "text"),
    [
        (5, 4.5, "street", "4,5"),  # as a German Excel shows it, not `4.5`
        (5, 12, "street", "12"),
        (5, -0.25, "street", "-0,25"),
        (4, 1860, "organisation", "1860"),  # no thousands separator
        (4, 12.0, "organisation", "12"),  # Excel keeps whole numbers as floats too
    ],
)
def test_a_number_cell_is_its_german_text(
    tmp_path: Path, column: int, value: float, field: str, text: str
) -> None:
    row: list[object] = [*MUELLER]
    row[column] = value
    (person,) = read_people_list(
        write_xlsx(tmp_path / "liste.xlsx", [COLUMNS, row]), require_address=True
    ).people
    assert dataclasses.asdict(person) == dataclasses.asdict(EXPECTED_MUELLER) | {field: text}


def test_truth_values_and_numbers_where_none_can_be_are_errors(tmp_path: Path) -> None:
    """A checkbox's WAHR never prints `True` in a letter or on the sign-in sheet, and a
    number in Ort or a name is no place and no name: each an error of its row and column,
    in a CSV too. There `WAHR` is text as the officer wrote it."""
    rows: list[list[object]] = [list(COLUMNS)]
    for column, value in ((4, True), (5, False), (7, 12345), (3, 7), (1, 1.5)):
        row: list[object] = [*MUELLER]
        row[column] = value
        rows.append(row)
    path = write_xlsx(tmp_path / "liste.xlsx", rows)
    truth_value = (
        "Excel hat in der Zelle den Wahrheitswert {} gespeichert (etwa aus einem "
        "Kontrollkästchen oder einer Formel); hier gehört ein Text hin. Schreiben Sie den "
        "Text, der hier stehen soll, in die Zelle oder lassen Sie sie leer."
    )
    assert problems_of(path) == [
        f", Zeile 2: Spalte „Organisation“: {truth_value.format('WAHR')}",
        f", Zeile 3: Spalte „Straße“: {truth_value.format('FALSCH')}",
        ", Zeile 4: Spalte „Ort“: In der Zelle steht die Zahl 12345, kein Ortsname wie Berlin "
        "(die Postleitzahl gehört in die Spalte „PLZ“). Berichtigen Sie die Zelle.",
        ", Zeile 5: Spalte „Nachname“: In der Zelle steht die Zahl 7, kein Nachname. "
        "Berichtigen Sie die Zelle.",
        ", Zeile 6: Spalte „Titel“: In der Zelle steht die Zahl 1,5, kein Titel (etwa Dr.). "
        "Berichtigen Sie die Zelle.",
    ]
    csv_row = [*MUELLER[:4], "WAHR", *MUELLER[5:7], "12345"]
    csv = write_csv(tmp_path / "liste.csv", [COLUMNS, csv_row], ";", "utf-8")
    assert problems_of(csv) == [
        ", Zeile 2: Spalte „Ort“: In der Zelle steht die Zahl 12345, kein Ortsname wie Berlin "
        "(die Postleitzahl gehört in die Spalte „PLZ“). Berichtigen Sie die Zelle."
    ]


@pytest.mark.parametrize(
    ("column", "value", "error"),
    [
        (6, "1010", "„1010“ ist keine Postleitzahl."),
        (6, 1000, "„1000“ ist keine Postleitzahl."),
        (5, dt.datetime(2020, 3, 11, 9, 30), "Excel hat die Zelle als Datum"),
        (8, "#N/A", "In der Zelle steht Excels Fehlerwert"),
        (7, "W" * 201, "Die Zelle ist 201 Zeichen lang"),
    ],
)
def test_a_registration_list_does_not_read_the_address_no_list_prints(
    tmp_path: Path, column: int, value: object, error: str
) -> None:
    """The sign-in sheet shows title, names and organisation, no address and no e-mail
    address: what stands there does not stop the lists (the letters check it)."""
    row: list[object] = ["Frau", "", "Anna", "Huber", "Uni Wien", "Ring 1", "10115", "Berlin"]
    row += ["a@b.at"]
    row[column] = value
    path = write_xlsx(tmp_path / "anmeldungen.xlsx", [COLUMNS, row])
    people = read_people_list(path, require_address=False)
    assert people.people == (
        person("Huber", "Anna", "Uni Wien", salutation=Salutation.FRAU, postcode=None, city=None),
    )
    assert people.warnings == ()
    [problem] = problems_of(path)
    assert error in problem


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("liste.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
        ("liste.xlsx", b"PK\x03\x04 kaputt"),
        ("liste.pdf", b"%PDF-1.7\n\x00\x01\x02"),
    ],
)
def test_file_that_is_neither_csv_nor_xlsx(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert problems_of(path) == [
        ": Die Datei ist weder eine Excel-Tabelle (.xlsx) noch eine CSV-Datei. Speichern Sie "
        "die Liste in Excel als „Excel-Arbeitsmappe (*.xlsx)“ oder „CSV (Trennzeichen-getrennt)“."
    ]


def test_missing_file(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "fehlt.csv") == [
        ": Die Datei gibt es nicht. Prüfen Sie Ordner und Dateinamen."
    ]


def test_a_link_that_points_to_itself_is_named_in_german(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.symlink_to(path)
    assert problems_of(path) == [
        ": Die Datei lässt sich nicht lesen (eine Verknüpfung zeigt im Kreis auf sich selbst)."
    ]


def test_a_first_name_without_a_last_name_beside_an_organisation_is_noted(tmp_path: Path) -> None:
    """`Herr Max` of the Kiezladen: the letter can only go to the Kiezladen, and says so."""
    row = ["Herr", "", "Max", "", "Kiezladen e.V.", "Weg 4", "10115", "Berlin", ""]
    path = write_csv(tmp_path / "liste.csv", [COLUMNS, row], ";", "utf-8")
    people = read_people_list(path, require_address=True)
    assert [p.organisation for p in people.people] == ["Kiezladen e.V."]
    assert [w.message.removeprefix(str(path)) for w in people.warnings] == [
        ", Zeile 2: Spalte „Nachname“: Zum Vornamen „Max“ fehlt der Nachname; ohne ihn steht "
        "nur „Kiezladen e.V.“ im Brief und in der Liste, ohne die Person. Soll sie genannt "
        "werden, tragen Sie ihren Nachnamen ein."
    ]


@pytest.mark.parametrize(
    ("header", "column"),
    [("Mail", 8), ("Mailadresse", 8), ("E-Mail-Adresse", 8), ("Postleitzahl", 6), ("Stadt", 7)],
)
def test_the_usual_other_headers_are_read(tmp_path: Path, header: str, column: int) -> None:
    """`Mail` as in the distribution list of `send`: `invite --send` must not miss it."""
    headers = [*COLUMNS]
    headers[column] = header
    path = write_csv(tmp_path / "liste.csv", [headers, MUELLER], ";", "utf-8")
    assert read_people_list(path, require_address=True).people == (EXPECTED_MUELLER,)


@pytest.mark.parametrize(
    ("header", "column", "expected"),
    [
        ("Einrichtung", 4, "Die Spalte „Organisation“ fehlt. Heißt sie „Einrichtung“?"),
        ("Firma", 4, "Die Spalte „Organisation“ fehlt. Heißt sie „Firma“?"),
        ("Adresse", 5, "Die Spalte „Straße“ fehlt. Heißt sie „Adresse“?"),
        ("Anschrift", 5, "Die Spalte „Straße“ fehlt. Heißt sie „Anschrift“?"),
    ],
)
def test_a_header_that_probably_means_a_missing_column_is_named(
    tmp_path: Path, header: str, column: int, expected: str
) -> None:
    headers = [*COLUMNS]
    headers[column] = header
    path = write_csv(tmp_path / "liste.csv", [headers, MUELLER], ";", "utf-8")
    assert problems_of(path) == [
        f", Zeile 1: {expected} Schreiben Sie die Überschrift „{COLUMNS[column]}“."
    ]


@pytest.mark.parametrize(
    ("require_address", "notes"),
    [
        (
            True,
            [
                "Zeile 4 ist dieselbe Person wie Zeile 3 (gleicher Name, gleiche Anschrift): "
                "Sie erhielte zwei Einladungen oder stünde zweimal auf der Anwesenheitsliste. "
                "Löschen Sie eine der beiden Zeilen, wenn das nicht gewollt ist."
            ],
        ),
        (
            False,
            [
                f"Zeile {row} ist dieselbe Person wie Zeile 3 (gleicher Name, gleiche "
                "Organisation): Sie stünde zweimal auf der Anwesenheitsliste. Löschen Sie eine "
                "der beiden Zeilen, wenn das nicht gewollt ist."
                for row in (4, 5)
            ],
        ),
    ],
)
def test_a_person_in_two_rows_is_noted(
    tmp_path: Path, require_address: bool, notes: list[str]
) -> None:
    """Alike but for case and spaces, without e-mail: two letters, twice on the sheet (a
    registration list's addresses are not read: on the sheet both rows are alike)."""
    first = ["Herr", "", "Max", "Schmidt", "", "Wattstr. 16", "13355", "Berlin", ""]
    twice = ["herr", "", "Max", " schmidt", "", "Wattstr.  16", "13355", "BERLIN", ""]
    other = ["Herr", "", "Max", "Schmidt", "", "Wattstr. 17", "13355", "Berlin", ""]
    rows = [COLUMNS, MUELLER, first, twice, other]
    path = write_csv(tmp_path / "liste.csv", rows, ";", "utf-8")
    people = read_people_list(path, require_address=require_address)
    assert len(people.people) == 4
    assert {w.severity for w in people.warnings} == {Severity.WARNING}
    assert [w.message for w in people.warnings] == [f"{path}: {note}" for note in notes]


def test_a_number_cell_postcode_that_no_zero_makes_german_is_an_error(tmp_path: Path) -> None:
    """01000 is no German postcode (they run from 01001): 1000 is not repaired."""
    row: list[object] = [*MUELLER]
    row[6] = 1000
    path = write_xlsx(tmp_path / "liste.xlsx", [COLUMNS, row])
    assert problems_of(path) == [
        ", Zeile 2: Spalte „PLZ“: „1000“ ist keine Postleitzahl. Schreiben Sie fünf Ziffern, "
        "zum Beispiel 10117 oder 01067 (in Excel als Text formatiert, damit die führende Null "
        "bleibt). Eine Anschrift im Ausland kann pressetool nicht setzen: Nehmen Sie die Zeile "
        "aus der Liste und schreiben Sie diesen Brief von Hand."
    ]


_HEADER_8 = "Anrede;Titel;Vorname;Nachname;Organisation;Straße;PLZ;Ort"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a separator inside an unquoted cell: the cells after it one column on
        (
            [_HEADER_8, "Frau;;Anna;Eins;Kiez; Nachbarschaft e.V.;Weg 1;10115;Berlin"],
            ", Zeile 2: Die Zeile hat 9 Zellen, die Kopfzeile (Zeile 1) nur 8; so stünden ihre "
            "Angaben in den falschen Spalten. Steht ein Semikolon in einer Zelle? Setzen Sie die "
            'Zelle in Anführungszeichen ("…") oder ersetzen Sie das Zeichen durch ein anderes; '
            "eine Zelle „E-Mail“ nimmt nur eine Adresse.",
        ),
        # two addresses in the last column: the second was dropped
        (
            [f"{_HEADER_8};E-Mail", "Frau;;Dora;Drei;;Weg 2;10115;Berlin;d@x.org; d2@x.org"],
            ", Zeile 2: Die Zeile hat 10 Zellen, die Kopfzeile (Zeile 1) nur 9;",
        ),
        (
            [_HEADER_8.replace(";", ","), "Frau,,Anna,Eins,Kiez,Weg 1,10115,Berlin,Mitte"],
            ", Zeile 2: Die Zeile hat 9 Zellen, die Kopfzeile (Zeile 1) nur 8; so stünden ihre "
            "Angaben in den falschen Spalten. Steht ein Komma in einer Zelle?",
        ),
    ],
    ids=["separator in a cell", "two addresses", "comma"],
)
def test_a_csv_row_with_more_cells_than_the_header_is_an_error_of_its_row(
    tmp_path: Path, lines: list[str], expected: str
) -> None:
    """Only that message for the row: its cells stand in the wrong columns (`Weg 1` under PLZ)."""
    path = tmp_path / "liste.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [problem] = problems_of(path)
    assert problem.startswith(expected)


@pytest.mark.parametrize(
    "row",
    [
        "Frau;;Anna;Eins;;Weg 1;10115;Berlin;;;",  # empty cells after the last: nothing moved
        'Frau;;Anna;Eins;"Kiez; Nachbarschaft e.V.";Weg 1;10115;Berlin',  # in quotes
    ],
)
def test_a_csv_row_with_no_cell_beyond_the_header_is_read(tmp_path: Path, row: str) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(f"{_HEADER_8}\n{row}\n", encoding="utf-8")
    [person] = read_people_list(path, require_address=True).people
    assert (person.street, person.postcode, person.city) == ("Weg 1", "10115", "Berlin")
