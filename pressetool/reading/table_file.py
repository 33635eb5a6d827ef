"""A list as a table of cells, from the file an office keeps it in (XLSX or CSV).

The recipient and registration lists (`people_list`) and the distribution lists of
`send` (`distribution_list`) are read alike: XLSX (the active worksheet, as Excel
shows it: hidden rows are empty, a note names them and the other sheets) or CSV
separated by semicolons, commas or tabs, in UTF-8 (with or without BOM), UTF-16
(Excel's `Unicode-Text`) or Windows-1252, detected rather than asked for; Mac Roman
(Excel for Mac's plain CSV) and a file of two encodings are refused at their first
garbled row (`_windows_1252_problem`), never read as garbled names. Bounds: the
file's size, an XLSX's unpacked size (checked before it is unpacked), `LIST_ROWS` rows
that hold something and `LIST_ALL_ROWS` rows in all (`_RowCount`: rows formatted in
Excel without a value, or `;;;;` in a CSV, are no rows of the list). A file that is
neither is `LIST_NOT_A_TABLE`; a CSV with a few NULs is text, each NUL an error of its
cell (`_binary`).

Merged cells of an XLSX (Organisation merged over E4:E6) give their value to every
row of the range, as a reader sees it in Excel, in the range's first column only: a
range over two columns of one row (`Bert Bau` over Vorname and Nachname) is one
value, not the same in both; the ranges are read from the sheet's
XML in the same pass as the hidden rows (openpyxl's read-only mode does not know them),
and filled only within the rows and columns that are read. A formula cell that holds no
result (a file written by a program that does not calculate, not saved in Excel since)
is a `FormulaWithoutResult`, an error of its cell, not an empty cell.

Excel's cell types do not leak into the letters: a truth value (WAHR/FALSCH, from a
checkbox or a comparison) is an `ExcelBoolean`, an error of its cell in every column
(all of them hold text), never `True`; a date is an `ExcelDate`, an error alike. A
number is the text Excel shows in a German sheet (`cell_text`: `4,5`, `12`, without
thousands separators, which a house number or a name never has); where no number can
be right (Ort, the names), the list's reader says so (`people_list`). A CSV holds
text only: `WAHR` there is what the officer wrote. Excel's escapes in a text (`_x000D_`,
a carriage return) are the characters they stand for (`_xlsx_text`), under the same
rules as a CSV's.

Text is read in Unicode's composed form (NFC): `Ö` typed on a Mac or copied from a web
page as `O` and a combining diaeresis is the `Ö` of a Windows keyboard, in a file
name (`oezdemir`), a sort order and the comparison of two rows alike.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import io
import re
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.parsers.expat import ExpatError

from pressetool.plain_text import forbidden_character, trimmed
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading import limits
from pressetool.reading.input_file import read_input_bytes

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

_ZIP_MAGIC = b"PK\x03\x04"
_SEPARATORS = (";", ",", "\t")
_SEPARATOR_NAMES = {";": "ein Semikolon", ",": "ein Komma", "\t": "ein Tabulator"}
"""A separator as a message names it; one given by `sep=` by itself."""


class ExcelError(str):
    """An XLSX cell that holds Excel's error value of a formula (`#DIV/0!`, `#NV`)."""


class ExcelDate(str):
    """An XLSX cell that Excel keeps as a date or time, as German text (`01.01.2020`)."""


class ExcelBoolean(str):
    """An XLSX cell that Excel keeps as a truth value, as a German Excel shows it
    (`WAHR`, `FALSCH`): no text of a list's column."""


class FormulaWithoutResult(str):
    """An XLSX cell with a formula but no stored result (`=A1`): the program that wrote
    the file did not calculate it. Its text is the formula, so the cell is not empty."""


Cell = str | int | float | None
"""A cell as read: text from CSV; text (an `ExcelError`, `ExcelDate`, `ExcelBoolean` or
`FormulaWithoutResult` among them), number or None from XLSX."""


class CellError(Exception):
    """A cell that holds no usable text; `code` and `params` say why (`cell_text`)."""

    def __init__(self, code: Code, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def read_table(path: Path) -> Table:
    """The rows of the list in `path`; `InputError` when it is too large, no table, or a
    CSV whose quote never closes."""
    data = read_input_bytes(path, limits.LIST_FILE_BYTES)
    table = _xlsx_sheet(path, data) if data.startswith(_ZIP_MAGIC) else _csv_table(path, data)
    count = _RowCount(path)  # again: merged cells may have filled empty rows
    for row in table.rows:
        count.add(is_empty(row))
    wide = next(
        (n for n, row in enumerate(table.rows, start=1) if len(row) > limits.LIST_COLUMNS), None
    )
    if wide is not None:
        params = {"limit": limits.LIST_COLUMNS}
        raise InputError([Problem(Code.LIST_TOO_MANY_COLUMNS, path, line=wide, params=params)])
    return table


@dataclass
class _RowCount:
    """The rows read so far, counted against the bounds: `LIST_ROWS` rows that hold
    something, `LIST_ALL_ROWS` in all. `add` raises `InputError` as soon as one is
    passed, so that a reader stops there."""

    path: Path
    rows: int = 0
    all_rows: int = 0

    def add(self, empty: bool) -> None:
        """Count a row, `empty` or not."""
        self.all_rows += 1
        self.rows += not empty
        if self.rows > limits.LIST_ROWS:
            params = {"count": self.rows, "limit": limits.LIST_ROWS}
            raise InputError([Problem(Code.LIST_TOO_MANY_ROWS, self.path, params=params)])
        if self.all_rows > limits.LIST_ALL_ROWS:
            limit = f"{limits.LIST_ALL_ROWS:,}".replace(",", ".")
            code = Code.LIST_TOO_MANY_EMPTY_ROWS
            raise InputError([Problem(code, self.path, params={"limit": limit})])


def _not_a_list(path: Path) -> InputError:
    return InputError([_not_a_list_problem(path)])


def _not_a_list_problem(path: Path) -> Problem:
    return Problem(Code.LIST_NOT_A_TABLE, path)


@dataclass(frozen=True)
class Table:
    rows: list[Sequence[Cell]]
    """Each row by its number (index + 1); a row that Excel hides is empty."""
    notes: list[Problem]
    separator: str | None = None
    """A CSV's separator; None for an XLSX."""

    def cells_beyond(
        self, path: Path, header: int, rows: Iterable[tuple[int, Sequence[Cell]]]
    ) -> list[Problem]:
        """An error for each of the numbered `rows` of a CSV that holds something right
        of the cells of row `header`: a separator in a cell that is not in quotes
        (`Kiez; Nachbarschaft e.V.`, two addresses `a@b.org; c@d.org`) moves the cells
        after it one column on, where they would be read as another column's. In an
        XLSX a cell right of the headers is one without a heading."""
        if self.separator is None:
            return []
        columns = len(self.rows[header - 1])
        problems = []
        for number, row in rows:
            cells = len(row)
            while cells > columns and stripped(row[cells - 1]) is None:
                cells -= 1
            if cells > columns:
                params = {
                    "cells": cells,
                    "columns": columns,
                    "header": header,
                    "separator": _SEPARATOR_NAMES.get(self.separator, f"„{self.separator}“"),
                }
                code = Code.LIST_MORE_CELLS_THAN_HEADER
                problems.append(Problem(code, path, line=number, params=params))
        return problems


_UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,  # a part whose compressed data is broken
    KeyError,
    ValueError,
    OSError,
    SyntaxError,  # ElementTree's ParseError
    ExpatError,
    AttributeError,  # a chartsheet without its chart
    TypeError,
    IndexError,  # a cell naming a shared string the table does not have
)
"""What reading a workbook that is none raises (zipfile, openpyxl, expat)."""


def _xlsx_sheet(path: Path, data: bytes) -> Table:
    """The active worksheet, as Excel shows it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise _not_a_list(path) from None
    if unpacked > limits.LIST_UNPACKED_BYTES:
        params = {"limit": f"{limits.LIST_UNPACKED_BYTES // 2**20} MB"}
        raise InputError([Problem(Code.LIST_UNPACKED_TOO_LARGE, path, params=params)])
    try:
        with warnings.catch_warnings():  # openpyxl's warnings are English, for programmers
            warnings.simplefilter("ignore")
            workbook = _load_workbook(data)
    except _UNREADABLE:
        raise _not_a_list(path) from None
    try:
        sheet = workbook.active
        if sheet is None:
            raise _not_a_list(path)
        notes: list[Problem] = []
        visible = [s for s in workbook.worksheets if s.sheet_state == "visible"]
        if len(visible) > 1:
            read = {"sheet": sheet.title, "count": len(visible)}
            notes.append(
                Problem(Code.LIST_SHEET_READ, path, params=read, severity=Severity.WARNING)
            )
        # the rows as they are stored: the sheet's declared size (`A1:XFD9999` in a file
        # of 5 KB) would pad every row to 16,384 cells
        sheet.reset_dimensions()
        marks = _sheet_marks(path, archive, getattr(sheet, "_worksheet_path", ""))
        cells_read = _xlsx_rows(path, sheet, marks.last_row)
    finally:
        workbook.close()
    _fill_formulas(cells_read, marks.formulas)
    _fill_merged(cells_read, marks.merged)
    rows: list[Sequence[Cell]] = []
    passed_over: list[str] = []
    for number, cells in enumerate(cells_read, start=1):
        row = tuple(cells)
        if number in marks.hidden and not is_empty(row):
            passed_over.append(str(number))
            row = ()
        rows.append(row)
    if passed_over:
        *others, last = passed_over
        rows_text = {"rows": f"{', '.join(others)} und {last}" if others else last}
        code = Code.LIST_HIDDEN_ROWS if others else Code.LIST_HIDDEN_ROW
        notes.append(Problem(code, path, params=rows_text, severity=Severity.WARNING))
    return Table(rows, notes)


def _load_workbook(data: bytes) -> Any:
    """openpyxl's `load_workbook` (read-only, formulas by their results), but with the
    shared strings as stored, escapes and all (`_read_shared_strings`)."""
    from openpyxl.reader.excel import ExcelReader

    reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
    reader.read_strings = functools.partial(_read_shared_strings, reader)
    reader.read()
    return reader.wb


def _read_shared_strings(reader: Any) -> None:
    """The workbook's shared strings into `reader.shared_strings`, as openpyxl's
    `read_strings` reads them, but without taking `x005F_` out of them: that makes the
    text `_x000D_` (stored as `_x005F_x000D_`) Excel's escape of a carriage return, which
    `_xlsx_text` could no longer tell apart."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    part = reader.package.find(SHARED_STRINGS)
    if part is None:
        return
    item = f"{{{SHEET_MAIN_NS}}}si"
    with reader.archive.open(part.PartName[1:]) as source:
        for _event, node in iterparse(source):
            if node.tag == item:
                reader.shared_strings.append(Text.from_tree(node).content)
                node.clear()


_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def _xlsx_text(text: str) -> str:
    """A text cell's characters: Excel writes some as escapes `_xHHHH_` (a carriage
    return `_x000D_`, a vertical tab `_x000B_`, any control character), which openpyxl
    leaves as they are. Decoded left to right, so that `_x005F_` (an underscore) makes
    `_x005F_x000D_` the text `_x000D_`; the characters are then a cell's like any other
    (`cell_text`: a line break, a space, or an error of the cell)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda escape: chr(int(escape[1], 16)), text)


def _xlsx_rows(path: Path, sheet: ReadOnlyWorksheet, last_row: int | None) -> list[list[Cell]]:
    """The cells of the rows read, up to the last row (`_sheet_marks` has checked the XML
    and the rows' numbers): what follows the rows openpyxl does not read. Of a row, one
    cell more than `LIST_COLUMNS` is read (enough to say it is too wide); a row without
    a value is kept without cells, so that formatted rows cost no memory."""
    cells_read: list[list[Cell]] = []
    if last_row == 0:
        return cells_read
    count = _RowCount(path)
    try:
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            row = [_xlsx_cell(cell.value, cell.data_type) for cell in cells[:_READ_COLUMNS]]
            empty = is_empty(row)
            cells_read.append(row if not empty or any(v is not None for v in row) else [])
            count.add(empty)
            if number == last_row:
                break
    except _UNREADABLE:
        raise _not_a_list(path) from None  # a cell openpyxl cannot read
    return cells_read


def _csv_text(data: bytes) -> tuple[str, bool]:
    """UTF-8 (with or without BOM), Excel's `Unicode-Text` (UTF-16 with its BOM, separated
    by tabs), else Windows-1252; and whether it is the last. The five bytes that
    Windows-1252 leaves undefined stay as surrogates (`_windows_1252_problem` reads them)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), False
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="surrogateescape"), True


_UNDEFINED = "".join(chr(0xDC00 + byte) for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
"""The bytes Windows-1252 leaves undefined, as `surrogateescape` keeps them."""


def _cp1252(first: int, last: int) -> str:
    """The bytes `first` to `last` read as Windows-1252, for a character class."""
    return re.escape(bytes(range(first, last + 1)).decode("cp1252", errors="surrogateescape"))


_UTF8_CANDIDATE = re.compile(
    f"[{_cp1252(0xC2, 0xDF)}][{_cp1252(0x80, 0xBF)}]"
    f"|[{_cp1252(0xE0, 0xEF)}][{_cp1252(0x80, 0xBF)}]{{2}}"
)
"""A character of UTF-8 read as Windows-1252: a lead byte and its continuation bytes
(`Ã¼` for ü, `Å‚` for ł, `â€ž` for „)."""


def _utf8_read_as_cp1252(text: str) -> re.Match[str] | None:
    """The first `_UTF8_CANDIDATE` in `text` that is a Latin letter or a sign of German
    typesetting in UTF-8: `Gruß“` (ß and a closing quote, U+07D3 in UTF-8) is text."""
    for found in _UTF8_CANDIDATE.finditer(text):
        try:
            character = found[0].encode("cp1252", errors="surrogateescape").decode("utf-8")
        except UnicodeError:
            continue
        if "\u00a0" <= character <= "\u024f" or "\u2010" <= character <= "\u20ac":
            return found
    return None


_MAC_LETTERS = "ŠšŸ§€…†Ž" + _UNDEFINED
"""German letters of Mac Roman (Excel for Mac's plain CSV) read as Windows-1252: ä ö ü ß
Ä Ö Ü é are `Š š Ÿ § € … † Ž`; Å ç è ê ù are bytes Windows-1252 leaves undefined."""
_MAC_WORD = re.compile(rf"[^\W\d_][{_MAC_LETTERS}]+[^\W\d_]")
"""Mac Roman letters inside a word: `Grš§e`, `BŸrgerhaus`, `Stra§e`."""
_GERMAN_LETTERS = re.compile("[äöüßÄÖÜ]")
_WORD_AROUND = 30
"""Characters on either side of the garbled letters that a message names, within the word."""


def _windows_1252_problem(path: Path, rows: list[Sequence[Cell]], text: str) -> Problem | None:
    """A CSV read as Windows-1252 that is not: one whose rows hold UTF-8 (`MÃ¼ller`: a
    UTF-8 file with rows of another appended, or written twice over), or one written in
    Mac Roman, which Excel for Mac writes as plain CSV (`Grš§e`: its letters inside words,
    and no ä, ö, ü or ß anywhere). Either gives garbled names in every letter, so it is
    an error of its first row, which asks for the file as CSV UTF-8. Mac Roman is not
    read instead: nothing but guesswork tells it from Windows-1252 (`Košice` is both),
    and a wrong guess would garble names silently, while saving as CSV UTF-8 is one step
    in Excel. A byte Windows-1252 leaves undefined is, besides in these, no text."""
    search: Callable[[str], re.Match[str] | None]
    if _utf8_read_as_cp1252(text):
        search, code = _utf8_read_as_cp1252, Code.LIST_MIXED_ENCODING
    elif _MAC_WORD.search(text) and not _GERMAN_LETTERS.search(text):
        search, code = _MAC_WORD.search, Code.LIST_MAC_ENCODING
    elif any(c in _UNDEFINED for c in text):
        return _not_a_list_problem(path)
    else:
        return None
    for number, row in enumerate(rows, start=1):
        for cell in row:
            found = search(str(cell or ""))
            if found is not None:
                value = _word_around(str(cell), found.start(), found.end())
                return Problem(code, path, line=number, params={"value": value})
    # across cells (a quote, the `sep=` line): garbled all the same, said without a row
    return _not_a_list_problem(path)


def _word_around(text: str, start: int, end: int) -> str:
    """The word of `text` around `start:end`, at most `_WORD_AROUND` characters either
    side, with undefined bytes as `�`."""
    while start > 0 and end - start < 2 * _WORD_AROUND and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and end - start < 3 * _WORD_AROUND and not text[end].isspace():
        end += 1
    return "".join("\ufffd" if c in _UNDEFINED else c for c in text[start:end])


_READ_ROWS = limits.LIST_ALL_ROWS + 1
"""Rows of a sheet that are read: one more than the bound says the list is too long."""
_READ_COLUMNS = limits.LIST_COLUMNS + 1
"""Columns a merged range is filled into: one more than the bound says a row is too wide."""
MERGED_RANGES = limits.LIST_ROWS
"""Merged ranges within the rows read: a list merges a few cells (an organisation over
the rows of its people); more is no list, and each is kept until the rows are read."""
SHEET_ELEMENTS = 7_000_000
"""XML elements of a sheet. A list at its bounds (10,000 rows of 200 cells, each with
its text inline, `<c><is><t>`, as openpyxl writes it) has some 6 million, one of ten
columns 300,000; more is no list. Each costs time (a second per million or so) and,
in openpyxl's pass, memory, so the sheet is refused before openpyxl reads it."""
FORMULAS_WITHOUT_RESULT = limits.LIST_ROWS
"""Formula cells without a stored result within the rows read, each named by its row;
more are one message for the file (it was never calculated)."""


@dataclass
class _SheetMarks:
    """What the sheet's XML says beyond the cells' values that openpyxl gives."""

    hidden: set[int] = field(default_factory=set)
    """The numbers of the rows marked hidden."""
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    """Merged ranges (first column, first row, last column, last row; 1-based), clipped to
    the rows and columns read."""
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    """(row, column) → formula of the cells with a formula but no stored result."""
    last_row: int | None = None
    """The number of the last row (None: the sheet's XML was not found): openpyxl need not
    read the sheet beyond it (the merged ranges after the rows, which it would read all
    and fail on the first odd one)."""


def _sheet_marks(path: Path, archive: zipfile.ZipFile, sheet_path: str) -> _SheetMarks:
    """Hidden rows, merged ranges and formulas without a result, in one pass over the
    sheet's XML; only what lies within the rows and columns read is kept, and every
    element is dropped once it has ended (a cell's children when the cell ends), so the
    memory stays small whatever the sheet holds. `InputError` beyond `SHEET_ELEMENTS`,
    `MERGED_RANGES` or `FORMULAS_WITHOUT_RESULT`, and (`LIST_NOT_A_TABLE`) for XML that
    is broken or numbers its rows otherwise than ascending."""
    from xml.etree.ElementTree import iterparse

    marks = _SheetMarks()
    try:
        member = archive.open(sheet_path.lstrip("/"))
    except KeyError:
        return marks
    marks.last_row = 0
    names: dict[str, str] = {}  # tag → name without namespace (Transitional or Strict)
    row_number = column = 0  # of the last row ended, the last cell of this row
    open_elements: list[Element] = []  # the element being read and its ancestors
    count = 0
    try:
        with member:
            for event, element in iterparse(member, events=("start", "end")):
                if event == "start":
                    count += 1
                    if count > SHEET_ELEMENTS:
                        limit = f"{SHEET_ELEMENTS:,}".replace(",", ".")
                        code = Code.LIST_TOO_MANY_ELEMENTS
                        raise InputError([Problem(code, path, params={"limit": limit})])
                    open_elements.append(element)
                    continue
                open_elements.pop()
                tag = element.tag
                name = names.get(tag) or names.setdefault(tag, tag.rpartition("}")[2])
                if name == "c":
                    column += 1
                    _mark_formula(path, marks, element, row_number, column)
                elif name == "row":
                    number = _row_number(element.get("r"), row_number)
                    if number is None:
                        raise _not_a_list(path)
                    row_number, column = number, 0
                    marks.last_row = row_number
                    if element.get("hidden") in ("1", "true"):
                        marks.hidden.add(row_number)
                elif name == "mergeCell":
                    _mark_merged(path, marks, element.get("ref", ""))
                if open_elements:
                    parent = open_elements[-1]
                    if names.get(parent.tag) != "c":  # a cell's `f` and `v` until it ends
                        parent.remove(element)
    except _UNREADABLE:  # ElementTree's ParseError is a SyntaxError
        raise _not_a_list(path) from None
    return marks


def _row_number(text: str | None, last: int) -> int | None:
    """The number of a row after row `last`: its `r`, or the next; None when `r` is no
    number in ASCII digits (`²`, `3.0`) or not above `last`, which Excel never writes
    (and openpyxl would read otherwise or not at all)."""
    if text is None:
        return last + 1
    number = _int(text)
    return number if number is not None and number > last else None


def _mark_formula(path: Path, marks: _SheetMarks, cell: Element, row: int, column: int) -> None:
    """A formula cell without a result within the rows and columns read, by its position."""
    formula = _formula_without_result(cell)
    if formula is None:
        return
    where = _position(cell.get("r")) or (row + 1, column)
    if where[0] <= _READ_ROWS and where[1] <= _READ_COLUMNS:
        if len(marks.formulas) >= FORMULAS_WITHOUT_RESULT:
            raise InputError([Problem(Code.LIST_FORMULAS_WITHOUT_RESULT, path)])
        marks.formulas[where] = formula[:50]


def _mark_merged(path: Path, marks: _SheetMarks, reference: str) -> None:
    """A merged range that begins within the rows and columns read, clipped to them; one
    that names no cells (`E:E`, `2:2`, `E2:A1`, beyond row 1,048,576) is passed over, and
    so is one below the sheet's last row (the ranges follow the rows in the XML)."""
    from openpyxl.utils.cell import range_boundaries

    try:
        bounds = range_boundaries(reference)
    except (TypeError, ValueError):
        return
    if None in bounds:
        return  # a whole column or row, which Excel writes as `E1:E1048576`
    first_column, first_row, last_column, last_row = (int(b or 0) for b in bounds)
    if not (1 <= first_column <= last_column <= _MAX_COLUMN and 1 <= first_row <= last_row):
        return
    if last_row > _MAX_ROW:
        return
    if first_row <= min(_READ_ROWS, marks.last_row or _READ_ROWS) and first_column <= _READ_COLUMNS:
        if len(marks.merged) >= MERGED_RANGES:
            params = {"limit": MERGED_RANGES}
            raise InputError([Problem(Code.LIST_TOO_MANY_MERGED_RANGES, path, params=params)])
        clipped = (
            first_column,
            first_row,
            min(last_column, _READ_COLUMNS),
            min(last_row, _READ_ROWS),
        )
        marks.merged.append(clipped)


_MAX_ROW = 1_048_576
_MAX_COLUMN = 16_384
"""The last row and column (`XFD`) of an Excel sheet."""


_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def _position(reference: str | None) -> tuple[int, int] | None:
    """`C7` → (7, 3): a cell's row and column."""
    from openpyxl.utils.cell import column_index_from_string

    match = _REFERENCE.fullmatch(reference or "")
    if match is None:
        return None
    return int(match[2]), column_index_from_string(match[1])


_DIGITS = re.compile(r"[0-9]{1,9}")


def _int(text: str | None) -> int | None:
    """`12` → 12; None for anything but ASCII digits (`²` and `٣` are digits to `isdigit`
    but no number to `int`, other scripts' digits are none to Excel)."""
    return int(text) if text and _DIGITS.fullmatch(text) else None


def _formula_without_result(cell: Element) -> str | None:
    """The formula of a cell (`<c><f>A1</f></c>`) that stores no result: no `<v>`, or an
    empty one where a text result (`t="str"`) would not be empty either."""
    if len(cell) < 2 and (len(cell) == 0 or not cell[0].tag.endswith("}f")):
        return None  # the usual cell: a value (`<v>`, `<is>`), no formula
    formula = value = None
    for child in cell:
        tag = child.tag.rpartition("}")[2]
        if tag == "f":
            formula = child.text or ""
        elif tag == "v":
            value = child.text or ""
    if formula is None:
        return None
    if value is None or (value == "" and cell.get("t") not in ("str", "inlineStr")):
        return formula
    return None


def _fill_formulas(rows: list[list[Cell]], formulas: dict[tuple[int, int], str]) -> None:
    """A formula cell that openpyxl read as empty becomes a `FormulaWithoutResult`."""
    for (row, column), formula in formulas.items():
        if row <= len(rows):
            cells = _padded(rows[row - 1], column)
            if cells[column - 1] is None:
                cells[column - 1] = FormulaWithoutResult(f"={formula}")


def _padded(row: list[Cell], column: int) -> list[Cell]:
    """`row`, with empty cells up to `column` (a row without values is kept without cells)."""
    if len(row) < column:
        row.extend([None] * (column - len(row)))
    return row


def _fill_merged(rows: list[list[Cell]], merged: list[tuple[int, int, int, int]]) -> None:
    """Each merged range's value (its first cell's) in the first column of every row of
    the range. Ranges do not overlap in a file Excel wrote; so that overlapping ones
    cannot make this slow, at most as many cells are filled as a list at its bounds has."""
    budget = (limits.LIST_ROWS + 1) * _READ_COLUMNS
    for first_column, first_row, _last_column, last_row in merged:
        if first_row > len(rows) or first_column > len(rows[first_row - 1]):
            continue
        value = rows[first_row - 1][first_column - 1]
        if value is None:
            continue
        for number in range(first_row + 1, min(last_row, len(rows)) + 1):
            budget -= 1
            if budget < 0:
                return
            _padded(rows[number - 1], first_column)[first_column - 1] = value


def _xlsx_cell(value: object, data_type: str | None) -> Cell:
    if data_type == "e" and isinstance(value, str):
        return ExcelError(value)
    if isinstance(value, bool):  # before int, which bool is
        return ExcelBoolean("WAHR" if value else "FALSCH")
    if isinstance(value, str):
        return unicodedata.normalize("NFC", _xlsx_text(value))
    if value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return ExcelDate(f"{value:%d.%m.%Y}")
    if isinstance(value, dt.datetime):
        return ExcelDate(f"{value:%d.%m.%Y %H:%M}")
    if isinstance(value, dt.date):
        return ExcelDate(f"{value:%d.%m.%Y}")
    if isinstance(value, dt.time):
        return ExcelDate(f"{value:%H:%M}")
    return str(value)


_SEPARATOR_LINE = re.compile(r"(?i)sep=(.)[ \t]*(?:\r\n|\r|\n)")
"""The first line `sep=;` that Excel writes and reads as the separator, not as a row."""


def _csv_table(path: Path, data: bytes) -> Table:
    try:
        text, windows_1252 = _csv_text(data)
    except UnicodeDecodeError:
        raise _not_a_list(path) from None
    text = unicodedata.normalize("NFC", text)
    if _binary(text):
        raise _not_a_list(path)
    given = _SEPARATOR_LINE.match(text)
    if given is not None:  # Excel's `sep=;`: a setting it hides, so rows count after it
        text = text[given.end() :]
    header_line = text.lstrip("\r\n").split("\n", 1)[0]
    separator = given[1] if given is not None else max(_SEPARATORS, key=header_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    # A quote opened and never closed swallows the following rows into one cell: lines
    # inside it with separators as many as half a row has. A cell of a few lines (an
    # address, `Abt. 1; Ref. 2⏎Zimmer 3`) is one the officer wrote.
    swallowed = max(1, header_line.count(separator) // 2)
    rows: list[Sequence[Cell]] = []
    count = _RowCount(path)
    try:
        for row in reader:
            number = len(rows) + 1
            if any(_swallowed_rows(cell, separator, swallowed) for cell in row):
                raise InputError([Problem(Code.LIST_UNBALANCED_QUOTE, path, line=number)])
            empty = is_empty(row)
            rows.append(() if empty else row)  # `;;;;` costs no memory
            count.add(empty)
    except csv.Error:
        number = len(rows) + 1
        if '"' in text:
            raise InputError([Problem(Code.LIST_UNBALANCED_QUOTE, path, line=number)]) from None
        # without any quote, only a cell over the csv module's field limit stops it
        params = {"limit": f"{limits.LINE_CHARACTERS:,}".replace(",", ".")}
        problem = Problem(Code.LIST_CELL_TOO_LONG_TO_READ, path, line=number, params=params)
        raise InputError([problem]) from None
    garbled = _windows_1252_problem(path, rows, text) if windows_1252 else None
    if garbled is not None:
        raise InputError([garbled])
    return Table(rows, [], separator)


_STRAY_NULS = 10
"""NULs that a text file may hold as characters of its cells: each an error of its cell
(`cell_text`), named by row and column as a BEL is."""


def _binary(text: str) -> bool:
    """Whether `text` is bytes of no text read as text: more NULs than `_STRAY_NULS`, or
    more than one character in twenty (an old `.xls`, a PDF, a picture; UTF-16 without
    its BOM, every other byte of which is NUL)."""
    nuls = text.count("\x00")
    return nuls > _STRAY_NULS or nuls * 20 > len(text)


def _swallowed_rows(cell: str, separator: str, separators: int) -> bool:
    """Whether a line of `cell` after its first holds `separators` or more separators."""
    return "\n" in cell and any(
        line.count(separator) >= separators for line in cell.split("\n")[1:]
    )


def stripped(value: Cell) -> str | None:
    """A cell's text without spaces and invisible characters at its ends; empty → None.
    A number as `number_text` writes it."""
    if value is None:
        return None
    text = trimmed(value if isinstance(value, str) else number_text(value))
    return text or None


def number_text(value: int | float) -> str:
    """A number cell as a German Excel shows it: `4,5`, `12`, `-3`; no thousands separator
    (`12345`), as Excel's standard format has none."""
    if isinstance(value, int):
        return str(value)
    return f"{value:.15g}".replace(".", ",")  # Excel keeps 15 significant digits


def cell_text(value: Cell) -> str | None:
    """A cell's text by the rules of `plain_text`, on one line (a run of spaces is one
    space, `_one_line`), within `LINE_CHARACTERS`; empty → None.
    `CellError` (its params without the column) when the cell holds no usable text:
    Excel's error value, a date, a truth value, an invisible control character, or too
    long a text. A number is its German text (`number_text`)."""
    if isinstance(value, ExcelError):
        raise CellError(Code.LIST_EXCEL_ERROR, value=str(value))
    if isinstance(value, ExcelBoolean):
        raise CellError(Code.LIST_EXCEL_BOOLEAN, value=str(value))
    if isinstance(value, ExcelDate):
        raise CellError(Code.LIST_EXCEL_DATE, value=str(value))
    if isinstance(value, FormulaWithoutResult):
        raise CellError(Code.LIST_FORMULA_WITHOUT_RESULT, formula=str(value))
    if not isinstance(value, str):
        return stripped(value)
    found = forbidden_character(value)
    if found is not None:
        raise CellError(Code.LIST_FORBIDDEN_CHARACTER, character=found[1])
    text = _one_line(value)
    if len(text) > limits.LINE_CHARACTERS:
        limit = limits.LINE_CHARACTERS
        raise CellError(Code.LIST_TEXT_TOO_LONG, length=len(text), limit=limit)
    return text or None


def cell_lines(value: Cell) -> tuple[str, ...]:
    """A cell's lines, where a line break in it (Alt+Enter in Excel) begins a new one; by
    the rules of `cell_text` for the whole cell (its length counted as one line), empty
    lines left out. `CellError` as `cell_text`."""
    text = cell_text(value)
    if text is None:
        return ()
    if not isinstance(value, str):
        return (text,)
    lines = (_one_line(line) for line in trimmed(value, paragraphs=True).split("\n"))
    return tuple(line for line in lines if line)


_SPACE_RUN = re.compile(" {2,}")


def _one_line(text: str) -> str:
    """`text` as one line (`trimmed`), every run of spaces and tabs in it one space
    (`Meier  Schulz`, `Hauptstr.⇥1`): a PDF shows one, as HTML collapses them, so the
    DOCX must too, and both show the same."""
    return _SPACE_RUN.sub(" ", trimmed(text))


def is_empty(row: Sequence[Cell]) -> bool:
    """Whether no cell of `row` holds anything but spaces (an empty cell is said at once)."""
    return all(cell is None or cell == "" or stripped(cell) is None for cell in row)


def header_key(text: str) -> str:
    """`  E-Mail ` → `email`, `Straße`/`Strasse` → `strasse`: what a header is matched by."""
    return "".join(text.split()).casefold().replace("-", "")


EMAIL_HEADERS = frozenset({"email", "emailadresse", "mail", "mailadresse"})
"""The headers (as `header_key` makes them) of an e-mail column, in every list that has
one: `E-Mail`, `EMail`, `E-Mail-Adresse`, `Mail`, `Mailadresse`."""
