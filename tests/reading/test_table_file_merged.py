"""Merged cells and formulas without a result in an XLSX, as other programs write them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from pressetool.problems import InputError
from pressetool.reading import table_file
from pressetool.reading.people_list import read_people_list, read_people_rows
from pressetool.reading.table_file import FormulaWithoutResult, read_table
from tests.builders import COLUMNS, with_sheet_xml, xlsx_bytes

ROWS = [
    ["Frau", "", "Petra", "Müller", "Kreativhaus e.V.", "Torstr. 1", "10119", "Berlin", ""],
    ["Herr", "", "Max", "Schmidt", "", "Torstr. 1", "10119", "", ""],
    ["Frau", "", "Ute", "Weiß", "", "Torstr. 1", "10119", "", ""],
    ["divers", "", "Kim", "Kern", "", "Torstr. 1", "10119", "Berlin", ""],
]


def workbook_with(change: Callable[[Workbook], None]) -> Callable[[Workbook], None]:
    def build(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        for row in [COLUMNS, *ROWS]:
            sheet.append(list(row))
        change(workbook)

    return build


def merge(*ranges: str) -> Callable[[Workbook], None]:
    def change(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        for cells in ranges:
            sheet.merge_cells(cells)

    return change


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "liste.xlsx"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("ranges", "organisations", "cities"),
    [
        # Organisation merged over E2:E4: the people of rows 3 and 4 work there too
        (("E2:E4",), ["Kreativhaus e.V."] * 3 + [None], ["Berlin", None, None, "Berlin"]),
        # Ort merged over H2:H4: no „fehlt der Wert“ for rows 3 and 4
        (("H2:H4",), ["Kreativhaus e.V.", None, None, None], ["Berlin"] * 4),
        (("E2:E4", "H2:H4"), ["Kreativhaus e.V."] * 3 + [None], ["Berlin"] * 4),
    ],
)
def test_a_merged_value_stands_in_every_row_of_its_range(
    tmp_path: Path,
    ranges: tuple[str, ...],
    organisations: list[str | None],
    cities: list[str | None],
) -> None:
    path = write(tmp_path, xlsx_bytes(workbook_with(merge(*ranges))))
    people = read_people_rows(path, require_address=True)
    assert [p.message for p in people.problems] == [
        f"{path}, Zeile {row}: In der Spalte „Ort“ fehlt der Wert; ohne ihn lässt sich "
        "der Brief nicht adressieren. Tragen Sie ihn ein."
        for row in (3, 4)
        if None in cities
    ]
    assert [p.organisation for p in people.people] == organisations
    assert [p.city for p in people.people] == cities


def test_a_merged_title_row_above_the_header_is_passed_over(tmp_path: Path) -> None:
    def title(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.insert_rows(1)
        sheet["A1"] = "Einladungsliste März"
        sheet.merge_cells("A1:I1")

    path = write(tmp_path, xlsx_bytes(workbook_with(title)))
    table = read_table(path)
    assert list(table.rows[0]) == ["Einladungsliste März"]  # its first column only
    people = read_people_list(path, require_address=False)
    assert [p.row for p in people.people] == [3, 4, 5, 6]


def test_a_range_over_two_columns_of_a_row_is_one_value(tmp_path: Path) -> None:
    """`Bert Bau` merged over Vorname and Nachname was both: „Herrn Bert Bau Bert Bau“."""

    def merged(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet["C2"], sheet["D2"] = "Bert Bau", None
        sheet.merge_cells("C2:D2")

    path = write(tmp_path, xlsx_bytes(workbook_with(merged)))
    row = read_table(path).rows[1]
    assert (row[2], row[3]) == ("Bert Bau", None)


def test_a_merged_range_is_filled_only_within_the_rows_and_columns_read(
    tmp_path: Path,
) -> None:
    """`J2:XFD1048576` would be 17 billion cells: the fill ends with the rows read and the
    widest of them, and adds no column (no „mehr als 200 Spalten“)."""

    def note(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet["J2"] = "Notiz"
        sheet.merge_cells("J2:K2")  # openpyxl would make a cell of each merged one

    data = sheet_xml(xlsx_bytes(workbook_with(note)), "J2:K2", "J2:XFD1048576")
    path = write(tmp_path, data)
    rows = read_table(path).rows
    assert len(rows) == 5
    assert [row[9:] for row in rows[1:]] == [("Notiz",), ("Notiz",), ("Notiz",), ("Notiz",)]
    people = read_people_list(path, require_address=False)
    assert [w.params["columns"] for w in people.warnings] == ["J (ohne Überschrift)"]


def test_too_many_merged_ranges_are_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_file, "MERGED_RANGES", 2)
    path = write(tmp_path, xlsx_bytes(workbook_with(merge("A2:A3", "B2:B3", "C2:C3"))))
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [
        f"{path}: Die Tabelle hat mehr als 2 verbundene Zellen; so viele hat keine Liste. "
        "Markieren Sie in Excel die ganze Tabelle und heben Sie die Verbindung auf (Start → "
        "Verbinden und zentrieren), dann speichern Sie."
    ]


def formula(cell: str, text: str) -> Callable[[Workbook], None]:
    def change(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet[cell] = text

    return change


def sheet_xml(data: bytes, pattern: str, replacement: str) -> bytes:
    """The workbook with `pattern` replaced once in its sheet's XML."""

    def change(content: bytes) -> bytes:
        text, count = re.subn(pattern, replacement, content.decode())
        assert count == 1
        return text.encode()

    return with_sheet_xml(data, change)


def with_result(data: bytes, cell: str, result: str) -> bytes:
    """The workbook as Excel saves it after calculating: the formula's result stored."""
    pattern = rf'<c r="{cell}"([^>]*)><f>([^<]*)</f><v\s*(?:/>|></v>)'
    return sheet_xml(data, pattern, rf'<c r="{cell}"\1 t="str"><f>\2</f><v>{result}</v>')


def test_a_formula_without_a_result_is_an_error_of_its_cell(tmp_path: Path) -> None:
    """openpyxl, pandas and many exports write formulas without calculating them."""
    path = write(tmp_path, xlsx_bytes(workbook_with(formula("D3", '=C3&"mann"'))))
    assert read_table(path).rows[2][3] == FormulaWithoutResult('=C3&"mann"')
    with pytest.raises(InputError) as error:
        read_people_list(path, require_address=False)
    assert [p.message for p in error.value.problems] == [
        f'{path}, Zeile 3: Spalte „Nachname“: In der Zelle steht die Formel „=C3&"mann"“, '
        "aber kein Ergebnis; das Programm, das die Datei geschrieben hat, hat sie nicht "
        "berechnet. Öffnen Sie die Datei einmal in Excel oder LibreOffice und speichern Sie "
        "sie, oder schreiben Sie den Inhalt von Hand in die Zelle."
    ]


def test_a_formula_without_a_result_in_a_row_of_no_value_is_named(tmp_path: Path) -> None:
    """A row without a value is kept without cells; its formula cell is still read."""
    path = write(tmp_path, xlsx_bytes(workbook_with(formula("D7", '=C3&"mann"'))))
    assert list(read_table(path).rows[6]) == [None, None, None, FormulaWithoutResult('=C3&"mann"')]


def test_a_formula_with_its_result_gives_the_result(tmp_path: Path) -> None:
    data = with_result(xlsx_bytes(workbook_with(formula("D3", '=C3&"mann"'))), "D3", "Maxmann")
    path = write(tmp_path, data)
    people = read_people_list(path, require_address=False).people
    assert people[1].last_name == "Maxmann"


def test_an_empty_text_result_is_an_empty_cell(tmp_path: Path) -> None:
    """`=WENN(A2="";"";A2)` that Excel calculated to nothing: empty, not an error."""
    data = with_result(xlsx_bytes(workbook_with(formula("E3", '=IF(A1="","",A1)'))), "E3", "")
    path = write(tmp_path, data)
    assert read_table(path).rows[2][4] is None


def test_many_formulas_without_a_result_are_one_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_file, "FORMULAS_WITHOUT_RESULT", 1)

    def formulas(workbook: Workbook) -> None:
        formula("D3", "=C3")(workbook)
        formula("D4", "=C4")(workbook)

    path = write(tmp_path, xlsx_bytes(workbook_with(formulas)))
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [
        f"{path}: In der Tabelle stehen viele Formeln ohne Ergebnis; das Programm, das die "
        "Datei geschrieben hat, hat sie nicht berechnet. Öffnen Sie die Datei einmal in Excel "
        "oder LibreOffice und speichern Sie sie."
    ]
