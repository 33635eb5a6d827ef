"""The register's schema: what each database offers the register, and its migrations.

`Database` is the interface the register uses; `SqliteDatabase`
(`database.py`) and `PostgresDatabase` (`postgres.py`) implement it, each the
only class that knows its library. The register's statements are plain SQL
with named parameters (`:year`), written once; what differs per database —
the parameter style, the lock a writing transaction takes, the catalog of
tables and columns, the test for a cell that is no whole number, and the
tables' definitions — each database class says in one place.

The schema's version stands in the register itself (`pressetool_register`,
key `version`). A change of the schema is a new entry at the end of
`MIGRATIONS`: its number, and its statements for each database.
`pressetool register init` applies those a register lacks, in one
transaction; `open_register` refuses a register of an older version (naming
`register init`) and one of a newer version (made by a newer pressetool,
whose numbers this one must not change).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

from pressetool.problems import Code, InputError, Problem

REGISTER_FORMAT = "pressetool-nummernregister"
MARKER_TABLE = "pressetool_register"
NUMBERS_TABLE = "release_numbers"
TABLES = frozenset({MARKER_TABLE, NUMBERS_TABLE})
COLUMNS = (
    "year",
    "number",
    "release_date",
    "title",
    "status",
    "withdrawn_on",
    "withdrawal_reason",
    "correction_of",
    "taken_at",
    "taken_by",
    "origin",
)


class Dialect(Enum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


class Database(Protocol):
    """What the register needs of a database."""

    dialect: Dialect
    path: Path
    """What messages name: the SQLite file, or the PostgreSQL server and database."""

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """The rows of `sql` (named parameters, `:name`); none for a statement."""
        ...

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None: ...

    def write_transaction(self) -> AbstractContextManager[None]:
        """One transaction that holds the register's write lock from its start: one
        writer at a time, every statement inside sees what the last writer committed."""
        ...

    def table_names(self) -> set[str]:
        """The tables of the register's database (PostgreSQL: of its schema)."""
        ...

    def column_names(self, table: str) -> set[str]: ...

    def not_whole_number(self, column: str) -> str:
        """A SQL condition: the cell of `column` holds no whole number."""
        ...

    def check_integrity(self) -> None:
        """An error when the database itself is damaged."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Migration:
    """One step of the schema, as each database writes it."""

    version: int
    summary: str
    sqlite: tuple[str, ...]
    postgresql: tuple[str, ...]

    def statements(self, dialect: Dialect) -> tuple[str, ...]:
        return self.sqlite if dialect is Dialect.SQLITE else self.postgresql


_RELEASE_COLUMNS = """
        year INTEGER NOT NULL,
        number INTEGER NOT NULL,
        release_date TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        withdrawn_on TEXT,
        withdrawal_reason TEXT,
        correction_of TEXT,
        taken_at TEXT NOT NULL,
        taken_by TEXT NOT NULL,
        origin TEXT NOT NULL,
        PRIMARY KEY (year, number)"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "the register: release_numbers, and pressetool_register for its format and version",
        sqlite=(
            "CREATE TABLE pressetool_register (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            f"CREATE TABLE release_numbers ({_RELEASE_COLUMNS})",
        ),
        # The same columns; `rowid`, which SQLite has of itself, names a row in messages.
        postgresql=(
            "CREATE TABLE pressetool_register (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE release_numbers ("
            "rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,"
            f"{_RELEASE_COLUMNS})",
        ),
    ),
)
LATEST_VERSION = MIGRATIONS[-1].version


@dataclass(frozen=True)
class InitResult:
    created: bool
    """The schema was made now (the database held no register)."""
    applied: tuple[int, ...]
    """The migrations applied now."""
    version: int
    """The schema's version now."""


def create(database: Database) -> None:
    """The register's schema in a database that holds none (SQLite: a new file)."""
    with database.write_transaction():
        _apply(database, MIGRATIONS, created=True)


def initialise(database: Database, not_ours: Code = Code.REGISTER_NOT_PRESSETOOL) -> InitResult:
    """`register init`: the schema in an empty database, or the migrations a register
    lacks; a register of the latest version is left as it is. Tables of the register's
    names that are no pressetool register are refused (`not_ours`), never changed."""
    with database.write_transaction():
        present = database.table_names() & TABLES
        if not present:
            _apply(database, MIGRATIONS, created=True)
            return InitResult(True, tuple(m.version for m in MIGRATIONS), LATEST_VERSION)
        version = _version(database, not_ours)
        if version > LATEST_VERSION:
            raise InputError([newer_problem(database, version)])
        pending = tuple(m for m in MIGRATIONS if m.version > version)
        _apply(database, pending, created=False)
        return InitResult(False, tuple(m.version for m in pending), LATEST_VERSION)


def check(database: Database, not_ours: Code = Code.REGISTER_NOT_PRESSETOOL) -> None:
    """A pressetool register of this pressetool's version: its marker, both tables with
    every column, no damage. Anything else is an error, and nothing was changed."""
    if not database.table_names() >= TABLES:
        raise InputError([Problem(not_ours, database.path)])
    version = _version(database, not_ours)
    if version > LATEST_VERSION:
        raise InputError([newer_problem(database, version)])
    if version < LATEST_VERSION:
        params = {"found": version, "known": LATEST_VERSION}
        raise InputError([Problem(Code.REGISTER_SCHEMA_OLDER, database.path, params=params)])
    if not set(COLUMNS) <= database.column_names(NUMBERS_TABLE):
        raise InputError([Problem(not_ours, database.path)])
    database.check_integrity()


def newer_problem(database: Database, version: int) -> Problem:
    params = {"found": version, "known": LATEST_VERSION}
    return Problem(Code.REGISTER_SCHEMA_NEWER, database.path, params=params)


def _version(database: Database, not_ours: Code) -> int:
    """The schema version the register records; not ours without the format marker."""
    if MARKER_TABLE not in database.table_names():
        raise InputError([Problem(not_ours, database.path)])
    rows = dict(database.query(f"SELECT key, value FROM {MARKER_TABLE}"))
    version = rows.get("version")
    if rows.get("format") != REGISTER_FORMAT or not (
        isinstance(version, str) and version.isascii() and version.isdigit()
    ):
        raise InputError([Problem(not_ours, database.path)])
    return int(version)


def _apply(database: Database, migrations: tuple[Migration, ...], created: bool) -> None:
    """Run `migrations` in order and record the last one's version; inside a write
    transaction."""
    for migration in migrations:
        for statement in migration.statements(database.dialect):
            database.execute(statement)
    if not migrations:
        return
    version = str(migrations[-1].version)
    if created:
        for key, value in (("format", REGISTER_FORMAT), ("version", version)):
            database.execute(
                f"INSERT INTO {MARKER_TABLE} (key, value) VALUES (:key, :value)",
                {"key": key, "value": value},
            )
    else:
        database.execute(
            f"UPDATE {MARKER_TABLE} SET value = :value WHERE key = 'version'", {"value": version}
        )


def migration_versions() -> Iterator[int]:
    """The versions, in order (a test checks they count up from 1 without a gap)."""
    return (migration.version for migration in MIGRATIONS)
