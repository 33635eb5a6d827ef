"""The press distribution list (Presseverteiler, CSV or XLSX) → checked recipients.

Columns: `E-Mail` (required), `Name`, `Redaktion` and `Gruppe` (optional; a
cell of `Gruppe` may name several groups, separated by commas or semicolons);
other columns are ignored. Files are read as the recipient lists of the
letters are (reading/table_file.py: XLSX or CSV as German Excel writes them,
the active sheet without hidden rows, the same bounds; as in people_list.py the
header is the first row naming a known column, and the same characters rules hold; a
CSV row with more cells than the header is an error, as there).

The list is checked whole before anything is sent: an address that no mail
server takes (`office.mail_address`, no DNS look-up) is an error with its row;
a row without an address and an address that stands twice are notes (the
address gets one message). `--gruppe` picks the rows of one or more groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from pressetool.office import address_problem, mail_address
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading.table_file import (
    EMAIL_HEADERS,
    Cell,
    CellError,
    Table,
    cell_text,
    header_key,
    is_empty,
    read_table,
    stripped,
)


class Column(Enum):
    EMAIL = "E-Mail"
    NAME = "Name"
    NEWSROOM = "Redaktion"
    GROUP = "Gruppe"


_HEADERS = dict.fromkeys(EMAIL_HEADERS, Column.EMAIL) | {
    "name": Column.NAME,
    "redaktion": Column.NEWSROOM,
    "medium": Column.NEWSROOM,
    "gruppe": Column.GROUP,
    "gruppen": Column.GROUP,
}


@dataclass(frozen=True)
class Recipient:
    row: int
    """The row as Excel shows it (header = row 1)."""
    address: str
    """As a mail server takes it (the domain in IDNA)."""
    name: str | None = None
    newsroom: str | None = None
    groups: tuple[str, ...] = ()

    @property
    def display_name(self) -> str | None:
        """What the `To` header shows beside the address: the name, else the newsroom."""
        return self.name or self.newsroom


@dataclass(frozen=True)
class DistributionList:
    source: Path
    recipients: tuple[Recipient, ...]
    """Each address once, in the list's order (of the groups picked)."""
    warnings: tuple[Problem, ...]
    listed: frozenset[str]
    """The key (`address_key`) of every address in the file, of every group."""


def address_key(address: str) -> str:
    """Two spellings of one address are one recipient: `Max@Example.org` = `max@example.org`."""
    return address.casefold()


def group_key(group: str) -> str:
    return " ".join(group.split()).casefold()


def read_distribution_list(path: Path, groups: Sequence[str] = ()) -> DistributionList:
    """The recipients of `path` (of `groups`, when given); `InputError` with every problem
    of the file, or when a group names no row."""
    table = read_table(path)
    reader = _Reader(path)
    recipients = reader.read(table)
    if reader.problems:
        raise InputError(reader.problems)
    listed = frozenset(address_key(recipient.address) for recipient in recipients)
    if groups:
        recipients = _of_groups(path, recipients, groups, reader.has_groups)
    unique = _once_each(path, recipients, reader.warnings)
    if not unique:
        raise InputError([Problem(Code.SEND_LIST_NOBODY, path)])
    return DistributionList(path, tuple(unique), (*table.notes, *reader.warnings), listed)


def _of_groups(
    path: Path, recipients: list[Recipient], groups: Sequence[str], has_groups: bool
) -> list[Recipient]:
    if not has_groups:
        raise InputError([Problem(Code.SEND_LIST_NO_GROUP_COLUMN, path)])
    known: dict[str, str] = {}
    for recipient in recipients:
        for group in recipient.groups:
            known.setdefault(group_key(group), group)
    wanted = {group_key(group) for group in groups}
    problems = [
        Problem(
            Code.SEND_LIST_UNKNOWN_GROUP,
            path,
            params={"group": group, "groups": ", ".join(sorted(known.values())) or "nichts"},
        )
        for group in groups
        if group_key(group) not in known
    ]
    if problems:
        raise InputError(problems)
    return [r for r in recipients if wanted & {group_key(g) for g in r.groups}]


def _once_each(path: Path, recipients: list[Recipient], warnings: list[Problem]) -> list[Recipient]:
    first: dict[str, Recipient] = {}
    for recipient in recipients:
        key = address_key(recipient.address)
        if key in first:
            params = {"address": recipient.address, "first": first[key].row}
            warnings.append(
                Problem(
                    Code.SEND_LIST_DUPLICATE,
                    path,
                    line=recipient.row,
                    params=params,
                    severity=Severity.WARNING,
                )
            )
        else:
            first[key] = recipient
    return list(first.values())


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.has_groups = False

    def problem(self, code: Code, row: int | None, **params: object) -> None:
        self.problems.append(Problem(code, self.path, line=row, params=params))

    def read(self, table: Table) -> list[Recipient]:
        rows = table.rows
        numbered = [(number, row) for number, row in enumerate(rows, start=1) if not is_empty(row)]
        if not numbered:
            self.problem(Code.SEND_LIST_NOBODY, None)
            return []
        start = self.header_index(numbered)
        header_row, header = numbered[start]
        columns = self.columns(header)
        if Column.EMAIL not in columns:
            self.problem(Code.LIST_MISSING_COLUMN, header_row, column=Column.EMAIL.value)
            return []
        self.has_groups = Column.GROUP in columns
        people = numbered[start + 1 :]
        if not people:
            self.problem(Code.LIST_NO_PEOPLE, None)
        shifted = table.cells_beyond(self.path, header_row, people)
        self.problems.extend(shifted)
        people = [(n, row) for n, row in people if n not in {p.line for p in shifted}]
        found = (self.recipient(number, row, columns) for number, row in people)
        return [recipient for recipient in found if recipient is not None]

    def header_index(self, numbered: list[tuple[int, Sequence[Cell]]]) -> int:
        """The first row naming the E-Mail column is the header (a title row above it is
        passed over with a note); without one, the first row."""
        for index, (row, cells) in enumerate(numbered):
            if Column.EMAIL in self.columns(cells):
                if index > 0:
                    params = {"row": row}
                    self.warnings.append(
                        Problem(Code.LIST_HEADER_ROW, self.path, params=params, severity=_NOTE)
                    )
                return index
        return 0

    def columns(self, header: Sequence[Cell]) -> dict[Column, int]:
        found: dict[Column, int] = {}
        for index, cell in enumerate(header):
            column = _HEADERS.get(header_key(stripped(cell) or ""))
            if column is not None and column not in found:
                found[column] = index
        return found

    def recipient(
        self, row: int, cells: Sequence[Cell], columns: dict[Column, int]
    ) -> Recipient | None:
        texts: dict[Column, str | None] = {}
        for column, index in columns.items():
            texts[column] = self.cell_text(
                row, column, cells[index] if index < len(cells) else None
            )
        written = texts.get(Column.EMAIL)
        if written is None:
            if any(texts.values()):
                self.warnings.append(
                    Problem(Code.SEND_LIST_NO_ADDRESS, self.path, line=row, severity=_NOTE)
                )
            return None
        address = mail_address(written)
        if address is None:
            code, params = address_problem(written, Code.SEND_LIST_BAD_ADDRESS, Column.EMAIL.value)
            self.problem(code, row, **params)
            return None
        groups = texts.get(Column.GROUP) or ""
        return Recipient(
            row=row,
            address=address,
            name=texts.get(Column.NAME),
            newsroom=texts.get(Column.NEWSROOM),
            groups=tuple(g.strip() for g in groups.replace(";", ",").split(",") if g.strip()),
        )

    def cell_text(self, row: int, column: Column, value: Cell) -> str | None:
        """A cell's text (`table_file.cell_text`); a cell without usable text is a problem."""
        try:
            return cell_text(value)
        except CellError as error:
            self.problem(error.code, row, column=column.value, **error.params)
            return None


_NOTE = Severity.WARNING
