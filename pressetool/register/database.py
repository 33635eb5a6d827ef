"""The register of release numbers: which number went to which release, when and by whom.

A number is taken inside one write transaction that the database guards
(`BEGIN IMMEDIATE` and the primary key on year and number), so that two
officers who run `pressetool new` at the same moment never get the same
number. Rows are never deleted: a number once given stays given, also after
its file was deleted or the release was withdrawn.

The SQL is plain and uses named parameters (`:year`), written once for both
databases the register may live in (`schema.Database`): a SQLite file
(`SqliteDatabase`, the one place that knows `sqlite3`) or a PostgreSQL
database shared by the workstations of an office (`postgres.PostgresDatabase`,
the one place that knows psycopg). What differs between them (parameter
style, the write lock, the catalog, the tables' definitions) each of the two
classes says; the schema and its migrations are `schema.py`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from pressetool.models import Discard, ReleaseNumber, Status, Withdrawal
from pressetool.office import Config, require_office_folder
from pressetool.problems import Code, InputError, Problem
from pressetool.reading.release_reader import FIRST_NUMBER, LAST_NUMBER
from pressetool.register import schema
from pressetool.register.location import DATABASE_URL_VARIABLE as DATABASE_URL_VARIABLE
from pressetool.register.location import DEFAULT_DATABASE_URL as DEFAULT_DATABASE_URL
from pressetool.register.location import Kind, register_location

LOCK_WAIT_SECONDS = 60.0
FIRST_YEAR = 1900
LAST_YEAR = 2999
"""The years the register keeps numbers for; a year outside is a typo (`0202`, `20020`)."""

_COLUMNS = (
    "year, number, release_date, title, status, withdrawn_on, withdrawal_reason, "
    "correction_of, taken_at, taken_by, origin"
)
_COLUMN_NAMES = tuple(_COLUMNS.split(", "))
_SELECT = f"SELECT rowid, {_COLUMNS} FROM release_numbers"
_INSERT = (
    f"INSERT INTO release_numbers ({_COLUMNS}) VALUES (:year, :number, :release_date, :title, "
    ":status, :withdrawn_on, :withdrawal_reason, :correction_of, :taken_at, :taken_by, :origin)"
)


class Origin(Enum):
    """How a number came into the register."""

    NEW = "new"
    CORRECT = "correct"
    REINDEX = "reindex"
    DISCARD = "discard"
    """A number given before pressetool, recorded by `discard` without a file."""


@dataclass(frozen=True)
class Entry:
    """One given number."""

    number: ReleaseNumber
    date: dt.date
    title: str
    status: Status = Status.PUBLISHED
    withdrawal: Withdrawal | None = None
    correction_of: ReleaseNumber | None = None
    taken_at: dt.datetime | None = None
    """When the number was taken (UTC); set by the register."""
    taken_by: str = ""
    """The OS user who took it; set by the register."""
    origin: Origin = Origin.NEW
    discard: Discard | None = None
    """Date and reason of a discarded number: the columns `withdrawn_on` and
    `withdrawal_reason` hold them, as they hold a withdrawal's."""


@dataclass
class Reading:
    """The register's rows as `Register.read` found them."""

    entries: list[Entry] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    """One for each cell that cannot be read, named by row (rowid) and column."""
    unreadable: set[ReleaseNumber] = dataclasses.field(default_factory=set)
    """The numbers of rows with such a cell, where year and number could be read."""


class SqliteDatabase:
    """A SQLite file; the only class here that knows the database library.

    The file is opened through a `file:` URI (for `mode=rw`: never create it by
    accident) built by `Path.as_uri`, which percent-encodes the path: an office
    folder named `Amt #1 ?%` holds its register, where a URI pasted together from
    the path would end the file name at `#` or `?`. `named` is the file that
    messages name (the register, while a new one is built in a temporary file).
    """

    dialect = schema.Dialect.SQLITE

    def __init__(self, path: Path, create: bool = False, named: Path | None = None) -> None:
        self.path = named or path
        mode = "rwc" if create else "rw"
        try:
            self.connection = sqlite3.connect(
                f"{path.absolute().as_uri()}?mode={mode}",
                uri=True,
                timeout=LOCK_WAIT_SECONDS,
                isolation_level=None,
            )
        except (sqlite3.Error, OSError) as error:
            raise _register_problem(error, self.path) from None

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        try:
            return self.connection.execute(sql, params or {}).fetchall()
        except sqlite3.Error as error:
            raise _register_problem(error, self.path) from None

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        self.query(sql, params)

    @contextmanager
    def write_transaction(self) -> Iterator[None]:
        """One transaction holding the write lock from its first statement on."""
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.rollback()
            raise
        self.execute("COMMIT")

    def table_names(self) -> set[str]:
        return {row[0] for row in self.query("SELECT name FROM sqlite_master WHERE type='table'")}

    def column_names(self, table: str) -> set[str]:
        return {row[1] for row in self.query("SELECT * FROM pragma_table_info(:t)", {"t": table})}

    def not_whole_number(self, column: str) -> str:
        return f"typeof({column}) != 'integer'"  # SQLite keeps whatever a hand edit wrote

    def check_integrity(self) -> None:
        if self.query("PRAGMA quick_check") != [("ok",)]:
            raise InputError([Problem(Code.REGISTER_DAMAGED, self.path)])

    def close(self) -> None:
        self.connection.close()


_NOT_WRITABLE = ("readonly", "unable to open", "disk I/O error", "disk is full")
"""SQLite's words for a file or folder it cannot write."""


def _register_problem(error: Exception, path: Path) -> InputError:
    """A database error as the officer's problem: not a register, damaged, read-only or busy."""
    text = str(error)
    if "malformed" in text:
        code = Code.REGISTER_DAMAGED
    elif isinstance(error, sqlite3.OperationalError) and "no such" in text:
        code = Code.REGISTER_NOT_PRESSETOOL  # a table or column of the register is missing
    elif isinstance(error, sqlite3.OperationalError) and "locked" in text:
        code = Code.REGISTER_BUSY
    elif isinstance(error, OSError) or any(words in text for words in _NOT_WRITABLE):
        code = Code.REGISTER_NOT_WRITABLE
    else:  # a statement the register's tables do not take: edited by hand (its version)
        code = Code.REGISTER_NOT_PRESSETOOL
    return InputError([Problem(code, path, params={"folder": path.parent, "detail": text})])


def year_problem(year: int, value: str, field: str | None = None) -> Problem | None:
    """The problem with `year` (written as `value`) when it lies outside the register's years."""
    if FIRST_YEAR <= year <= LAST_YEAR:
        return None
    params = {"value": value, "year": year, "first": FIRST_YEAR, "last": LAST_YEAR}
    return Problem(Code.YEAR_OUT_OF_RANGE, None, field=field, params=params)


def register_path(config: Config) -> Path:
    """The SQLite file named by `PRESSETOOL_DATABASE_URL` or `[register] database_url`;
    an error when they name a PostgreSQL register (no file)."""
    location = register_location(config)
    if location.path is None:
        raise InputError([location.problem(Code.SHARED_REGISTER_NOT_A_FILE)])
    return location.path


class Register:
    """The numbers given so far, read and changed through plain SQL."""

    def __init__(self, database: schema.Database, created: bool = False) -> None:
        self.database = database
        self.created = created
        """`open_register` made it just now: it holds no number yet."""

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Everything inside happens together or not at all, one writer at a time."""
        with self.database.write_transaction():
            yield

    def read(self, year: int | None = None) -> Reading:
        """The entries (of `year`) that can be read, and a problem for each cell that cannot,
        named by row (rowid) and column: one hand-edited row never hides the others."""
        where = "" if year is None else " WHERE year = :year"
        rows = self.database.query(f"{_SELECT}{where} ORDER BY year, number", {"year": year})
        reading = Reading()
        for row in rows:
            entry, number, problems = _entry(self.database.path, row)
            if entry is not None:
                reading.entries.append(entry)
            elif number is not None:
                reading.unreadable.add(number)
            reading.problems.extend(problems)
        return reading

    def entries(self, year: int | None = None) -> list[Entry]:
        """Every entry (of `year`); a row that cannot be read is an error naming it."""
        reading = self.read(year)
        if reading.problems:
            raise InputError(reading.problems)
        return reading.entries

    def find(self, number: ReleaseNumber) -> Entry | None:
        """The entry of `number`; when its row cannot be read, an error naming it. Before
        it says that a number was never given, every row whose year or number cannot be
        read is named: that row may be the number."""
        rows = self.database.query(
            f"{_SELECT} WHERE year = :year AND number = :number",
            {"year": number.year, "number": number.number},
        )
        if not rows:
            unreadable = self._rows_without_number(out_of_range=True)
            if unreadable:
                raise InputError(unreadable)
            return None
        entry, _, problems = _entry(self.database.path, rows[0])
        if entry is None:
            raise InputError(problems)
        return entry

    def next_number(self, year: int, above: int = 0) -> ReleaseNumber:
        """The number after the highest given in `year` (and after `above`); inside `writing`.

        A number beyond `LAST_NUMBER` in the register (a typo taken in by an older
        `reindex`) is never counted on from; after `LAST_NUMBER` there is no next.
        A row whose year or number is no whole number at all (edited by hand) stops
        it: that row may stand for any number, which must not be given twice.
        """
        unreadable = self._rows_without_number(out_of_range=False)
        if unreadable:
            raise InputError(unreadable)
        rows = self.database.query(
            "SELECT COALESCE(MAX(number), 0) FROM release_numbers "
            "WHERE year = :year AND number BETWEEN :first AND :last",
            {"year": year, "first": FIRST_NUMBER, "last": LAST_NUMBER},
        )
        following = max(int(rows[0][0]), above) + 1
        if following > LAST_NUMBER:
            params = {"year": year, "last": LAST_NUMBER}
            raise InputError([Problem(Code.NUMBERS_EXHAUSTED, None, params=params)])
        return ReleaseNumber(following, year)

    def _rows_without_number(self, out_of_range: bool) -> list[Problem]:
        """A problem for each row whose year or number is no whole number (with
        `out_of_range`, also one outside the bounds), named by row and column."""
        database = self.database
        where = f"{database.not_whole_number('year')} OR {database.not_whole_number('number')}"
        if out_of_range:
            where += (
                " OR year NOT BETWEEN :first_year AND :last_year"
                " OR number NOT BETWEEN :first AND :last"
            )
        rows = self.database.query(
            f"SELECT rowid, year, number FROM release_numbers WHERE {where}",
            {
                "first_year": FIRST_YEAR,
                "last_year": LAST_YEAR,
                "first": FIRST_NUMBER,
                "last": LAST_NUMBER,
            },
        )
        problems: list[Problem] = []
        for rowid, year, number in rows:
            cells = _Row(self.database.path, rowid, {"year": year, "number": number})
            cells.whole_number("year", FIRST_YEAR, LAST_YEAR)
            cells.whole_number("number", FIRST_NUMBER, LAST_NUMBER)
            problems.extend(cells.problems)
        return problems

    def add(self, entry: Entry) -> Entry:
        """Record a newly taken number with the time and the OS user; inside `writing`."""
        taken = _stamped(entry, entry.origin)
        self.database.execute(_INSERT, _row(taken))
        return taken

    def copy(self, entry: Entry) -> None:
        """Record `entry` as it stands, with its time, user and origin (`register migrate`);
        inside `writing`."""
        self.database.execute(_INSERT, _row(entry))

    def add_or_update(self, entry: Entry) -> None:
        """Reindex: take title and date from a file, and its status where it is a step
        forward (`STATUS_STEP`: a register restored from an older backup still says
        published of a release the file says withdrawn; `allocation.take_in` passes a
        draft's own status where the file says published); a status never goes back, and a
        withdrawal or discard, once recorded, keeps its date and reason unless the file
        has them."""
        new, old = _step("excluded.status"), _step("release_numbers.status")
        self.database.execute(
            f"{_INSERT} ON CONFLICT (year, number) DO UPDATE SET "
            "release_date = excluded.release_date, title = excluded.title, "
            "correction_of = excluded.correction_of, "
            f"status = CASE WHEN {new} > {old} THEN excluded.status "
            "ELSE release_numbers.status END, "
            "withdrawn_on = COALESCE(excluded.withdrawn_on, release_numbers.withdrawn_on), "
            "withdrawal_reason = COALESCE(excluded.withdrawal_reason, "
            "release_numbers.withdrawal_reason)",
            _row(_stamped(entry, Origin.REINDEX)),
        )

    def withdraw(self, number: ReleaseNumber, withdrawal: Withdrawal) -> None:
        """Mark a number withdrawn; it stays given. Inside `writing`."""
        self.database.execute(
            "UPDATE release_numbers SET status = :status, withdrawn_on = :on, "
            "withdrawal_reason = :reason WHERE year = :year AND number = :number",
            {
                "status": Status.WITHDRAWN.value,
                "on": withdrawal.date.isoformat(),
                "reason": withdrawal.reason,
                "year": number.year,
                "number": number.number,
            },
        )

    def describe(self, number: ReleaseNumber, date: dt.date, title: str) -> None:
        """Date and title as the release's file says them now (the draft was edited since
        `new` gave its number), so that `list` shows them; inside `writing`."""
        self.database.execute(
            "UPDATE release_numbers SET release_date = :date, title = :title "
            "WHERE year = :year AND number = :number",
            {
                "date": date.isoformat(),
                "title": title,
                "year": number.year,
                "number": number.number,
            },
        )

    def set_status(
        self, number: ReleaseNumber, status: Status, why: Withdrawal | Discard | None = None
    ) -> None:
        """Publish or discard a number (`why`: the discard's date and reason); inside
        `writing`. A withdrawal or discard keeps its date and reason in the columns
        `withdrawn_on` and `withdrawal_reason`."""
        self.database.execute(
            "UPDATE release_numbers SET status = :status, "
            "withdrawn_on = COALESCE(:on, withdrawn_on), "
            "withdrawal_reason = COALESCE(:reason, withdrawal_reason) "
            "WHERE year = :year AND number = :number",
            {
                "status": status.value,
                "on": why.date.isoformat() if why else None,
                "reason": why.reason if why else None,
                "year": number.year,
                "number": number.number,
            },
        )

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.database.close()


STATUS_STEP = {Status.DRAFT: 0, Status.PUBLISHED: 1, Status.WITHDRAWN: 2, Status.DISCARDED: 2}
"""How far along its life a number is: draft, then published, then withdrawn; a draft
may be discarded instead. A number's status only ever steps forward."""


def _step(column: str) -> str:
    """SQL: the `STATUS_STEP` of the status in `column`."""
    steps = " ".join(f"WHEN '{status.value}' THEN {step}" for status, step in STATUS_STEP.items())
    return f"(CASE {column} {steps} END)"


def _stamped(entry: Entry, origin: Origin) -> Entry:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return dataclasses.replace(entry, taken_at=now, taken_by=os_user(), origin=origin)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())


def open_register(config: Config, create: bool = False, *, anywhere: bool = False) -> Register:
    """The office's register; `create` makes an empty one when there is none yet, but
    only inside the office folder unless `anywhere` (`init`, `reindex`): a register that
    `database_url` puts elsewhere (a network drive) and that is not there is never
    replaced by an empty one, which would give the office's numbers again when the drive
    is merely not connected; the message asks for the drive (`REGISTER_NOT_REACHABLE`).

    Outside an office folder (no `pressetool.toml` up from the current folder)
    every command stops here with a message that names `pressetool init`, before
    anything is read, created or written: a register made there would be a second
    one for the office and give its numbers again.
    Without `create` a missing register is an error that names `reindex`.
    Whatever lies at the register's path (an empty file left by a failed copy,
    a damaged or foreign database, a folder, a link to a drive that is not
    connected) is never re-created and never changed: only a valid pressetool
    register is opened, anything else is an error that says how to restore it.
    """
    require_office_folder(config)
    location = register_location(config)
    if location.kind is Kind.POSTGRESQL:
        # Shared by the workstations: made once by `pressetool register init`, never here.
        from pressetool.register.postgres import open_database

        return Register(open_database(location, Code.SHARED_REGISTER_NOT_PRESSETOOL))
    path = register_path(config)
    inside = in_office_folder(config, path)
    created = create and (anywhere or inside) and _create_unless_present(path, inside)
    _check_file(path, Code.REGISTER_MISSING if inside else Code.REGISTER_NOT_REACHABLE)
    database = SqliteDatabase(path)
    try:
        schema.check(database)
    except BaseException:
        database.close()
        raise
    return Register(database, created)


def in_office_folder(config: Config, path: Path) -> bool:
    """`path` lies in the office folder, `..` taken as written (`sqlite:///../netz/x` does
    not); a link is not followed: the office's own link to its register is inside."""
    return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(config.folder))


def _create_unless_present(path: Path, make_folders: bool) -> bool:
    """A new register at `path`, unless anything at all is there already; True when this
    call made it. Without `make_folders` (a register outside the office folder) only in
    a folder that exists: a missing one is a drive not connected, never made here.

    The register is built in a temporary file beside `path` and then linked to
    `path`, which fails when `path` exists: `path` never holds a half-made
    register (which another process would have to take for a damaged one), and
    of two processes that create it at once, one wins and both use its register.
    """
    if os.path.lexists(path) or not (make_folders or path.parent.is_dir()):
        return False
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        database = SqliteDatabase(temporary, create=True, named=path)
        try:
            schema.create(database)
        finally:
            database.close()
        return _link_unless_present(temporary, path)
    except OSError as error:
        raise _register_problem(error, path) from None
    finally:
        with suppress(OSError):  # a folder that could not be made holds no temporary file
            temporary.unlink(missing_ok=True)


def _link_unless_present(temporary: Path, path: Path) -> bool:
    """True when `path` is the register made in `temporary`, False when another process
    was quicker (its register is complete)."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    except OSError:
        # A file system without hard links: create `path` exclusively and copy. Only
        # here can another process see the register before it is complete.
        try:
            with path.open("xb") as target:
                target.write(temporary.read_bytes())
                target.flush()
                os.fsync(target.fileno())
        except FileExistsError:
            return False
    return True


def _check_file(path: Path, missing: Code) -> None:
    """`path` is a file with content, or an error that says what lies there instead."""
    problem: Problem | None = None
    if path.is_symlink() and not path.exists():
        problem = Problem(Code.REGISTER_LINK_BROKEN, path, params={"target": os.readlink(path)})
    elif not path.exists():
        problem = Problem(missing, path)
    elif not path.is_file():
        problem = Problem(Code.REGISTER_NOT_PRESSETOOL, path)
    elif path.stat().st_size == 0:
        problem = Problem(Code.REGISTER_EMPTY, path)
    if problem is not None:
        raise InputError([problem])


def _row(entry: Entry) -> dict[str, Any]:
    withdrawal = entry.discard or entry.withdrawal
    correction = entry.correction_of
    return {
        "year": entry.number.year,
        "number": entry.number.number,
        "release_date": entry.date.isoformat(),
        "title": entry.title,
        "status": entry.status.value,
        "withdrawn_on": withdrawal.date.isoformat() if withdrawal else None,
        "withdrawal_reason": withdrawal.reason if withdrawal else None,
        "correction_of": str(correction) if correction else None,
        "taken_at": entry.taken_at.isoformat() if entry.taken_at else None,
        "taken_by": entry.taken_by,
        "origin": entry.origin.value,
    }


def _entry(
    path: Path, row: tuple[Any, ...]
) -> tuple[Entry | None, ReleaseNumber | None, list[Problem]]:
    """A row (rowid first) as an entry, or None and a problem for each unreadable cell;
    in between, the row's number when year and number can be read."""
    cells = _Row(path, row[0], dict(zip(_COLUMN_NAMES, row[1:], strict=True)))
    year = cells.whole_number("year", FIRST_YEAR, LAST_YEAR)
    number = cells.whole_number("number", FIRST_NUMBER, LAST_NUMBER)
    date = cells.date("release_date")
    title = cells.text("title")
    status = cells.choice("status", Status)
    withdrawn_on = cells.date("withdrawn_on", optional=True)
    reason = cells.text("withdrawal_reason", optional=True)
    correction = cells.release_number("correction_of")
    taken_at = cells.timestamp("taken_at")
    taken_by = cells.text("taken_by")
    origin = cells.choice("origin", Origin)
    release_number = (
        ReleaseNumber(number, year) if number is not None and year is not None else None
    )
    if (
        cells.problems
        or release_number is None
        or date is None
        or title is None
        or status is None
        or taken_at is None
        or taken_by is None
        or origin is None
    ):
        return None, release_number, cells.problems
    why = (withdrawn_on, reason) if withdrawn_on and reason else None
    discarded = status is Status.DISCARDED
    entry = Entry(
        number=release_number,
        date=date,
        title=title,
        status=status,
        withdrawal=Withdrawal(*why) if why and not discarded else None,
        discard=Discard(*why) if why and discarded else None,
        correction_of=correction,
        taken_at=taken_at,
        taken_by=taken_by,
        origin=origin,
    )
    return entry, release_number, []


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
E = TypeVar("E", bound=Enum)


class _Row:
    """The cells of one row, read as what their column means. SQLite keeps whatever a
    hand edit wrote (text in a number column, NULL, `2.1.2024` for a date); each cell
    that does not fit becomes a problem naming the row (rowid) and the column."""

    def __init__(self, path: Path, rowid: object, cells: Mapping[str, object]) -> None:
        self.path = path
        self.rowid = rowid
        self.cells = cells
        self.problems: list[Problem] = []

    def _wrong(self, code: Code, column: str, **params: object) -> None:
        shown = _shown(self.cells[column])
        params = {"row": self.rowid, "column": column, "value": shown, **params}
        self.problems.append(Problem(code, self.path, params=params))

    def whole_number(self, column: str, first: int, last: int) -> int | None:
        value = self.cells[column]
        if type(value) is int and first <= value <= last:
            return value
        self._wrong(Code.REGISTER_BAD_WHOLE_NUMBER, column, first=first, last=last)
        return None

    def date(self, column: str, optional: bool = False) -> dt.date | None:
        value = self.cells[column]
        if value is None and optional:
            return None
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            with suppress(ValueError):
                return dt.date.fromisoformat(value)
        self._wrong(Code.REGISTER_BAD_DATE, column)
        return None

    def timestamp(self, column: str) -> dt.datetime | None:
        value = self.cells[column]
        if isinstance(value, str):
            with suppress(ValueError):
                return dt.datetime.fromisoformat(value)
        self._wrong(Code.REGISTER_BAD_TIMESTAMP, column)
        return None

    def text(self, column: str, optional: bool = False) -> str | None:
        value = self.cells[column]
        if isinstance(value, str) or (value is None and optional):
            return value
        self._wrong(Code.REGISTER_BAD_TEXT, column)
        return None

    def choice(self, column: str, kind: type[E]) -> E | None:
        value = self.cells[column]
        if isinstance(value, str):
            with suppress(ValueError):
                return kind(value)
        choices = " oder ".join(member.value for member in kind)
        self._wrong(Code.REGISTER_BAD_CHOICE, column, choices=choices)
        return None

    def release_number(self, column: str) -> ReleaseNumber | None:
        """`067/2020` or NULL."""
        value = self.cells[column]
        if value is None:
            return None
        number = ReleaseNumber.parse(value) if isinstance(value, str) else None
        if number is None:
            self._wrong(Code.REGISTER_BAD_RELEASE_NUMBER, column)
        return number


def _shown(value: object) -> str:
    """A cell as SQLite programs show it: NULL, x'…' for bytes, long text cut short."""
    if value is None:
        return "NULL"
    text = f"x'{value.hex()}'" if isinstance(value, bytes) else str(value)
    return text if len(text) <= 40 else f"{text[:40]}…"
