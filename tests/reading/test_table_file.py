"""A list file as a table of cells: the same for recipient, registration and distribution lists."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Border, Side
from openpyxl.utils import get_column_letter

from pressetool.problems import Code, InputError
from pressetool.reading import limits
from pressetool.reading.table_file import (
    CellError,
    cell_text,
    header_key,
    is_empty,
    number_text,
    read_table,
    stripped,
)
from tests.builders import with_part, with_shared_strings, with_sheet_xml, write_xlsx, xlsx_bytes


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Nachname;Ort\nMüller;Berlin\n", "utf-8"),
        ("\ufeffNachname;Ort\nMüller;Berlin\n", "utf-8"),
        ("Nachname,Ort\nMüller,Berlin\n", "cp1252"),
        ("Nachname\tOrt\nMüller\tBerlin\n", "utf-8"),
        # Excel's first line `sep=`: the separator, not a row (it hides the line)
        ("sep=;\r\nNachname;Ort\r\nMüller;Berlin\r\n", "cp1252"),
        ("SEP=,\nNachname,Ort\nMüller,Berlin\n", "utf-8"),
    ],
)
def test_a_csv_as_excel_writes_it(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert [list(row) for row in table.rows] == [["Nachname", "Ort"], ["Müller", "Berlin"]]
    assert table.notes == []


def test_an_xlsx_gives_its_cells(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", [["Nachname", "PLZ"], ["Müller", 10117]])
    assert [list(row) for row in read_table(path).rows] == [["Nachname", "PLZ"], ["Müller", 10117]]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\x00\x01\x02 kein Text", Code.LIST_NOT_A_TABLE),
        ("Nachname;Ort\r\nMüller;Berlin\r\n".encode("utf-16-le"), Code.LIST_NOT_A_TABLE),
        (("Nachname;Ort\r\n" + "M\x00;Berlin\r\n" * 11).encode(), Code.LIST_NOT_A_TABLE),
        (b"PK\x03\x04 keine Arbeitsmappe", Code.LIST_NOT_A_TABLE),
        (("Nachname\n" + "Müller\n" * limits.LIST_ROWS).encode(), Code.LIST_TOO_MANY_ROWS),
        (
            ("Nachname;Ort\n" + "M" * 200_000 + ";Berlin\n").encode(),
            Code.LIST_CELL_TOO_LONG_TO_READ,
        ),
        (('Nachname;Ort\n"Müller;Berlin\n' + "M" * 200_000).encode(), Code.LIST_UNBALANCED_QUOTE),
        (("Nachname;Ort\n" + "a;" * 1_000_000).encode(), Code.LIST_TOO_MANY_COLUMNS),
        (
            ("Nachname\n" + ";\n" * 50_000 + "Müller\n" * limits.LIST_ROWS).encode(),
            Code.LIST_TOO_MANY_ROWS,
        ),
        (
            ("Nachname;Ort\nMüller;Berlin\n" + "\n" * limits.LIST_ALL_ROWS).encode(),
            Code.LIST_TOO_MANY_EMPTY_ROWS,
        ),
    ],
    ids=[
        "no text",
        "UTF-16 without its BOM",
        "NULs in many rows",
        "no workbook",
        "too many rows",
        "a cell too long",
        "a quote left open",
        "too many columns",
        "too many rows between empty ones",
        "too many empty rows",
    ],
)
def test_what_is_no_list_is_named(tmp_path: Path, content: bytes, code: Code) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        read_table(path)
    assert [problem.code for problem in raised.value.problems] == [code]


@pytest.mark.parametrize(
    ("cell", "text"), [(None, None), ("  ", None), (" Müller ", "Müller"), (10117, "10117")]
)
def test_a_cell_s_text(cell: str | int | None, text: str | None) -> None:
    assert stripped(cell) == text


def test_a_row_of_blank_cells_is_empty() -> None:
    assert is_empty([None, " ", ""]) and not is_empty([None, "x"])


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("  E-Mail ", "email"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Post leit", "postleit"),
    ],
)
def test_a_header_is_matched_without_case_spaces_and_hyphens(header: str, key: str) -> None:
    assert header_key(header) == key


@pytest.mark.parametrize(
    ("hidden", "note"),
    [
        ([3], "Die Zeile 3 ist in Excel ausgeblendet und wurde übergangen."),
        ([2, 3, 5], "Die Zeilen 2, 3 und 5 sind in Excel ausgeblendet und wurden übergangen."),
    ],
)
def test_what_excel_hides_is_not_read_and_named(
    tmp_path: Path, hidden: list[int], note: str
) -> None:
    def build(workbook: Workbook) -> None:
        old = workbook.active
        assert old is not None
        old.title = "Alt"
        old.append(["Nachname"])
        shown = workbook.create_sheet("Verteiler")
        for number in range(1, 6):
            shown.append([f"Zeile {number}"])
        for number in hidden:
            shown.row_dimensions[number].hidden = True
        workbook.active = 1

    path = tmp_path / "liste.xlsx"
    path.write_bytes(xlsx_bytes(build))
    table = read_table(path)
    assert [list(row) for row in table.rows] == [
        [] if number in hidden else [f"Zeile {number}"] for number in range(1, 6)
    ]
    messages = [problem.message.replace(f"{tmp_path}/", "") for problem in table.notes]
    assert messages[0].startswith("liste.xlsx: Die Datei hat 2 Tabellenblätter; gelesen wurde")
    assert messages[1].startswith(f"liste.xlsx: {note}")


def two_rows(book: Workbook) -> None:
    for row in (["Nachname", "Ort"], ["Müller", "Berlin"]):
        book.active.append(row)


def test_the_declared_size_of_a_sheet_does_not_make_its_rows(tmp_path: Path) -> None:
    """A file of a few KB may declare `A1:XFD9999`: its rows are what it holds, not
    16,384 cells each (which took 1.3 GB)."""
    packed = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes(two_rows)))
    with source, zipfile.ZipFile(packed, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD9999"', data)
            target.writestr(item, data)
    path = tmp_path / "liste.xlsx"
    path.write_bytes(packed.getvalue())
    rows = [list(row) for row in read_table(path).rows]
    assert rows == [["Nachname", "Ort"], ["Müller", "Berlin"]]


def test_a_cell_of_several_lines_with_the_separator_is_read(tmp_path: Path) -> None:
    """Excel quotes a cell with a line break and a `;` (an address, a department); only a
    quote that swallows whole rows is a broken file."""
    header = "Anrede;Titel;Vorname;Nachname;Organisation;Abteilung;Straße;PLZ;Ort"
    row = 'Frau;;Eva;Ende;Amt;"Abt. 1; Ref. 2\nZimmer 3";Weg 1;10115;Berlin'
    path = tmp_path / "liste.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    rows = read_table(path).rows
    assert rows[1][5] == "Abt. 1; Ref. 2\nZimmer 3"
    swallowed = (
        'Frau;;Eva;"Ende;Amt;Abt;Weg 1;10115;Berlin\nHerr;;Max;Muster;;;Weg 2;10115;Berlin\n'
    )
    path.write_text(f"{header}\n{swallowed}", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_table(path)
    assert [problem.code for problem in raised.value.problems] == [Code.LIST_UNBALANCED_QUOTE]


@pytest.mark.parametrize(
    ("value", "text"),
    [(4.5, "4,5"), (12, "12"), (12345, "12345"), (-0.25, "-0,25"), (0.1 + 0.2, "0,3")],
)
def test_a_number_is_the_text_a_german_excel_shows(value: float, text: str) -> None:
    assert number_text(value) == text
    assert cell_text(value) == stripped(value) == text


def test_a_truth_value_is_no_text(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", [["Organisation"], [True], [False]])
    cells = [row[0] for row in read_table(path).rows[1:]]
    assert cells == ["WAHR", "FALSCH"]
    for cell in cells:
        with pytest.raises(CellError) as error:
            cell_text(cell)
        assert (error.value.code, error.value.params) == (Code.LIST_EXCEL_BOOLEAN, {"value": cell})


_HEADER = "Anrede;Titel;Vorname;Nachname;Organisation;Strasse;PLZ;Ort"


@pytest.mark.parametrize(
    ("content", "code", "line", "value"),
    [
        # Excel for Mac's plain CSV: Mac Roman, lines ending in CR
        (
            f"{_HEADER}\rFrau;;Jürgen;Größe;Bürgerhaus;Weg 1;10115;Berlin\r".encode("mac_roman"),
            Code.LIST_MAC_ENCODING,
            2,
            "JŸrgen",
        ),
        (
            "Nachname;Straße;Ort\rGroß;Weg 1;Berlin\r".encode("mac_roman"),
            Code.LIST_MAC_ENCODING,
            1,
            "Stra§e",
        ),
        # è is a byte that Windows-1252 leaves undefined
        ("Nachname;Ort\rCrème;Kiel\r".encode("mac_roman"), Code.LIST_MAC_ENCODING, 2, "Cr\ufffdme"),
        # a UTF-8 file with a row in Windows-1252 appended
        (
            f"{_HEADER}\nFrau;;Anna;Müller;;Weg 1;10115;Berlin\n".encode()
            + "Herr;;Jörg;Weiß;;Weg 2;10115;Berlin\n".encode("cp1252"),
            Code.LIST_MIXED_ENCODING,
            2,
            "MÃ¼ller",
        ),
        (
            "Nachname;Ort\nÁlvarez;Kiel\nWeiß;Köln\n".encode().replace("ß".encode(), b"\xdf"),
            Code.LIST_MIXED_ENCODING,
            2,
            "Ã\ufffdlvarez",
        ),
        (  # a Windows-1252 file with a row in UTF-8 appended: Polish, a dash, quotes
            "Nachname;Ort\nWeiß;Köln\n".encode("cp1252") + "Wałęsa;Gdańsk\n".encode(),
            Code.LIST_MIXED_ENCODING,
            3,
            "WaÅ‚Ä™sa",
        ),
        (
            "Nachname;Organisation\nGroß;Kiez\n".encode("cp1252")
            + "Klein;Weg – Steg „Haus“\n".encode(),
            Code.LIST_MIXED_ENCODING,
            3,
            "â€“",
        ),
        (
            b"Nachname;Ort\nM\xfcller;Berlin\n\x81;\x81\n",  # ü in Windows-1252, and 0x81
            Code.LIST_NOT_A_TABLE,
            None,
            None,
        ),
    ],
    ids=[
        "mac roman",
        "mac roman in the header",
        "undefined byte",
        "mixed",
        "mixed Á",
        "mixed Polish",
        "mixed dash",
        "no text",
    ],
)
def test_a_csv_in_an_encoding_not_read_is_refused_at_its_first_row(
    tmp_path: Path, content: bytes, code: Code, line: int | None, value: str | None
) -> None:
    """Mac Roman and UTF-8 read as Windows-1252 would give garbled names in every letter."""
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        read_table(path)
    [problem] = raised.value.problems
    assert (problem.code, problem.line, problem.params.get("value")) == (code, line, value)


@pytest.mark.parametrize(
    "text",
    [
        "Nachname;Ort\nNovák;Košice\nMüller;Berlin\n",  # š, and German letters too
        "Nachname;Organisation\nGroß;„Gruß“ e.V.\n",  # ß before a quote is no UTF-8 pair
        "Nachname;Ort\nŠkoda;Berlin\n",  # Š beginning a word
        "Nachname;Organisation\nÄrger;„ÄÖÜ“ – Verein\n",  # capitals before quotes
    ],
)
def test_a_windows_1252_csv_with_such_letters_is_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(text.encode("cp1252"))
    assert [list(row) for row in read_table(path).rows] == [
        line.split(";") for line in text.splitlines()
    ]


def formatted_below(rows: int) -> bytes:
    """A list of `rows` people, with borders on the `LIST_ROWS` rows below it (A:C) that
    hold no value."""

    def build(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.append(["Nachname", "Ort"])
        for number in range(rows):
            sheet.append([f"Name {number}", "Berlin"])
        side = Side(style="thin")
        border = Border(left=side, right=side, top=side, bottom=side)
        for row in range(rows + 2, rows + 2 + limits.LIST_ROWS):
            for column in range(1, 4):
                sheet.cell(row, column).border = border

    return xlsx_bytes(build)


@pytest.mark.parametrize(
    ("name", "content", "people"),
    [
        ("liste.xlsx", lambda: formatted_below(20), 20),
        ("liste.csv", lambda: ("Nachname;Ort\nName 0;Berlin\n" + ";;;;;;;\n" * 12_000).encode(), 1),
    ],
    ids=["xlsx with borders", "csv of separators"],
)
def test_empty_rows_below_the_list_do_not_count_as_rows(
    tmp_path: Path, name: str, content: Callable[[], bytes], people: int
) -> None:
    """Only rows that hold something count towards `LIST_ROWS`."""
    path = tmp_path / name
    path.write_bytes(content())
    rows = read_table(path).rows
    assert [list(row) for row in rows if not is_empty(row)] == [
        ["Nachname", "Ort"],
        *([f"Name {n}", "Berlin"] for n in range(people)),
    ]


def test_a_sheet_of_a_far_row_stops_at_the_bound_of_all_rows(tmp_path: Path) -> None:
    """A value in row 1,000,000: openpyxl gives every row above it; reading stops after
    `LIST_ALL_ROWS` of them."""

    def build(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.append(["Nachname", "Ort"])
        sheet["A1000000"] = "Müller"

    path = tmp_path / "liste.xlsx"
    path.write_bytes(xlsx_bytes(build))
    with pytest.raises(InputError) as raised:
        read_table(path)
    assert [problem.code for problem in raised.value.problems] == [Code.LIST_TOO_MANY_EMPTY_ROWS]


@pytest.mark.parametrize("name", ["liste.csv", "liste.xlsx"])
def test_text_is_read_composed(tmp_path: Path, name: str) -> None:
    """`Ö` as `O` and a combining diaeresis (a Mac, a web page) is the one `Ö`: the letter's
    file is `…-oezdemir`, as for the `Ö` of a Windows keyboard, not `…-ozdemir`."""
    rows = [["Nachname", "Ort"], ["O\u0308zdemir", "Mu\u0308nchen"]]
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text("".join(";".join(row) + "\n" for row in rows), encoding="utf-8")
    else:
        write_xlsx(path, rows)
    assert [list(row) for row in read_table(path).rows] == [
        ["Nachname", "Ort"],
        ["\u00d6zdemir", "M\u00fcnchen"],
    ]


ESCAPED = [
    ("Kiezladen e.V._x000D_\nAbteilung Süd", "Kiezladen e.V.\r\nAbteilung Süd"),
    ("Meier_x000B_Schulz", "Meier\vSchulz"),
    ("Schm_x0007_idt", "Schm\x07idt"),
    ("_x000c_Lower case", "\fLower case"),
    ("Abt._x005F_x000D_", "Abt._x000D_"),  # `_x005F_` is an underscore: the text `_x000D_`
    ("A_x005F_B", "A_B"),
    ("_x005F__x005F_", "__"),
    ("_x00D_ _xZZZZ_ x000D_", "_x00D_ _xZZZZ_ x000D_"),  # no escapes
]
"""Texts as Excel stores them (`_xHHHH_`: the character of that code) and their text."""


@pytest.mark.parametrize("shared", [False, True], ids=["inline", "shared"])
def test_excel_s_escapes_in_a_text_are_its_characters(tmp_path: Path, shared: bool) -> None:
    """Excel writes a carriage return as `_x000D_` (and any control character so), in its
    shared strings as openpyxl in inline ones; openpyxl decodes neither."""

    def fill(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        for stored, _text in ESCAPED:
            sheet.append([stored])

    data = xlsx_bytes(fill)
    path = tmp_path / "liste.xlsx"
    path.write_bytes(with_shared_strings(data) if shared else data)
    assert [row for (row,) in read_table(path).rows] == [text for _stored, text in ESCAPED]


def test_a_few_nuls_in_a_text_file_are_characters_of_their_cells(tmp_path: Path) -> None:
    """A NUL in a cell (a CRM export) is an error of its cell, named by row and column as
    a BEL is (`cell_text`), not a file refused whole as no list."""
    path = tmp_path / "liste.csv"
    text = "Nachname;Vorname;Ort\r\nMül\x00ler;Petra;Berlin\r\nMeier;Max;\x00\r\n"
    path.write_bytes(text.encode("cp1252"))
    rows = read_table(path).rows
    assert [list(row) for row in rows] == [
        ["Nachname", "Vorname", "Ort"],
        ["Mül\x00ler", "Petra", "Berlin"],
        ["Meier", "Max", "\x00"],
    ]
    with pytest.raises(CellError) as raised:
        cell_text(rows[1][0])
    assert (raised.value.code, raised.value.params) == (
        Code.LIST_FORBIDDEN_CHARACTER,
        {"character": "U+0000"},
    )


def one_cell(text: str) -> bytes:
    """A workbook whose sheet holds `text` in A1."""

    def fill(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.append([text])

    return xlsx_bytes(fill)


RUNS = (
    '<r><t>Kiezladen</t></r><r><rPr><b/></rPr><t xml:space="preserve"> e.V.</t></r>'
    '<rPh sb="0" eb="1"><t>キーズ</t></rPh>'
)
"""A text of two runs, the second bold, with a phonetic guide (Japanese furigana)."""


@pytest.mark.parametrize("shared", [False, True], ids=["inline", "shared"])
def test_a_text_of_formatted_runs_is_theirs(tmp_path: Path, shared: bool) -> None:
    """A word set bold in a cell makes its text runs; the phonetic guide is no part of it."""
    data = with_shared_strings(one_cell("Platzhalter")) if shared else one_cell("Platzhalter")
    part = "xl/sharedStrings.xml" if shared else "xl/worksheets/sheet1.xml"
    data = with_part(
        data, part, lambda xml: re.sub(rb"<t[^>]*>Platzhalter</t>", RUNS.encode(), xml)
    )
    path = tmp_path / "liste.xlsx"
    path.write_bytes(data)
    assert [list(row) for row in read_table(path).rows] == [["Kiezladen e.V."]]


def test_a_list_at_its_bound_of_rows_is_read(tmp_path: Path) -> None:
    """`LIST_ROWS` rows of 40 filled columns as Excel writes them (every text a shared
    string of its own) are within `SHEET_ELEMENTS`, which the sheet and its shared
    strings count together."""
    rows, columns = limits.LIST_ROWS, [get_column_letter(n) for n in range(1, 41)]

    def index(row: int, column: int) -> int:
        return (row - 1) * len(columns) + column

    sheet = "".join(
        f'<row r="{row}">'
        + "".join(
            f'<c r="{letter}{row}" t="s"><v>{index(row, column)}</v></c>'
            for column, letter in enumerate(columns)
        )
        + "</row>"
        for row in range(1, rows + 1)
    )
    strings = "".join(f"<si><t>Text {n}</t></si>" for n in range(index(rows + 1, 0)))
    data = with_sheet_xml(
        with_shared_strings(one_cell("x")),
        lambda xml: re.sub(
            rb"<sheetData>.*</sheetData>", f"<sheetData>{sheet}</sheetData>".encode(), xml
        ),
    )
    data = with_part(
        data, "xl/sharedStrings.xml", lambda xml: re.sub(rb"<si>.*</si>", strings.encode(), xml)
    )
    path = tmp_path / "liste.xlsx"
    path.write_bytes(data)
    table = read_table(path)
    assert len(table.rows) == rows
    assert table.rows[-1] == tuple(f"Text {index(rows, column)}" for column in range(len(columns)))
