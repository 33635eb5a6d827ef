"""A list as a table of cells, from the file an office keeps it in (XLSX or CSV).

The recipient and registration lists (`people_list`) and the distribution lists of
`send` (`distribution_list`) are read alike: XLSX (the active worksheet, as Excel
shows it: hidden rows are empty, a note names them and the other sheets) or CSV
separated by semicolons, commas or tabs, in UTF-8 (with or without BOM), UTF-16
(Excel's `Unicode-Text`) or Windows-1252, detected rather than asked for. Bounds: the
file's size, an XLSX's unpacked size (checked before it is unpacked) and `LIST_ROWS`
rows. A file that is neither is `LIST_NOT_A_TABLE`.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pressetool.plain_text import forbidden_character, trimmed
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading import limits
from pressetool.reading.input_file import read_input_bytes

_ZIP_MAGIC = b"PK\x03\x04"
_SEPARATORS = (";", ",", "\t")


class ExcelError(str):
    """An XLSX cell that holds Excel's error value of a formula (`#DIV/0!`, `#NV`)."""


class ExcelDate(str):
    """An XLSX cell that Excel keeps as a date or time, as German text (`01.01.2020`)."""


Cell = str | int | float | None
"""A cell as read: text from CSV; text (an `ExcelError` or `ExcelDate` among them),
number or None from XLSX."""


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
    table = (
        _xlsx_sheet(path, data) if data.startswith(_ZIP_MAGIC) else Table(_csv_rows(path, data), [])
    )
    if len(table.rows) > limits.LIST_ROWS:
        params = {"count": len(table.rows), "limit": limits.LIST_ROWS}
        raise InputError([Problem(Code.LIST_TOO_MANY_ROWS, path, params=params)])
    wide = next(
        (n for n, row in enumerate(table.rows, start=1) if len(row) > limits.LIST_COLUMNS), None
    )
    if wide is not None:
        params = {"limit": limits.LIST_COLUMNS}
        raise InputError([Problem(Code.LIST_TOO_MANY_COLUMNS, path, line=wide, params=params)])
    return table


def _not_a_list(path: Path) -> InputError:
    return InputError([Problem(Code.LIST_NOT_A_TABLE, path)])


@dataclass(frozen=True)
class Table:
    rows: list[Sequence[Cell]]
    """Each row by its number (index + 1); a row that Excel hides is empty."""
    notes: list[Problem]


def _xlsx_sheet(path: Path, data: bytes) -> Table:
    """The active worksheet, as Excel shows it."""
    from openpyxl import load_workbook

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise _not_a_list(path) from None
    if unpacked > limits.LIST_UNPACKED_BYTES:
        params = {"limit": f"{limits.LIST_UNPACKED_BYTES // 2**20} MB"}
        raise InputError([Problem(Code.LIST_UNPACKED_TOO_LARGE, path, params=params)])
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
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
        hidden = _hidden_rows(archive, getattr(sheet, "_worksheet_path", ""))
        rows: list[Sequence[Cell]] = []
        passed_over: list[str] = []
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            if number > limits.LIST_ROWS + 1:
                break  # one more than the bound is enough to say the list is too long
            row = tuple(_xlsx_cell(cell.value, cell.data_type) for cell in cells)
            if number in hidden and not is_empty(row):
                passed_over.append(str(number))
                row = ()
            rows.append(row)
    finally:
        workbook.close()
    if passed_over:
        *others, last = passed_over
        rows_text = {"rows": f"{', '.join(others)} und {last}" if others else last}
        code = Code.LIST_HIDDEN_ROWS if others else Code.LIST_HIDDEN_ROW
        notes.append(Problem(code, path, params=rows_text, severity=Severity.WARNING))
    return Table(rows, notes)


def _csv_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), Excel's `Unicode-Text` (UTF-16 with its BOM, separated
    by tabs), else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _hidden_rows(archive: zipfile.ZipFile, sheet_path: str) -> set[int]:
    """The numbers of the rows that the sheet's XML marks hidden."""
    from xml.etree.ElementTree import iterparse

    try:
        member = archive.open(sheet_path.lstrip("/"))
    except KeyError:
        return set()
    hidden = set()
    with member:
        for _event, element in iterparse(member):
            if element.tag.endswith("}row"):
                if element.get("hidden") in ("1", "true") and (number := element.get("r")):
                    hidden.add(int(number))
                element.clear()
    return hidden


def _xlsx_cell(value: object, data_type: str | None) -> Cell:
    if data_type == "e" and isinstance(value, str):
        return ExcelError(value)
    if value is None or isinstance(value, str | int):
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


def _csv_rows(path: Path, data: bytes) -> list[Sequence[Cell]]:
    try:
        text = _csv_text(data)
    except UnicodeDecodeError:
        raise _not_a_list(path) from None
    if "\x00" in text:
        raise _not_a_list(path)
    header_line = text.lstrip("\r\n").split("\n", 1)[0]
    separator = max(_SEPARATORS, key=header_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    rows: list[Sequence[Cell]] = []
    try:
        for row in reader:
            number = len(rows) + 1
            if any("\n" in cell and separator in cell for cell in row):
                # A quote opened in this row swallowed line breaks and separators.
                raise InputError([Problem(Code.LIST_UNBALANCED_QUOTE, path, line=number)])
            rows.append(row)
            if number > limits.LIST_ROWS:
                break
    except csv.Error:
        number = len(rows) + 1
        if '"' in text:
            raise InputError([Problem(Code.LIST_UNBALANCED_QUOTE, path, line=number)]) from None
        # without any quote, only a cell over the csv module's field limit stops it
        params = {"limit": f"{limits.LINE_CHARACTERS:,}".replace(",", ".")}
        problem = Problem(Code.LIST_CELL_TOO_LONG_TO_READ, path, line=number, params=params)
        raise InputError([problem]) from None
    return rows


def stripped(value: Cell) -> str | None:
    """A cell's text without spaces and invisible characters at its ends; empty → None."""
    if value is None:
        return None
    text = trimmed(str(value))
    return text or None


def cell_text(value: Cell) -> str | None:
    """A cell's text by the rules of `plain_text`, within `LINE_CHARACTERS`; empty → None.
    `CellError` (its params without the column) when the cell holds no usable text:
    Excel's error value, a date, an invisible control character, or too long a text."""
    if isinstance(value, ExcelError):
        raise CellError(Code.LIST_EXCEL_ERROR, value=str(value))
    if isinstance(value, ExcelDate):
        raise CellError(Code.LIST_EXCEL_DATE, value=str(value))
    if not isinstance(value, str):
        return stripped(value)
    found = forbidden_character(value)
    if found is not None:
        raise CellError(Code.LIST_FORBIDDEN_CHARACTER, character=found[1])
    text = trimmed(value)
    if len(text) > limits.LINE_CHARACTERS:
        limit = limits.LINE_CHARACTERS
        raise CellError(Code.LIST_TEXT_TOO_LONG, length=len(text), limit=limit)
    return text or None


def is_empty(row: Sequence[Cell]) -> bool:
    return all(stripped(cell) is None for cell in row)


def header_key(text: str) -> str:
    """`  E-Mail ` → `email`, `Straße`/`Strasse` → `strasse`: what a header is matched by."""
    return "".join(text.split()).casefold().replace("-", "")


EMAIL_HEADERS = frozenset({"email", "emailadresse", "mail", "mailadresse"})
"""The headers (as `header_key` makes them) of an e-mail column, in every list that has
one: `E-Mail`, `EMail`, `E-Mail-Adresse`, `Mail`, `Mailadresse`."""
