"""Hostile XLSX sheets: broken or odd XML ends in a German message naming the file,
never a traceback, a hang or unbounded memory."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from pressetool.problems import InputError
from pressetool.reading import table_file
from pressetool.reading.people_list import read_people_list
from pressetool.reading.table_file import read_table
from tests.builders import (
    inserted_after,
    with_broken_part,
    with_shared_strings,
    with_sheet_xml,
    xlsx_bytes,
)
from tests.reading.test_table_file_merged import merge, sheet_xml, workbook_with, write

NOT_A_TABLE = (
    "Die Datei ist weder eine Excel-Tabelle (.xlsx) noch eine CSV-Datei. Speichern Sie die "
    "Liste in Excel als „Excel-Arbeitsmappe (*.xlsx)“ oder „CSV (Trennzeichen-getrennt)“."
)


def merged(ref: str) -> bytes:
    return sheet_xml(xlsx_bytes(workbook_with(merge("E2:E4"))), "E2:E4", ref)


@pytest.mark.parametrize("ref", ["E:E", "2:2", "E2:A1", "A1:A1048577", "", "XFE1:XFE2"])
def test_a_merged_range_that_names_no_cells_is_passed_over(tmp_path: Path, ref: str) -> None:
    path = write(tmp_path, merged(ref))
    people = read_people_list(path, require_address=False).people
    assert [p.organisation for p in people] == ["Kreativhaus e.V.", None, None, None]


@pytest.mark.parametrize(
    ("pattern", "replacement"),
    [
        ('<row r="3"', '<row r="²"'),  # a digit, but not one int() reads
        ('<row r="3"', '<row r="٣"'),  # an Arabic-Indic three
        ("</mergeCells>", "</mergeCels>"),
        ("</sheetData>", "<row r=</sheetData>"),
        ("<sheetData>", "<sheetData><c"),
        ("<sheetData>", "<sheetData><x>&g;</x>"),  # an entity never declared
    ],
)
def test_a_sheet_of_broken_xml_is_no_table(tmp_path: Path, pattern: str, replacement: str) -> None:
    path = write(
        tmp_path, sheet_xml(xlsx_bytes(workbook_with(merge("E2:E4"))), pattern, replacement)
    )
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [f"{path}: {NOT_A_TABLE}"]


def test_billion_laughs_used_in_a_cell_is_no_table(tmp_path: Path) -> None:
    data = xlsx_bytes(workbook_with(merge("E2:E4")))
    laughs = "".join(
        f'<!ENTITY {name} "{("&" + before + ";") * 10 if before else "lol"}">'
        for before, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
    )
    data = sheet_xml(data, "<worksheet ", f"<!DOCTYPE worksheet [{laughs}]><worksheet ")
    data = sheet_xml(data, "<t>Petra</t>", "<t>&i;</t>")
    path = write(tmp_path, data)
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [f"{path}: {NOT_A_TABLE}"]


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"])
def test_a_part_whose_compressed_data_is_broken_is_no_table(tmp_path: Path, part: str) -> None:
    """zlib's error was a traceback."""
    path = write(tmp_path, with_broken_part(xlsx_bytes(workbook_with(merge("E2:E4"))), part))
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [f"{path}: {NOT_A_TABLE}"]


def many_elements(count: int, where: str = "<sheetData>", element: str = "<x/>") -> bytes:
    """The list's workbook with `count` copies of `element` after `where` in its sheet."""
    data = xlsx_bytes(workbook_with(merge("E2:E4")))
    return with_sheet_xml(data, inserted_after(where, element * count))


SHEET_ELEMENTS = (
    "Die Tabelle besteht aus mehr als {limit} XML-Elementen; so viele hat keine Liste. "
    "Kopieren Sie die Zeilen der Liste in Excel in eine neue Arbeitsmappe und speichern Sie "
    "diese."
)


@pytest.mark.parametrize(
    ("where", "element"),
    [("<sheetData>", "<x/>"), ('<mergeCell ref="E2:E4"/>', '<mergeCell ref="A20000:B20000"/>')],
)
def test_a_sheet_of_too_many_elements_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, element: str
) -> None:
    monkeypatch.setattr(table_file, "SHEET_ELEMENTS", 1_000)
    monkeypatch.setattr(table_file, "MERGED_RANGES", 2_000)
    path = write(tmp_path, many_elements(1_001, where, element))
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [
        f"{path}: {SHEET_ELEMENTS.format(limit='1.000')}"
    ]


def test_merged_ranges_below_the_rows_read_are_not_read(tmp_path: Path) -> None:
    """Each ended element is dropped, and openpyxl stops after the last row: 100,000
    merged ranges below the rows (and one openpyxl would fail on) cost no memory."""
    many = '<mergeCell ref="A20000:B20000"/>' * 100_000 + '<mergeCell ref="E2:A1"/>'
    path = write(tmp_path, many_elements(1, '<mergeCell ref="E2:E4"/>', many))
    people = read_people_list(path, require_address=False).people
    assert [p.organisation for p in people] == ["Kreativhaus e.V."] * 3 + [None]


def _chartsheet_without_chart(workbook: Workbook) -> None:
    workbook.active.append(["Vorname", "Nachname"])
    workbook.create_chartsheet("Diagramm")


def _defined_name_of_a_missing_sheet(data: bytes) -> bytes:
    """An autofilter's name for sheet 0, whose XML is gone: openpyxl warns in English."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                content = content.replace(
                    b"</sheets>",
                    b'</sheets><definedNames><definedName name="_xlnm._FilterDatabase" '
                    b'localSheetId="0" hidden="1">Sheet!$A$1:$B$2</definedName></definedNames>',
                )
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(lambda: xlsx_bytes(_chartsheet_without_chart), id="chartsheet"),
        pytest.param(
            lambda: _defined_name_of_a_missing_sheet(xlsx_bytes(lambda _w: None)),
            id="defined name of a missing sheet",
        ),
        pytest.param(
            lambda: _shared_string_beyond_the_table(), id="shared string beyond the table"
        ),
    ],
)
def test_a_workbook_openpyxl_trips_over_is_no_table_and_no_english(
    tmp_path: Path, data: Callable[[], bytes]
) -> None:
    """An AttributeError inside openpyxl was a traceback; its warnings went to stderr."""
    path = write(tmp_path, data())
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [f"{path}: {NOT_A_TABLE}"]


def _shared_string_beyond_the_table() -> bytes:
    """A cell naming shared string 99 of a table of two (an IndexError in openpyxl)."""

    def fill(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.append(["Nachname", "Vorname"])

    shared = with_shared_strings(xlsx_bytes(fill))
    return with_sheet_xml(shared, lambda xml: xml.replace(b"<v>1</v>", b"<v>99</v>", 1))
