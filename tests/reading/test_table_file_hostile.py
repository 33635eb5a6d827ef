"""Hostile XLSX sheets: broken or odd XML ends in a German message naming the file,
never a traceback, a hang or unbounded memory."""

from __future__ import annotations

import io
import re
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
    with_part,
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
    """Of an element nothing is kept but what the list needs: 100,000 merged ranges below
    the rows (and one that names no cells) cost no memory."""
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


def shared_strings_list(sheet: int = 0, strings: int = 0) -> bytes:
    """The list's workbook with its texts in shared strings, as Excel writes it, and `sheet`
    empty elements more in its sheet, `strings` strings more in its shared strings."""
    data = with_shared_strings(xlsx_bytes(workbook_with(merge("E2:E4"))))
    data = with_sheet_xml(data, inserted_after("<sheetData>", "<x/>" * sheet))
    return with_part(
        data,
        "xl/sharedStrings.xml",
        lambda xml: xml.replace(b"</sst>", b"<si/>" * strings + b"</sst>"),
    )


@pytest.mark.parametrize(
    ("sheet", "strings", "refused"),
    [(1_000, 0, True), (0, 1_000, True), (600, 600, True), (600, 0, False), (0, 600, False)],
)
def test_the_shared_strings_count_with_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet: int, strings: int, refused: bool
) -> None:
    """The sheet's texts are in the shared strings: one bound for both, so that neither
    can be as large again as the other."""
    monkeypatch.setattr(table_file, "SHEET_ELEMENTS", 1_000)
    path = write(tmp_path, shared_strings_list(sheet, strings))
    if not refused:
        assert len(read_table(path).rows) == 5
        return
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [
        f"{path}: {SHEET_ELEMENTS.format(limit='1.000')}"
    ]


def test_a_flood_of_elements_is_refused_before_expat_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The elements of each chunk are counted before expat reads the chunk: of 300,000
    empty cells, no more than the bound's are read, whatever follows."""
    monkeypatch.setattr(table_file, "SHEET_ELEMENTS", 1_000)
    monkeypatch.setattr(table_file, "_CHUNK", 4_096)
    cells_read = 0
    start_cell = table_file._SheetCells.start_cell

    def counted(cells: table_file._SheetCells, parent: str, attributes: dict[str, str]) -> None:
        nonlocal cells_read
        cells_read += 1
        start_cell(cells, parent, attributes)

    monkeypatch.setattr(table_file._SheetCells, "start_cell", counted)
    path = write(tmp_path, many_elements(300_000, '<row r="2">', "<c/>"))
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [
        f"{path}: {SHEET_ELEMENTS.format(limit='1.000')}"
    ]
    assert 0 < cells_read <= 1_000


PARTS = {"xl/worksheets/sheet1.xml": "<sheetData>", "xl/sharedStrings.xml": "<si>"}
"""The parts expat reads, and where an element may begin in each."""


@pytest.mark.parametrize(
    "insert",
    [
        '<x a="' + "y" * 10_000 + '"/>',
        "<!--" + "y" * 10_000 + "-->",
        "<x " + " ".join(f'a{n}=""' for n in range(65)) + "/>",
    ],
    ids=["tag longer than a chunk", "comment longer than a chunk", "65 attributes"],
)
@pytest.mark.parametrize("part", PARTS)
def test_xml_no_program_writes_is_no_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, insert: str, part: str
) -> None:
    """No program writes a tag longer than a chunk (expat 2.5 parses a tag that is not
    complete again with each chunk it is given: 20 MB of attributes took minutes), nor an
    element of 65 attributes."""
    monkeypatch.setattr(table_file, "_CHUNK", 4_096)
    path = write(
        tmp_path, with_part(shared_strings_list(), part, inserted_after(PARTS[part], insert))
    )
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [f"{path}: {NOT_A_TABLE}"]


@pytest.mark.parametrize("part", PARTS)
def test_a_dtd_is_no_table(tmp_path: Path, part: str) -> None:
    """Excel writes none; its entities could multiply a text (`test_billion_laughs…`)."""
    path = write(
        tmp_path, with_part(shared_strings_list(), part, lambda xml: b"<!DOCTYPE x>" + xml)
    )
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [f"{path}: {NOT_A_TABLE}"]


TOO_LONG_TO_READ = (
    "Zeile 2: In dieser Zeile steht eine Zelle mit weit über 100.000 Zeichen; erlaubt sind "
    "höchstens 200. Kürzen Sie den Eintrag."
)


@pytest.mark.parametrize("shared", [False, True], ids=["inline", "shared"])
def test_a_text_too_long_to_read_is_an_error_of_its_row(tmp_path: Path, shared: bool) -> None:
    """As in a CSV: a cell of 95 MB took 5 s and 216 MB; it is read no further than the csv
    module's field limit."""
    data = xlsx_bytes(workbook_with(merge("E2:E4")))
    data = sheet_xml(data, "<t>Petra</t>", f"<t>{'P' * (table_file._TEXT_READ + 1)}</t>")
    path = write(tmp_path, with_shared_strings(data) if shared else data)
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [f"{path}, {TOO_LONG_TO_READ}"]


def test_a_shared_string_too_long_that_no_cell_names_is_read(tmp_path: Path) -> None:
    long = f"<si><t>{'P' * (table_file._TEXT_READ + 1)}</t></si>".encode()
    data = shared_strings_list()
    path = write(
        tmp_path,
        with_part(
            data, "xl/sharedStrings.xml", lambda xml: xml.replace(b"</sst>", long + b"</sst>")
        ),
    )
    assert len(read_table(path).rows) == 5


@pytest.mark.parametrize(
    ("part", "where", "element"),
    [
        ("xl/styles.xml", "<cellXfs ", "<xf/>"),  # 6.9 million took 3 minutes and 3.6 GB
        ("[Content_Types].xml", "<Types ", '<Default Extension="x" ContentType="x/x"/>'),
        ("xl/workbook.xml", "<workbook ", "<x/>"),
    ],
)
def test_a_part_openpyxl_reads_of_too_many_elements_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, part: str, where: str, element: str
) -> None:
    monkeypatch.setattr(table_file, "WORKBOOK_ELEMENTS", 500)
    tag = where.encode()

    def flood(xml: bytes) -> bytes:
        start = xml.index(tag)
        end = xml.index(b">", start) + 1
        return xml[:end] + element.encode() * 500 + xml[end:]

    path = write(tmp_path, with_part(xlsx_bytes(workbook_with(merge("E2:E4"))), part, flood))
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [
        f"{path}: {SHEET_ELEMENTS.format(limit='500')}"
    ]


def test_no_sheet_counts_as_a_part_openpyxl_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl reads each sheet for its size, to the end of its rows when it names none
    (`<dimension>`), in every sheet of the workbook: it is given an empty one instead."""
    monkeypatch.setattr(table_file, "WORKBOOK_ELEMENTS", 500)
    data = with_sheet_xml(
        xlsx_bytes(workbook_with(merge("E2:E4"))),
        lambda xml: re.sub(rb"<dimension [^>]*/>", b"", xml),
    )
    path = write(tmp_path, with_sheet_xml(data, inserted_after("<sheetData>", "<x/>" * 1_000)))
    assert len(read_table(path).rows) == 5


def test_a_sheet_not_read_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the active sheet is read: a flood in another costs nothing."""
    monkeypatch.setattr(table_file, "SHEET_ELEMENTS", 1_000)

    def other_sheet(workbook: Workbook) -> None:
        workbook.create_sheet("Alt").append(["Alt"])

    data = xlsx_bytes(workbook_with(other_sheet))
    data = with_part(
        data, "xl/worksheets/sheet2.xml", inserted_after("<sheetData>", "<x/>" * 5_000)
    )
    table = read_table(write(tmp_path, data))
    assert [list(row)[:4] for row in table.rows[:2]] == [
        ["Anrede", "Titel", "Vorname", "Nachname"],
        ["Frau", None, "Petra", "Müller"],
    ]


PARTS_MESSAGE = (
    "Die Excel-Datei besteht aus mehr als 20 Teilen (Tabellenblätter, Bilder, Diagramme); so "
    "viele hat keine Liste. Kopieren Sie die Zeilen der Liste in Excel in eine neue "
    "Arbeitsmappe und speichern Sie diese."
)


def test_a_workbook_of_too_many_parts_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """zipfile reads the entry of each part in Python before anything else can be checked:
    200,000 empty parts in 18 MB took 1.4 s, and openpyxl read them again."""
    monkeypatch.setattr(table_file, "ZIP_PARTS", 20)
    buffer = io.BytesIO(xlsx_bytes(workbook_with(merge("E2:E4"))))
    with zipfile.ZipFile(buffer, "a") as archive:
        for number in range(21 - len(archive.infolist())):
            archive.writestr(f"leer{number}", b"")
    path = write(tmp_path, buffer.getvalue())
    with pytest.raises(InputError) as error:
        read_table(path)
    assert [p.message for p in error.value.problems] == [f"{path}: {PARTS_MESSAGE}"]
    monkeypatch.setattr(table_file, "ZIP_PARTS", 21)
    assert len(read_table(path).rows) == 5
