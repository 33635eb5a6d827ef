"""`pressetool list`: the register's numbers as a table, CSV for German Excel, or JSON."""

from __future__ import annotations

import csv
import io
import json

from pressetool.compose.german import format_date_numeric
from pressetool.compose.press_release import status_text
from pressetool.office import Config
from pressetool.problems import InputError
from pressetool.register.database import Entry, open_register, year_problem

HEADER = ("Nummer", "Datum", "Titel", "Status")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, CSV injection)."""


def spreadsheet_safe(cell: str) -> str:
    """The cell as text that Excel and LibreOffice show and never run.

    A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a
    formula to a spreadsheet: a title `=HYPERLINK(…)` becomes a live link, and
    worse. A single quote in front makes such a cell text (the OWASP rule against
    CSV injection); every other cell stays as it is. Every cell of every CSV or
    XLSX that pressetool writes goes through here; JSON and the terminal table,
    which no spreadsheet opens, stay as they are.
    """
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def list_releases(config: Config, year: int | None = None, form: str = "table") -> str:
    """The given numbers (of `year`) in `form`; CSV starts with the byte order mark
    and separates by semicolons, as German Excel expects."""
    wrong_year = year_problem(year, str(year), "--year") if year is not None else None
    if wrong_year:
        raise InputError([wrong_year])
    with open_register(config) as register:
        entries = register.entries(year)
    if form == "json":
        return json.dumps([_as_json(e) for e in entries], ensure_ascii=False, indent=2) + "\n"
    rows = [_as_row(entry) for entry in entries]
    if form == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerows([[spreadsheet_safe(cell) for cell in row] for row in [HEADER, *rows]])
        return "\ufeff" + buffer.getvalue()
    if not rows:
        return "Noch keine Nummer vergeben.\n" if year is None else f"{year}: keine Nummer.\n"
    return _table([HEADER, *rows])


def _as_row(entry: Entry) -> tuple[str, str, str, str]:
    return (
        str(entry.number),
        format_date_numeric(entry.date),
        entry.title,
        status_text(entry.status, entry.withdrawal, entry.correction_of),
    )


def _as_json(entry: Entry) -> dict[str, object]:
    withdrawal = entry.withdrawal
    return {
        "number": str(entry.number),
        "date": entry.date.isoformat(),
        "title": entry.title,
        "status": entry.status.value,
        "withdrawal": {"date": withdrawal.date.isoformat(), "reason": withdrawal.reason}
        if withdrawal
        else None,
        "correction_of": str(entry.correction_of) if entry.correction_of else None,
        "taken_at": entry.taken_at.isoformat() if entry.taken_at else None,
        "taken_by": entry.taken_by,
        "origin": entry.origin.value,
    }


def _table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"
