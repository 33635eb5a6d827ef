"""`pressetool list`: the register's numbers as a table, CSV for German Excel, or JSON.

The status comes from the register, in German in the table and the CSV
(`Entwurf`, `veröffentlicht`, `zurückgezogen am …: Grund`, `verworfen am …:
Grund`), as the machine value in JSON (`draft`, `published`, `withdrawn`,
`discarded`). The register keeps no Sperrfrist: for a published release it is
read from its file, and shown while it has not passed
(`veröffentlicht, Sperrfrist bis 03.12.2026, 10 Uhr`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from pressetool.compose.german import format_date_numeric
from pressetool.compose.press_release import register_status_text
from pressetool.models import Embargo, ReleaseNumber, Status
from pressetool.office import OFFICE_TIME_ZONE, Config
from pressetool.problems import Code, InputError
from pressetool.reading.release_folder import release_files
from pressetool.register.database import Entry, open_register, year_problem
from pressetool.register.journal import invitation_mailing, release_mailing, sent_counts
from pressetool.register.release_files import file_numbers, read_identity

HEADER = ("Nummer", "Datum", "Titel", "Status", "Versandt", "Einladungen versandt")
"""`Versandt`: addresses that got the press release by `send`; `Einladungen versandt`:
invitations by e-mail (`invite --send`); empty for none."""
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


def _entries(config: Config, year: int | None) -> list[Entry]:
    """The register's entries. Before the first `new` there is no register and no
    release file, and that is no error: there are no numbers. A register missing beside
    release files is one (it was lost: `reindex` rebuilds it)."""
    try:
        with open_register(config) as register:
            return register.entries(year)
    except InputError as error:
        missing = all(problem.code is Code.REGISTER_MISSING for problem in error.problems)
        if missing and not release_files(config):
            return []
        raise


def list_releases(config: Config, year: int | None = None, form: str = "table") -> str:
    """The given numbers (of `year`) in `form`; CSV starts with the byte order mark
    and separates by semicolons, as German Excel expects."""
    wrong_year = year_problem(year, str(year), "--year") if year is not None else None
    if wrong_year:
        raise InputError([wrong_year])
    entries = _entries(config, year)
    embargoes = _embargoes(config, entries)
    sent = sent_counts(config)
    if form == "json":
        rows_json = [_as_json(e, embargoes.get(e.number), sent) for e in entries]
        return json.dumps(rows_json, ensure_ascii=False, indent=2) + "\n"
    now = dt.datetime.now(OFFICE_TIME_ZONE)
    rows = [_as_row(entry, embargoes.get(entry.number), now, config, sent) for entry in entries]
    if form == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerows([[spreadsheet_safe(cell) for cell in row] for row in [HEADER, *rows]])
        return "\ufeff" + buffer.getvalue()
    if not rows:
        return "Noch keine Nummer vergeben.\n" if year is None else f"{year}: keine Nummer.\n"
    if not any(row[4] or row[5] for row in rows):  # nothing sent: the table stays narrow
        return _table([HEADER[:4], *(row[:4] for row in rows)])
    return _table([HEADER, *rows])


def _embargoes(config: Config, entries: list[Entry]) -> dict[ReleaseNumber, Embargo]:
    """The Sperrfrist of each published release whose file names one. Only files that
    mention `embargo` are read; a file that cannot be read shows no Sperrfrist here
    (`check` and `verify` say what is wrong with it)."""
    found: dict[ReleaseNumber, Embargo] = {}
    files_by_year: dict[int, dict[int, Path]] = {}
    for entry in entries:
        if entry.status is not Status.PUBLISHED:
            continue
        year = entry.number.year
        if year not in files_by_year:
            files_by_year[year] = file_numbers(config, year)
        path = files_by_year[year].get(entry.number.number)
        if path is None:
            continue
        try:
            if b"embargo" not in path.read_bytes():
                continue
            embargo = read_identity(path).embargo
        except (InputError, OSError):
            continue
        if embargo is not None:
            found[entry.number] = embargo
    return found


def _as_row(
    entry: Entry, embargo: Embargo | None, now: dt.datetime, config: Config, sent: dict[str, int]
) -> tuple[str, ...]:
    status = entry_status_text(entry, embargo, now, config)
    release, invitations = sent_to(entry.number, sent)
    return (
        str(entry.number),
        format_date_numeric(entry.date),
        entry.title,
        status,
        str(release or ""),
        str(invitations or ""),
    )


def sent_to(number: ReleaseNumber, sent: dict[str, int]) -> tuple[int, int]:
    """How many addresses got the release and its invitations by e-mail (`sent_counts`)."""
    return sent.get(release_mailing(number), 0), sent.get(invitation_mailing(number), 0)


def entry_status_text(
    entry: Entry, embargo: Embargo | None, now: dt.datetime, config: Config
) -> str:
    """The status of a register entry in German, as `list` and the browser show it:
    `veröffentlicht, Sperrfrist bis 03.12.2026, 10 Uhr` while the Sperrfrist runs."""
    return register_status_text(
        entry.status,
        withdrawal=entry.withdrawal,
        discard=entry.discard,
        correction_of=entry.correction_of,
        embargo=embargo,
        now=now,
        style=config.house_style,
    )


def _as_json(entry: Entry, embargo: Embargo | None, sent: dict[str, int]) -> dict[str, object]:
    withdrawal = entry.withdrawal
    release, invitations = sent_to(entry.number, sent)
    discard = entry.discard
    return {
        "number": str(entry.number),
        "date": entry.date.isoformat(),
        "title": entry.title,
        "status": entry.status.value,
        "withdrawal": {"date": withdrawal.date.isoformat(), "reason": withdrawal.reason}
        if withdrawal
        else None,
        "discard": {"date": discard.date.isoformat(), "reason": discard.reason}
        if discard
        else None,
        "embargo": _embargo_json(embargo),
        "correction_of": str(entry.correction_of) if entry.correction_of else None,
        "taken_at": entry.taken_at.isoformat() if entry.taken_at else None,
        "taken_by": entry.taken_by,
        "origin": entry.origin.value,
        "sent": release,
        "invitations_sent": invitations,
    }


def _table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _embargo_json(embargo: Embargo | None) -> str | None:
    """`2026-12-03T10:00`, or `2026-12-03` for a Sperrfrist without a time."""
    if embargo is None:
        return None
    if embargo.time is None:
        return embargo.date.isoformat()
    return dt.datetime.combine(embargo.date, embargo.time).isoformat(timespec="minutes")
