"""A register shared by the workstations of an office: one PostgreSQL database.

`PostgresDatabase` is the only class that knows psycopg. It takes the
register's plain SQL with named parameters (`:year`) and implements the
`Database` interface of `schema.py`:

- a writing transaction takes a transaction-level advisory lock on the
  register (`pg_advisory_xact_lock`, its key made from the schema's name):
  one writer at a time per register, as `BEGIN IMMEDIATE` in SQLite, released
  by the server when the transaction ends or the connection dies. No
  sequence is used for numbers (a sequence gives numbers away on rollback:
  gaps); the next number is the highest given plus one, read after the lock;
- the connection gives up after `CONNECT_TIMEOUT` seconds (unless the URL
  says otherwise) and waits at most `LOCK_WAIT_SECONDS` for the lock;
- `sslmode`, `sslrootcert` and every other libpq parameter of the URL are
  honoured as libpq reads them; the password comes from the URL only in
  `PRESSETOOL_DATABASE_URL`, else from `~/.pgpass` or `PGPASSWORD` (libpq);
- every failure becomes a German problem that says which one it is: server
  not reachable, unknown host, wrong or missing password, TLS required or
  certificate wrong, database missing, access not granted, connection lost
  before or during the commit.

Several offices share a server with a database each (or a schema each:
`?options=-csearch_path%3Dmitte`); the register's tables, its lock and its
numbers are those of that database and schema only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.pq import TransactionStatus

from pressetool.problems import Code, InputError, Problem
from pressetool.register.location import Location, url_part, without_password
from pressetool.register.schema import TABLES, Dialect

CONNECT_TIMEOUT = 5
"""Seconds until a server that does not answer is reported (libpq `connect_timeout`)."""
LOCK_WAIT_SECONDS = 60
"""How long a writer waits for another workstation's transaction to end."""
IDLE_IN_TRANSACTION_SECONDS = 120
"""A workstation gone in the middle of a transaction (its network cut, its laptop shut)
holds the register's lock; the server ends its session after this long, so that the
others wait at most this, not until TCP notices hours later."""
LINE_WATCH = {
    "connect_timeout": CONNECT_TIMEOUT,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}
"""libpq's watch over a connection, unless the URL says otherwise: a server that stops
answering is given up after some 30 s (keep-alives, and data not acknowledged) instead
of the system's two hours. A line that stays up but carries nothing (a broken proxy)
is not noticed; the server's `idle_in_transaction_session_timeout` frees the lock."""
APPLICATION_NAME = "pressetool"
"""How the server lists our connections (`pg_stat_activity`), for the office's IT."""


class PostgresDatabase:
    """One connection to the register's database; the only class that knows psycopg."""

    dialect = Dialect.POSTGRESQL

    def __init__(self, url: str) -> None:
        self.url = url
        self.shown = without_password(url)
        # as messages name the register; a `Path` would make `postgresql://` one slash
        self.path = Path(f"PostgreSQL-Register {self.shown.partition('://')[2]}")
        settings: dict[str, Any] = {"application_name": APPLICATION_NAME, "autocommit": True}
        written = conninfo_to_dict(url)
        settings |= {key: value for key, value in LINE_WATCH.items() if key not in written}
        try:
            self.connection = psycopg.connect(url, **settings)
        except psycopg.Error as error:
            raise InputError([connection_problem(error, url)]) from None
        self.execute(
            "SELECT set_config('lock_timeout', :wait, false), "
            "set_config('idle_in_transaction_session_timeout', :idle, false)",
            {"wait": f"{LOCK_WAIT_SECONDS}s", "idle": f"{IDLE_IN_TRANSACTION_SECONDS}s"},
        )

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        try:
            cursor = self.connection.execute(_pyformat(sql), params or {})
            return cursor.fetchall() if cursor.description is not None else []
        except psycopg.Error as error:
            raise InputError([self._problem(error)]) from None

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        self.query(sql, params)

    @contextmanager
    def write_transaction(self) -> Iterator[None]:
        """One transaction holding the register's lock from its first statement on.

        A failure before the commit leaves the register as it was (the server rolls
        back what a broken connection began). A connection lost during the commit
        leaves it uncertain whether the server stored the change: that is its own
        problem, which names `verify`.
        """
        self.execute("BEGIN")
        try:
            # The key: this schema's register (two offices in one database never wait
            # for each other; a clash of two keys would only make them wait).
            self.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended("
                "'pressetool register ' || COALESCE(current_schema(), ''), 0))"
            )
            yield
        except BaseException:
            with suppress(psycopg.Error):
                self.connection.execute("ROLLBACK")
            raise
        self._commit()

    def _commit(self) -> None:
        try:
            self.connection.execute("COMMIT")
        except psycopg.Error as error:
            problem = self._problem(error)
            if problem.code is Code.SHARED_REGISTER_CONNECTION_LOST:
                problem = Problem(
                    Code.SHARED_REGISTER_COMMIT_UNCERTAIN, None, params={"server": self.shown}
                )
            raise InputError([problem]) from None

    def table_names(self) -> set[str]:
        rows = self.query(
            "SELECT relname FROM pg_class WHERE relkind IN ('r', 'p') "
            "AND relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
        )
        return {row[0] for row in rows}

    def column_names(self, table: str) -> set[str]:
        rows = self.query(
            "SELECT attname FROM pg_attribute WHERE attnum > 0 AND NOT attisdropped "
            "AND attrelid = to_regclass(format('%I.%I', current_schema(), :table::text))",
            {"table": table},
        )
        return {row[0] for row in rows}

    def not_whole_number(self, column: str) -> str:
        return f"{column} IS NULL"  # the column's type is INTEGER: only NULL is no number

    def check_integrity(self) -> None:
        """The server keeps its own files whole; nothing to check from here."""

    def close(self) -> None:
        self.connection.close()

    def schema_problem(self) -> Problem:
        """The schema that `search_path` names is not ours to use: missing, or there without
        the right USAGE for our role (the server passes over it just the same)."""
        schema = _search_path(self.url)
        params = {"server": self.shown, "schema": schema, "user": url_part(self.url, "user")}
        with suppress(psycopg.Error):
            if self.connection.info.transaction_status is TransactionStatus.INERROR:
                self.connection.execute("ROLLBACK")  # a failed transaction answers nothing
            found = self.connection.execute(
                "SELECT 1 FROM pg_namespace WHERE nspname = %s", [schema]
            ).fetchall()
            if found:
                return Problem(Code.SHARED_REGISTER_NO_SCHEMA_USAGE, None, params=params)
        return Problem(Code.SHARED_REGISTER_NO_SCHEMA, None, params=params)

    def _problem(self, error: psycopg.Error) -> Problem:
        server = {"server": self.shown}
        if self.connection.broken or isinstance(
            error, errors.AdminShutdown | errors.CrashShutdown | errors.CannotConnectNow
        ):
            return Problem(Code.SHARED_REGISTER_CONNECTION_LOST, None, params=server)
        if isinstance(error, errors.LockNotAvailable):
            return Problem(Code.REGISTER_BUSY, None)
        if isinstance(error, errors.InvalidSchemaName):  # no schema has been selected
            return self.schema_problem()
        if isinstance(error, errors.InsufficientPrivilege):
            user = url_part(self.url, "user")
            params = {**server, "user": user, "detail": _first_line(error)}
            return Problem(Code.SHARED_REGISTER_NO_PERMISSION, None, params=params)
        return Problem(
            Code.SHARED_REGISTER_FAILED, None, params={**server, "detail": _first_line(error)}
        )


def open_database(location: Location, not_ours: Code) -> PostgresDatabase:
    """The register's database, checked to hold a register of this pressetool's version:
    an empty database is the problem that names `register init`."""
    from pressetool.register import schema

    database = PostgresDatabase(location.url)
    try:
        if not database.table_names() & TABLES:
            params = {"server": database.shown}
            if database.query("SELECT current_schema()")[0][0] is None:
                # the schema of `search_path` is not ours: `register init` would say so too
                raise InputError([database.schema_problem()])
            raise InputError([Problem(Code.SHARED_REGISTER_NOT_INITIALISED, None, params=params)])
        schema.check(database, not_ours)
    except BaseException:
        database.close()
        raise
    return database


def _search_path(url: str) -> str:
    """The schema that `?options=-csearch_path%3Dmitte` names (`mitte`), for messages."""
    options = conninfo_to_dict(url).get("options") or ""
    named = re.search(r"search_path\s*=\s*([^\s,]+)", str(options))
    return named[1] if named else "…"


@lru_cache(maxsize=256)
def _pyformat(sql: str) -> str:
    """`:name` → `%(name)s` (psycopg's style); a `%` of the SQL itself is doubled and a
    cast (`::text`) left alone."""
    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql.replace("%", "%%"))


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


# -- connection failures ---------------------------------------------------------------
#
# libpq says why a connection failed only in words: its own (English), and the
# server's (in the server's language, `lc_messages`; English and German here).

_UNKNOWN_HOST = ("failed to resolve host", "could not translate host name")
_UNENCRYPTED = ("no encryption", "keine Verschlüsselung")
_NO_PASSWORD = ("no password supplied",)
_BAD_PASSWORD = ("password authentication failed", "Passwort-Authentifizierung")
_NO_DATABASE = (r'database "[^"]*" does not exist', r"Datenbank »[^«]*« existiert nicht")
_NO_ROLE = (r'role "[^"]*" does not exist', r"Rolle »[^«]*« existiert nicht")
_NOT_ALLOWED = ("pg_hba.conf",)  # also in German: „kein pg_hba.conf-Eintrag“
_NO_CONNECT_RIGHT = ("permission denied for database", "keine Berechtigung für Datenbank")
_NOT_POSTGRES = (  # another service at that port (a web server, a mail server)
    "invalid response to SSL negotiation",
    "expected authentication request from server",
)
_TLS_REASONS = (
    ("certificate verify failed", "das Zertifikat des Servers ist nicht von der CA in "
     "sslrootcert unterschrieben"),
    ("does not match host name", "das Zertifikat des Servers gilt nicht für diesen "
     "Servernamen"),
    ("root certificate file", "die CA-Datei aus sslrootcert gibt es nicht oder sie ist "
     "unlesbar"),
    ("server does not support SSL", "der Server bietet keine Verschlüsselung an, die "
     "Adresse verlangt sie aber (sslmode)"),
    ("SSL error", "die Verschlüsselung schlug fehl"),
    ("SSL SYSCALL error", "die Verbindung brach beim Aushandeln der Verschlüsselung ab"),
)  # fmt: skip
_UNREACHABLE = (
    "Connection refused",
    "timeout expired",
    "connection timeout expired",
    "No such file or directory",
    "No route to host",
    "Network is unreachable",
    "the database system is",
    "das Datenbanksystem",
    "server closed the connection unexpectedly",
)


_URL_VALUES = (
    (r"bad value for connect_timeout: '(.*)'", "connect_timeout",
     "connect_timeout sind ganze Sekunden, zum Beispiel connect_timeout=10"),
    (r'invalid port number: "(.*)"', "Port",
     "der Port ist eine Zahl von 1 bis 65535 nach dem Servernamen, meist :5432"),
    (r'invalid integer value "(.*)" for connection option "port"', "Port",
     "der Port ist eine Zahl von 1 bis 65535 nach dem Servernamen, meist :5432"),
    (r'invalid sslmode value: "(.*)"', "sslmode",
     "sslmode ist disable, allow, prefer, require, verify-ca oder verify-full; für ein "
     "gemeinsames Register verify-full"),
)  # fmt: skip
"""What libpq says of a value in the URL it cannot use: the value, the part, the fix."""


def connection_problem(error: Exception, url: str) -> Problem:
    """Why a connection to the register's server failed, as the officer's problem."""
    text = str(error)
    shown = without_password(url)
    port = str(conninfo_to_dict(url).get("port") or "")
    if port and not all(part.strip().isdigit() for part in port.split(",")):
        # libpq looks the host up first: `localhost:abc` fails as an unknown host
        text = f'invalid port number: "{port}"'
    for pattern, part, fix in _URL_VALUES:
        wrong = re.search(pattern, text)
        if wrong:
            said = {"server": shown, "part": part, "value": wrong[1], "fix": fix}
            return Problem(Code.SHARED_REGISTER_BAD_URL_VALUE, None, params=said)
    params: dict[str, object] = {
        "server": shown,
        "host": url_part(url, "host"),
        "user": url_part(url, "user"),
        "database": url_part(url, "database"),
    }

    def found(patterns: tuple[str, ...]) -> bool:
        return any(re.search(pattern, text) for pattern in patterns)

    code = Code.SHARED_REGISTER_FAILED
    if found(_UNKNOWN_HOST):
        code = Code.SHARED_REGISTER_UNKNOWN_HOST
    elif found(_NOT_POSTGRES):
        code = Code.SHARED_REGISTER_NOT_POSTGRES
    elif found(_NOT_ALLOWED):
        # pg_hba.conf refused the host; "no encryption" ends every such refusal of a plain
        # connection, also where the server only lacks a line for an encrypted one.
        unencrypted = found(_UNENCRYPTED)
        code = (
            Code.SHARED_REGISTER_NOT_ALLOWED_UNENCRYPTED
            if unencrypted
            else Code.SHARED_REGISTER_NOT_ALLOWED
        )
    elif found(_NO_CONNECT_RIGHT):
        code = Code.SHARED_REGISTER_NO_CONNECT_RIGHT
    elif found(_NO_PASSWORD):
        code = Code.SHARED_REGISTER_NO_PASSWORD
    elif found(_BAD_PASSWORD) or found(_NO_ROLE):
        code = Code.SHARED_REGISTER_BAD_PASSWORD
    elif found(_NO_DATABASE):
        code = Code.SHARED_REGISTER_NO_DATABASE
    elif any(pattern in text for pattern, _ in _TLS_REASONS):
        code = Code.SHARED_REGISTER_TLS_FAILED
        params["reason"] = next(reason for pattern, reason in _TLS_REASONS if pattern in text)
    elif found(_UNREACHABLE):
        code = Code.SHARED_REGISTER_UNREACHABLE
    params["detail"] = _first_line(error).removeprefix("connection failed: ")
    return Problem(code, None, params=params)
