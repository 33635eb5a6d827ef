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

import difflib
import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import unquote

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
    if not url.startswith(POSTGRESQL_PREFIXES):
        raise InputError([location.problem(Code.BAD_DATABASE_URL)])
    unread = _unread(url)
    if unread is not None:
        raise InputError([_unread_problem(location, unread)])
    if not from_environment and has_password(url):
        raise InputError([location.problem(Code.DATABASE_URL_HAS_PASSWORD)])
    return location


def _unread(url: str) -> str | None:
    """What libpq says of `url` when it cannot read it, None when it can (psycopg is
    imported only for a PostgreSQL URL)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        conninfo_to_dict(url)
    except psycopg.Error as error:
        return str(error)
    return None


_UNKNOWN_PARAMETER = re.compile(r'invalid URI query parameter: "([^"]*)"')


def _unread_problem(location: Location, said: str) -> Problem:
    """A parameter that libpq does not know (`?sslmod=…`) is named, with the one meant;
    anything else libpq cannot read makes the URL one pressetool does not know."""
    unknown = _UNKNOWN_PARAMETER.search(said)
    if unknown is None:
        return location.problem(Code.BAD_DATABASE_URL)
    from psycopg import pq

    known = [option.keyword.decode() for option in pq.Conninfo.get_defaults()]
    close = difflib.get_close_matches(unknown[1], known, n=1)
    meant = f" (gemeint ist wohl „{close[0]}“)" if close else ""
    params = {"parameter": unknown[1], "meant": meant}
    if close and close[0] == "password":  # `?passwort=geheim`: the value is not shown
        hidden = re.sub(rf"([?&]{re.escape(unknown[1])}=)[^&]*", r"\1…", location.shown)
        params["value"] = hidden
    return location.problem(Code.DATABASE_URL_UNKNOWN_PARAMETER, **params)


def has_password(url: str) -> bool:
    """A password in a register's URL: `user:secret@host` (`_login_password`), a query
    item `password=` in any spelling (`Password=`, `password%3D…`), or `password=` of
    libpq's `key=value` form."""
    if _login_password(url) is not None or _query_password(url):
        return True
    if _KEYWORD_PASSWORD.search(url):
        return True
    return _libpq_password(url)


def without_password(url: str) -> str:
    """`url` with its password left out, the rest as written: for messages and for
    `pressetool.toml`. Any URL loses it, also one that pressetool does not take for a
    register (`postgresql+psycopg://`, `PostgreSQL://`, libpq's `password=…` form), so
    that the message that refuses it can show it."""
    login = _login_password(url)
    if login is not None:
        url = url[: login[0]] + url[login[1] :]
    url = _KEYWORD_PASSWORD.sub("", url)
    head, mark, query = url.partition("?")
    if not mark:
        return url
    kept = [item for item in query.split("&") if not _names_password(item)]
    return f"{head}?{'&'.join(kept)}" if kept else head


_SCHEME = re.compile(r"^\s*[A-Za-z][\w+.-]*:/+")
_KEYWORD_PASSWORD = re.compile(r"(?i)(?<![\w?&])password\s*=\s*(?:'(?:[^'\\]|\\.)*'|\S*)\s*")
"""`password=geheim` of libpq's `host=… password=…` form (not a query's `&password=`)."""


def _login_password(url: str) -> tuple[int, int] | None:
    """Where `:secret` of `user:secret@host` stands (from its colon to the `@`). libpq
    takes a login when an `@` comes before the first `/`; then the last such `@` ends it
    (`GEH@EIM@host`: the password has an `@`). An `@` after a `/` but before the query
    (`presse:2026/Sommer@db/presse`) is a password with a `/` as well: libpq reads a
    host and a port there, but a database name has no `@`. `db:5432/x?app=a@b` has none."""
    scheme = _SCHEME.match(url)
    if scheme is None:
        return None
    rest = url[scheme.end() :]
    if rest.startswith("["):
        return None
    slash = _find(rest, "/")
    at = rest.rfind("@", 0, slash)
    if at < 0:
        at = rest.rfind("@", 0, _find(rest, "?"))
    colon = rest.find(":", 0, at) if at >= 0 else -1
    if colon < 0:
        return None
    return scheme.end() + colon, scheme.end() + at


def _find(text: str, character: str) -> int:
    """Where `character` first stands in `text`, or the end."""
    found = text.find(character)
    return len(text) if found < 0 else found


def _query_password(url: str) -> bool:
    login = _login_password(url)
    rest = url[login[1] :] if login is not None else url
    return any(_names_password(item) for item in rest.partition("?")[2].split("&"))


def _names_password(item: str) -> bool:
    """`password=…`, `Password=…`, `password%3D…`: a query item that carries one."""
    return unquote(item).partition("=")[0].strip().casefold() == "password"


def _libpq_password(url: str) -> bool:
    """libpq reads a password in `url` (`user:1234@host`, which looks like a port)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        return "password" in conninfo_to_dict(url)
    except psycopg.Error:
        return False


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
