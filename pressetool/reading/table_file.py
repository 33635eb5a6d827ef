"""A list as a table of cells, from the file an office keeps it in (XLSX or CSV).

The recipient and registration lists (`people_list`) and the distribution lists of
`send` (`distribution_list`) are read alike: XLSX (the active worksheet, as Excel
shows it: hidden rows are empty, a note names them and the other sheets) or CSV
separated by semicolons, commas or tabs, in UTF-8 (with or without BOM), UTF-16
(Excel's `Unicode-Text`) or Windows-1252, detected rather than asked for; Mac Roman
(Excel for Mac's plain CSV) and a file of two encodings are refused at their first
garbled row (`_windows_1252_problem`), never read as garbled names. Bounds: the
file's size, `LIST_ROWS` rows that hold something and `LIST_ALL_ROWS` rows in all
(`_RowCount`: rows formatted in Excel without a value, or `;;;;` in a CSV, are no rows
of the list), a cell's characters far over `LINE_CHARACTERS` (an error of its row); an
XLSX's parts, its size unpacked and its XML elements, each checked before what it bounds
is read (`_xlsx_sheet`), so that no file, however small, takes longer than a list at
its bounds (`SHEET_ELEMENTS`). A file that is neither is `LIST_NOT_A_TABLE`; a CSV with
a few NULs is text, each NUL an error of its cell (`_binary`).

openpyxl reads an XLSX's workbook (its sheets, styles, date formats); the active sheet's
cells and the shared strings (the texts of an Excel-written sheet) are read by one pass
of expat each (`_SheetCells`, `_SharedStrings`), which stops at the first sign of no
list's part and keeps nothing of the XML but the list (openpyxl and ElementTree took
49 s and 2.2 GB for a row of 6.9 million empty cells, 28 KB).

Merged cells of an XLSX (Organisation merged over E4:E6) give their value to every
row of the range, as a reader sees it in Excel, in the range's first column only: a
range over two columns of one row (`Bert Bau` over Vorname and Nachname) is one
value, not the same in both; the ranges are read in the same pass as the cells and the
hidden rows, and filled only within the rows and columns that are read. A formula cell
that holds no result (a file written by a program that does not calculate, not saved
in Excel since) is a `FormulaWithoutResult`, an error of its cell, not an empty cell.

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
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal
from xml.parsers import expat
from xml.parsers.expat import ExpatError

from pressetool.plain_text import forbidden_character, mojibake, trimmed, word_around
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading import limits
from pressetool.reading.input_file import read_input_bytes

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
            limit = {"limit": _thousands(limits.LIST_ALL_ROWS)}
            raise InputError([Problem(Code.LIST_TOO_MANY_EMPTY_ROWS, self.path, params=limit)])


def _thousands(number: int) -> str:
    """`100000` → `100.000`, as a German text writes a number of many digits."""
    return f"{number:,}".replace(",", ".")


def _too_long_to_read(path: Path, line: int) -> Problem:
    """A cell of row `line` far over `LINE_CHARACTERS`, too long to be read at all."""
    params = {"limit": _thousands(limits.LINE_CHARACTERS)}
    return Problem(Code.LIST_CELL_TOO_LONG_TO_READ, path, line=line, params=params)


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
    SyntaxError,  # ElementTree's ParseError, lxml's XMLSyntaxError
    ExpatError,
    AttributeError,  # a chartsheet without its chart
    TypeError,
    IndexError,  # a cell naming a shared string the table does not have
)
"""What reading a workbook that is none raises (zipfile, openpyxl, expat)."""

ZIP_PARTS = 1_000
"""Parts (files) of an XLSX. A list's workbook has about ten, one with charts and pictures
some dozens. `zipfile` reads the directory entry of each in Python before anything else
can be checked, so they are counted first, by the signature each entry begins with
(`PK\x01\x02`), of which the file cannot hold fewer than it has entries: 200,000 empty
parts (18 MB) took 3.2 s and 274 MB, and are refused in 0.02 s."""
WORKBOOK_ELEMENTS = 250_000
"""XML elements of all the parts openpyxl reads whole: the workbook, its styles,
relationships and properties (`_CountedArchive`). Each becomes an object of openpyxl's,
some 30 µs (19,500 cell formats take 0.6 s); a workbook has a few hundred, one whose
formats and cell styles piled up over years (copied from workbook to workbook) up to
Excel's own bound of 64,000 formats, each with its alignment and its named style: such
a file is read, in some seconds. 6.9 million empty `<xf/>` in styles.xml (a 60 KB file)
took 3 minutes and 3.6 GB, and are refused in 0.25 s (counted before openpyxl reads)."""
SHEET_ELEMENTS = 4_000_000
"""XML elements of the sheet and its shared strings together (the sheet's texts: neither
may be as large again as the other). A list at its bound of `LIST_ROWS` rows of 40
filled columns, every text a different shared string, has 1.61 million (a row, and per
cell `<c>` and `<v>` in the sheet, `<si>` and `<t>` in the shared strings); one of 11
columns whose every text is formatted in two runs (a font of its own each, as pasting
formatted text leaves it) some 2.1 million; more is no list. The elements of each chunk
(`<` without `</`) are counted before expat reads it. Measured on the development machine
(two shared cores): the list of 40 columns is read in some 5 s (openpyxl took 14 s), one
of ten in 1.5 s (3.9 s); a flood beyond the bound is refused in some 6 s at most
(openpyxl and ElementTree took 17 s for 20 million empty elements, 49 s and 2.2 GB for
6.9 million empty cells in a row, 63 s for 3.5 million shared strings)."""
_CHUNK = 1 << 20
"""Bytes of a part's XML that expat is given at once; a tag not complete a chunk's length
after it began is no list's. Expat 2.5 parses an incomplete tag again with each chunk it
is given: an element of 2 million attributes (23 MB), read by 16 KB as ElementTree reads,
took 3 minutes; it is refused in 0.15 s, and a tag is parsed at most twice."""
_ATTRIBUTES = 64
"""Attributes of an element; Excel writes 20 at most (`<sheetView>`, `<pageSetup>`)."""
_TEXT_READ = 131_072
"""Characters of a cell that are read: those of the csv module's field limit, so that an
XLSX and a CSV say the same (`LIST_CELL_TOO_LONG_TO_READ`); Excel holds 32,767. A cell
of 95 MB took 5 s and 217 MB to be refused, now 0.15 s (1 s in the shared strings, all of
which are read)."""
_DIRECTORY_ENTRY = b"PK\x01\x02"


def _xlsx_sheet(path: Path, data: bytes) -> Table:
    """The active worksheet, as Excel shows it. Each part is bounded before it is read:
    the parts (`ZIP_PARTS`) and their size unpacked (`LIST_UNPACKED_BYTES`, from the
    archive's directory, which `zipfile` holds each part to), the elements of what openpyxl
    reads (`WORKBOOK_ELEMENTS`) and of the sheet and the shared strings, which expat reads
    (`_XmlPass`)."""
    if data.count(_DIRECTORY_ENTRY) > ZIP_PARTS:
        params = {"limit": _thousands(ZIP_PARTS)}
        raise InputError([Problem(Code.LIST_TOO_MANY_PARTS, path, params=params)])
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
            strings = _SharedStrings(path)
            workbook = _load_workbook(path, data, archive, strings)
    except _UNREADABLE:
        raise _not_a_list(path) from None
    try:
        sheet = workbook.active
        sheet_path = getattr(sheet, "_worksheet_path", None)
        if sheet_path is None:  # no sheet, or a chart sheet
            raise _not_a_list(path)
        notes: list[Problem] = []
        visible = [s for s in workbook.worksheets if s.sheet_state == "visible"]
        if len(visible) > 1:
            read = {"sheet": sheet.title, "count": len(visible)}
            notes.append(
                Problem(Code.LIST_SHEET_READ, path, params=read, severity=Severity.WARNING)
            )
        cells = _SheetCells(path, strings, workbook)
        cells.run(archive, sheet_path.lstrip("/"))
    finally:
        workbook.close()
    _fill_merged(cells.rows, cells.merged)
    rows: list[Sequence[Cell]] = []
    passed_over: list[str] = []
    for number, row_cells in enumerate(cells.rows, start=1):
        row = tuple(row_cells)
        if number in cells.hidden and not is_empty(row):
            passed_over.append(str(number))
            row = ()
        rows.append(row)
    if passed_over:
        *others, last = passed_over
        rows_text = {"rows": f"{', '.join(others)} und {last}" if others else last}
        code = Code.LIST_HIDDEN_ROWS if others else Code.LIST_HIDDEN_ROW
        notes.append(Problem(code, path, params=rows_text, severity=Severity.WARNING))
    return Table(rows, notes)


def _load_workbook(
    path: Path, data: bytes, archive: zipfile.ZipFile, strings: _SharedStrings
) -> Any:
    """openpyxl's `load_workbook` (read-only, formulas by their results), each part it reads
    counted first and the worksheets kept from it (`_CountedArchive`), and the shared
    strings read by `strings`; the cells are `_SheetCells`'."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.xml.constants import SHARED_STRINGS

    reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
    reader.archive.close()
    parts = reader.archive = _CountedArchive(path, io.BytesIO(data))

    def read_strings() -> None:
        part = reader.package.find(SHARED_STRINGS)
        if part is not None:
            strings.run(archive, part.PartName[1:])

    read_worksheets = reader.read_worksheets

    def read_sheets() -> None:
        sheets = reader.parser.find_sheets()
        parts.sheets = {rel.target for _sheet, rel in sheets if "chartsheet" not in rel.Type}
        read_worksheets()

    reader.read_strings = read_strings
    reader.read_worksheets = read_sheets
    reader.read()
    return reader.wb


class _CountedArchive(zipfile.ZipFile):
    """The workbook as openpyxl reads it: each part it opens is read whole (as openpyxl
    parses it whole, into an object per element) and its elements counted, over all
    parts, against `WORKBOOK_ELEMENTS` before openpyxl sees them. A worksheet (`sheets`)
    is an empty one: openpyxl reads each for its size, to the end of its rows when it
    names none, and only the active one's cells are read, by `_SheetCells`."""

    def __init__(self, path: Path, file: IO[bytes]) -> None:
        super().__init__(file)
        self.path = path
        self.elements = 0
        self.sheets: set[str] = set()

    def open(
        self,
        name: str | zipfile.ZipInfo,
        mode: Literal["r", "w"] = "r",
        pwd: bytes | None = None,
        *,
        force_zip64: bool = False,
    ) -> IO[bytes]:
        if name in self.sheets:
            return io.BytesIO(b"<worksheet/>")
        with super().open(name, mode, pwd, force_zip64=force_zip64) as member:
            data = member.read()
        self.elements += data.count(b"<") - data.count(b"</")
        if self.elements > WORKBOOK_ELEMENTS:
            raise _too_many_elements(self.path, WORKBOOK_ELEMENTS)
        return io.BytesIO(data)


def _too_many_elements(path: Path, limit: int) -> InputError:
    params = {"limit": _thousands(limit)}
    return InputError([Problem(Code.LIST_TOO_MANY_ELEMENTS, path, params=params)])


class _XmlPass:
    """One pass of expat over a part of the workbook, given it in chunks (`_CHUNK`), that
    stops at the first sign of no list's part: more than `SHEET_ELEMENTS` elements
    (counted in each chunk before expat reads it), a tag longer than a chunk, an element
    of more than `_ATTRIBUTES` attributes, a DTD (which Excel never writes; its entities
    could multiply the text), or a text over `_TEXT_READ` characters (`too_long`).
    Subclasses say what the elements of interest mean (`starts`, `ends`: by local name,
    without a prefix) and which texts to keep (`collect`); nothing else is kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.names = [""]
        """Local names of the element being read and its ancestors, after an empty one."""
        self.local_names: dict[str, str] = {}
        """Each name read (`x:row`) → its local name (`row`)."""
        self.starts: dict[str, Callable[[str, dict[str, str]], None]] = {}
        """What begins an element of a name, given its parent's name and its attributes."""
        self.ends: dict[str, Callable[[str | None], None]] = {}
        """What ends one, given its text if `collect` was called at its beginning."""
        self.text: str | None = None
        self.collecting = 0
        """The depth (`len(names)`) of the element whose text is `text`."""
        self.characters = 0
        """Characters collected since a subclass last set it to 0 (a cell, a string)."""
        self.elements = 0
        """Elements read, counted against `SHEET_ELEMENTS`."""

    def run(self, archive: zipfile.ZipFile, name: str) -> None:
        """Read the part `name`; `InputError` when it is no list's."""
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        parser.StartDoctypeDeclHandler = self._doctype
        read = 0
        try:
            with archive.open(name) as source:
                while chunk := source.read(_CHUNK):
                    self.elements += chunk.count(b"<") - chunk.count(b"</")
                    if self.elements > SHEET_ELEMENTS:
                        raise _too_many_elements(self.path, SHEET_ELEMENTS)
                    parser.Parse(chunk, False)
                    read += len(chunk)
                    if read - parser.CurrentByteIndex > _CHUNK:
                        raise _not_a_list(self.path)  # a tag longer than a chunk
                parser.Parse(b"", True)
        except _UNREADABLE:
            raise _not_a_list(self.path) from None

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        if len(attributes) > _ATTRIBUTES:
            raise _not_a_list(self.path)
        names = self.names
        parent = names[-1]
        local = self.local_names.get(name)
        if local is None:
            local = self.local_names[name] = name.rpartition(":")[2]
        names.append(local)
        start = self.starts.get(local)
        if start is not None:
            start(parent, attributes)

    def _end(self, _name: str) -> None:
        names = self.names
        text = None
        if len(names) == self.collecting:
            text, self.text, self.collecting = self.text, None, 0
        end = self.ends.get(names.pop())
        if end is not None:
            end(text)

    def _text(self, text: str) -> None:
        if self.text is not None:
            self.characters += len(text)
            if self.characters > _TEXT_READ:
                self.too_long()
            else:
                self.text += text

    def _doctype(self, *_declaration: object) -> None:
        raise _not_a_list(self.path)

    def collect(self) -> None:
        """Keep the text of the element just begun, for its end."""
        self.text = ""
        self.collecting = len(self.names)

    def too_long(self) -> None:
        """More than `_TEXT_READ` characters collected since `characters` was 0."""


class _TooLongToRead(str):
    """A shared string over `_TEXT_READ` characters, without its text: an error of the
    cell that names it."""


_TOO_LONG = _TooLongToRead()


class _SharedStrings(_XmlPass):
    """The shared strings (the texts of a sheet as Excel writes it) as stored, escapes and
    all: openpyxl's reader takes `x005F_` out of them, which makes the text `_x000D_`
    (stored as `_x005F_x000D_`) Excel's escape of a carriage return, which `_xlsx_text`
    could no longer tell apart. A string's text is that of its `<t>`, then that of its
    runs of formatted text (`<r><t>`), as openpyxl's `Text.content` joins them; its
    phonetic guide (`<rPh>`) is none of it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.strings: list[str] = []
        self.plain = self.runs = ""
        self.starts = {"si": self.start_string, "t": self.start_text}
        self.ends = {"si": self.end_string, "t": self.end_text}

    def start_string(self, _parent: str, _attributes: dict[str, str]) -> None:
        self.plain = self.runs = ""
        self.characters = 0

    def start_text(self, parent: str, _attributes: dict[str, str]) -> None:
        if parent == "si" or (parent == "r" and self.names[-3] == "si"):
            self.collect()

    def end_text(self, text: str | None) -> None:
        if text is None:
            return
        if self.names[-1] == "si":
            self.plain = text
        else:
            self.runs += text

    def end_string(self, _text: str | None) -> None:
        too_long = self.characters > _TEXT_READ
        self.strings.append(_TOO_LONG if too_long else self.plain + self.runs)

    def too_long(self) -> None:
        self.text = ""  # the string is `_TOO_LONG`: its text is not kept


class _SheetCells(_XmlPass):
    """The cells of a sheet's rows, as Excel shows them, with the rows it hides and its
    merged ranges, in one pass over its XML. Rows count against `_RowCount` as they are
    read; of a row, cells up to one beyond `LIST_COLUMNS` are kept (enough to say it is
    too wide), a row without a value keeps none, so that formatted rows cost no memory.
    A cell's value is what openpyxl makes of it (`value`); a formula cell without a
    stored result is a `FormulaWithoutResult`, up to `FORMULAS_WITHOUT_RESULT`."""

    def __init__(self, path: Path, strings: _SharedStrings, workbook: Any) -> None:
        super().__init__(path)
        self.shared_strings = strings.strings
        self.elements = strings.elements  # the sheet's texts: one bound for both
        self.dates: Container[int] = workbook._date_formats
        """The cell styles of a date or time; of them `durations` those of a duration."""
        self.durations: Container[int] = workbook._timedelta_formats
        self.epoch: dt.datetime = workbook.epoch
        self.rows: list[list[Cell]] = []
        """Each row by its number (index + 1), a row without a value without cells."""
        self.hidden: set[int] = set()
        """The numbers of the rows marked hidden."""
        self.merged: list[tuple[int, int, int, int]] = []
        """Merged ranges (first column, first row, last column, last row; 1-based), clipped
        to the rows and columns read."""
        self.count = _RowCount(path)
        self.formulas = 0
        self.row = 0
        """The number of the row being read, or of the last one."""
        self.values: dict[int, Cell] = {}
        """The row's cells that hold a value, by column."""
        self.width = 0
        """The row's last column."""
        self.column = 0
        """The column of the row's last cell."""
        self.cell: dict[str, str] | None = None
        """The attributes of the cell being read."""
        self.parts: dict[str, str] = {}
        """The cell's texts: its formula (`f`), value (`v`), inline text (`t`, after `is`)
        and inline runs (`r`)."""
        self.starts = {
            "row": self.start_row,
            "c": self.start_cell,
            "f": self.start_part,
            "v": self.start_part,
            "is": self.start_part,
            "t": self.start_text,
            "mergeCell": self.merge,
        }
        self.ends = {
            "row": self.end_row,
            "c": self.end_cell,
            "f": self.end_formula,
            "v": self.end_value,
            "t": self.end_text,
        }

    def start_row(self, parent: str, attributes: dict[str, str]) -> None:
        """A row: its number must be above the last one's (`_row_number`); the rows
        between them, which the XML leaves out, are empty."""
        if parent != "sheetData":
            return
        number = _row_number(attributes.get("r"), self.row)
        if number is None:
            raise _not_a_list(self.path)
        for _ in range(self.row + 1, number):
            self.rows.append([])
            self.count.add(True)
        self.row, self.values, self.width, self.column = number, {}, 0, 0
        if attributes.get("hidden") in ("1", "true"):
            self.hidden.add(number)

    def end_row(self, _text: str | None) -> None:
        if self.names[-1] != "sheetData":
            return
        row: list[Cell] = []
        if self.values:
            row = [None] * min(self.width, _READ_COLUMNS)
            for column, value in self.values.items():
                row[column - 1] = value
        self.rows.append(row)
        self.count.add(is_empty(row))

    def start_cell(self, parent: str, attributes: dict[str, str]) -> None:
        if parent == "row":
            self.cell, self.parts, self.characters = attributes, {}, 0

    def start_part(self, parent: str, _attributes: dict[str, str]) -> None:
        """`f`, `v` or `is` of a cell: the texts of the first two are kept."""
        if parent == "c" and self.cell is not None:
            if self.names[-1] == "is":
                self.parts["is"] = ""
            else:
                self.collect()

    def end_formula(self, text: str | None) -> None:
        if text is not None:
            self.parts["f"] = text

    def end_value(self, text: str | None) -> None:
        if text is not None:
            self.parts["v"] = text

    def start_text(self, parent: str, _attributes: dict[str, str]) -> None:
        if self.cell is not None and (parent == "is" or (parent == "r" and self.names[-3] == "is")):
            self.collect()

    def end_text(self, text: str | None) -> None:
        if text is None:
            return
        if self.names[-1] == "is":
            self.parts["t"] = text
        else:
            self.parts["r"] = self.parts.get("r", "") + text

    def end_cell(self, _text: str | None) -> None:
        """The cell just read, into its column (`r`, or the one after the last cell's)."""
        cell, parts = self.cell, self.parts
        if cell is None or self.names[-1] != "row":
            return
        self.cell = None
        reference = cell.get("r")
        column = self.column + 1 if reference is None else _column(reference)
        if column is None:
            raise _not_a_list(self.path)
        self.column = column
        self.width = max(self.width, column)
        if not parts or column > _READ_COLUMNS:
            return  # no value and no formula, or a cell not read
        value, data_type = self.value(cell.get("t", "n"), cell.get("s"), parts)
        if value is not None:
            self.values[column] = _xlsx_cell(value, data_type)
        elif "f" in parts and not (parts.get("v") == "" and data_type in ("str", "inlineStr")):
            self.formulas += 1  # no result stored (an empty text is one)
            if self.formulas > FORMULAS_WITHOUT_RESULT:
                raise InputError([Problem(Code.LIST_FORMULAS_WITHOUT_RESULT, self.path)])
            self.values[column] = FormulaWithoutResult(f"={parts['f'][:50]}")

    def value(self, kind: str, style: str | None, parts: dict[str, str]) -> tuple[object, str]:
        """A cell's value and type as openpyxl reads them with `data_only`, by its type
        `kind`: a number (a date or time by its `style`), an index of the shared strings, a
        truth value, a text, an ISO date, an error, or its text inline (`<is>`)."""
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        if kind == "inlineStr":
            if "is" not in parts:
                return None, kind
            return parts.get("t", "") + parts.get("r", ""), "s"
        text = parts.get("v")
        if not text:
            return None, kind
        if kind == "n":
            number = float(text) if "." in text or "E" in text or "e" in text else int(text)
            style_id = int(style) if style else 0
            if style_id not in self.dates:
                return number, kind
            try:
                return from_excel(number, self.epoch, timedelta=style_id in self.durations), "d"
            except (OverflowError, ValueError):
                return "#VALUE!", "e"
        if kind == "s":
            shared = self.shared_strings[int(text)]
            if shared is _TOO_LONG:
                self.too_long()
            return shared, kind
        if kind == "b":
            return bool(int(text)), kind
        if kind == "str":
            return text, "s"
        if kind == "d":
            return from_ISO8601(text), kind
        return text, kind

    def too_long(self) -> None:
        raise InputError([_too_long_to_read(self.path, self.row)])

    def merge(self, _parent: str, attributes: dict[str, str]) -> None:
        """A merged range that begins within the rows and columns read, clipped to them;
        one that names no cells (`E:E`, `2:2`, `E2:A1`, beyond row 1,048,576) is passed
        over, and so is one below the sheet's last row (the ranges follow the rows)."""
        match = _RANGE.fullmatch(attributes.get("ref", ""))
        if match is None:
            return  # no range of cells: a whole column (Excel writes `E1:E1048576`) or none
        first_row, last_row = int(match[2]), int(match[4])
        if not 1 <= first_row <= min(last_row, self.row):  # the rows are never over _READ_ROWS
            return
        first_column, last_column = _column_number(match[1]), _column_number(match[3])
        if last_row > _MAX_ROW or not first_column <= last_column <= _MAX_COLUMN:
            return
        if first_column <= _READ_COLUMNS:
            if len(self.merged) >= MERGED_RANGES:
                params = {"limit": MERGED_RANGES}
                code = Code.LIST_TOO_MANY_MERGED_RANGES
                raise InputError([Problem(code, self.path, params=params)])
            clipped = (
                first_column,
                first_row,
                min(last_column, _READ_COLUMNS),
                min(last_row, _READ_ROWS),
            )
            self.merged.append(clipped)


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


_MAC_LETTERS = "ŠšŸ§€…†Ž" + _UNDEFINED
"""German letters of Mac Roman (Excel for Mac's plain CSV) read as Windows-1252: ä ö ü ß
Ä Ö Ü é are `Š š Ÿ § € … † Ž`; Å ç è ê ù are bytes Windows-1252 leaves undefined."""
_MAC_WORD = re.compile(rf"[^\W\d_][{_MAC_LETTERS}]+[^\W\d_]")
"""Mac Roman letters inside a word: `Grš§e`, `BŸrgerhaus`, `Stra§e`."""
_GERMAN_LETTERS = re.compile("[äöüßÄÖÜ]")


def _windows_1252_problem(path: Path, rows: list[Sequence[Cell]], text: str) -> Problem | None:
    """A CSV read as Windows-1252 that is not: one whose rows hold UTF-8 (`MÃ¼ller`: a
    UTF-8 file with rows of another appended, or written twice over), or one written in
    Mac Roman, which Excel for Mac writes as plain CSV (`Grš§e`: its letters inside words,
    and no ä, ö, ü or ß anywhere). Either gives garbled names in every letter, so it is
    an error of its first row, which asks for the file as CSV UTF-8. Mac Roman is not
    read instead: nothing but guesswork tells it from Windows-1252 (`Košice` is both),
    and a wrong guess would garble names silently, while saving as CSV UTF-8 is one step
    in Excel. A byte Windows-1252 leaves undefined is, besides in these, no text."""
    garbled: Callable[[str], str | None]
    if mojibake(text):
        garbled, code = _mojibake_word, Code.LIST_MIXED_ENCODING
    elif _MAC_WORD.search(text) and not _GERMAN_LETTERS.search(text):
        garbled, code = _mac_word, Code.LIST_MAC_ENCODING
    elif any(c in _UNDEFINED for c in text):
        return _not_a_list_problem(path)
    else:
        return None
    for number, row in enumerate(rows, start=1):
        for cell in row:
            word = garbled(str(cell or ""))
            if word is not None:
                value = "".join("\ufffd" if c in _UNDEFINED else c for c in word)
                return Problem(code, path, line=number, params={"value": value})
    # across cells (a quote, the `sep=` line): garbled all the same, said without a row
    return _not_a_list_problem(path)


def _mojibake_word(text: str) -> str | None:
    found = mojibake(text)
    return found[0] if found else None


def _mac_word(text: str) -> str | None:
    found = _MAC_WORD.search(text)
    return word_around(text, found.start(), found.end()) if found else None


_READ_ROWS = limits.LIST_ALL_ROWS + 1
"""Rows of a sheet that are read: one more than the bound says the list is too long."""
_READ_COLUMNS = limits.LIST_COLUMNS + 1
"""Columns of a row that are read: one more than the bound says a row is too wide."""
MERGED_RANGES = limits.LIST_ROWS
"""Merged ranges within the rows read: a list merges a few cells (an organisation over
the rows of its people); more is no list, and each is kept until the rows are read."""
FORMULAS_WITHOUT_RESULT = limits.LIST_ROWS
"""Formula cells without a stored result within the rows read, each named by its row;
more are one message for the file (it was never calculated)."""
_MAX_ROW = 1_048_576
_MAX_COLUMN = 16_384
"""The last row and column (`XFD`) of an Excel sheet."""


def _row_number(text: str | None, last: int) -> int | None:
    """The number of a row after row `last`: its `r`, or the next; None when `r` is no
    number in ASCII digits (`²`, `3.0`) or not above `last`, which Excel never writes."""
    if text is None:
        return last + 1
    number = _int(text)
    return number if number is not None and number > last else None


_REFERENCE = re.compile(r"([A-Za-z]{1,3})[0-9]+")
_RANGE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7}):\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")


def _column(reference: str) -> int | None:
    """`C7` → 3: the column of a cell's reference; None for none (`7C`, `$C$7`)."""
    match = _REFERENCE.fullmatch(reference)
    return None if match is None else _column_number(match[1])


@functools.cache
def _column_number(letters: str) -> int:
    """`C` → 3, `AA` → 27: a column by its letters."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


_DIGITS = re.compile(r"[0-9]{1,9}")


def _int(text: str | None) -> int | None:
    """`12` → 12; None for anything but ASCII digits (`²` and `٣` are digits to `isdigit`
    but no number to `int`, other scripts' digits are none to Excel)."""
    return int(text) if text and _DIGITS.fullmatch(text) else None


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
        raise InputError([_too_long_to_read(path, number)]) from None
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
    Excel's error value, a date, a truth value, text that went through the wrong
    encoding (`MÃ¼ller`), an invisible control character, or too long a text. A number
    is its German text (`number_text`)."""
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
    garbled = mojibake(value)
    if garbled is not None:  # before the control characters that Windows makes of some
        raise CellError(Code.LIST_MOJIBAKE, value=garbled[0], meant=garbled[1])
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
