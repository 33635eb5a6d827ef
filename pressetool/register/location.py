"""Where the register is: `PRESSETOOL_DATABASE_URL`, or `[register] database_url`.

A register is a SQLite file (`sqlite:///relative/to/the/office`,
`sqlite:////absolute`) or a shared PostgreSQL database
(`postgresql://user@host/database?sslmode=verify-full&sslrootcert=…`). The
environment variable wins over `pressetool.toml`.

A password never stands in `pressetool.toml`: the file lies in the office's
shared folder, where everyone reads it. A URL there with a password (`user:
secret@host` or `?password=`) is refused, with a message that says where the
password belongs (`~/.pgpass`, `PGPASSWORD`, or the whole URL in
`PRESSETOOL_DATABASE_URL`). Messages show every URL without its password.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import SplitResult, parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from pressetool.office import CONFIG_NAME, Config
from pressetool.problems import Code, InputError, Problem

DEFAULT_DATABASE_URL = "sqlite:///releases/register.sqlite"
DATABASE_URL_VARIABLE = "PRESSETOOL_DATABASE_URL"
CONFIG_FIELD = "register.database_url"
SQLITE_PREFIX = "sqlite:///"
POSTGRESQL_PREFIXES = ("postgresql://", "postgres://")


class Kind(Enum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


@dataclass(frozen=True)
class Location:
    """The register's URL, what kind of database it names, and where it was set."""

    url: str
    kind: Kind
    from_environment: bool
    config_file: Path | None
    """`pressetool.toml` of the office (None without one)."""
    path: Path | None = None
    """The SQLite file; None for PostgreSQL."""
    option: str | None = None
    """The command-line option that gave the URL (`--to`), if one did."""

    @property
    def shown(self) -> str:
        """The URL as messages show it: without a password."""
        return without_password(self.url)

    def problem(self, code: Code, **params: object) -> Problem:
        """A problem about the URL, named where it was set."""
        params = {"value": self.shown, **params}
        if self.option is not None:
            return Problem(code, None, field=self.option, params=params)
        if self.from_environment or self.config_file is None:
            return Problem(code, None, field=DATABASE_URL_VARIABLE, params=params)
        return Problem(code, self.config_file, CONFIG_FIELD, params=params)


def register_location(config: Config) -> Location:
    """The register named by `PRESSETOOL_DATABASE_URL` or `[register] database_url`
    (the default: `releases/register.sqlite` in the office folder)."""
    from_environment = os.environ.get(DATABASE_URL_VARIABLE) or None
    url = from_environment or config.database_url or DEFAULT_DATABASE_URL
    config_file = config.folder / CONFIG_NAME if config.root is not None else None
    return parse_location(url, config.folder, from_environment is not None, config_file)


def parse_location(
    url: str,
    folder: Path,
    from_environment: bool,
    config_file: Path | None,
    option: str | None = None,
) -> Location:
    """`url` read as a register's location; relative SQLite paths start at `folder`.
    `option`: the command-line option that gave it, which messages then name."""
    if url.startswith(SQLITE_PREFIX):
        # sqlite:///releases/x.sqlite is relative to the office folder, sqlite:////srv/x absolute.
        path = folder / url[len(SQLITE_PREFIX) :]
        return Location(url, Kind.SQLITE, from_environment, config_file, path, option)
    location = Location(url, Kind.POSTGRESQL, from_environment, config_file, None, option)
    if not url.startswith(POSTGRESQL_PREFIXES) or not _parses(url):
        raise InputError([location.problem(Code.BAD_DATABASE_URL)])
    if not from_environment and has_password(url):
        raise InputError([location.problem(Code.DATABASE_URL_HAS_PASSWORD)])
    return location


def _parses(url: str) -> bool:
    """libpq reads `url` (psycopg is imported only for a PostgreSQL URL)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        conninfo_to_dict(url)
    except psycopg.Error:
        return False
    return True


def has_password(url: str) -> bool:
    """`user:secret@host` or `?password=secret` in a PostgreSQL URL."""
    parts = _split(url)
    if parts is None:
        return _LOGIN_PASSWORD.search(url) is not None or _QUERY_PASSWORD.search(url) is not None
    login = parts.netloc.rpartition("@")[0]
    return ":" in login or any(key == "password" for key, _ in parse_qsl(parts.query))


def without_password(url: str) -> str:
    """`url` with its password left out (the rest unchanged): for messages and for
    `pressetool.toml`. A URL too malformed to take apart (`[::1` without its `]`) loses
    its password by pattern, so that the message that refuses it can show it."""
    if not url.startswith(POSTGRESQL_PREFIXES) or not has_password(url):
        return url
    parts = _split(url)
    if parts is None:
        return _QUERY_PASSWORD.sub("", _LOGIN_PASSWORD.sub(r"\1@", url))
    login, at, hosts = parts.netloc.rpartition("@")
    user = login.partition(":")[0]
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit(parts._replace(netloc=f"{user}{at}{hosts}", query=query))


_LOGIN_PASSWORD = re.compile(r"^([a-z]+://[^:@/?]*):[^@/?]*@")
_QUERY_PASSWORD = re.compile(r"(?<=[?&])password=[^&]*&?")


def _split(url: str) -> SplitResult | None:
    """`url` taken apart, or None when it cannot be (`Invalid IPv6 URL`)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def url_part(url: str, part: str) -> str:
    """`user`, `host` or `database` of a PostgreSQL URL as libpq reads it (host: the
    default socket when the URL names none), for messages."""
    from psycopg.conninfo import conninfo_to_dict

    values = conninfo_to_dict(url)
    key = {"database": "dbname"}.get(part, part)
    value = values.get(key)
    if value is None and part == "database":
        value = values.get("user")
    if value is None and part == "user":
        value = os.environ.get("PGUSER") or _os_user()
    if value is None and part == "host":
        value = os.environ.get("PGHOST") or "localhost"
    return unquote(str(value))


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid())
