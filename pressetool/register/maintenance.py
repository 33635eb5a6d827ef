"""`pressetool register init` and `pressetool register migrate --to URL`.

`init` makes the register's schema in an empty database (SQLite: a new file)
and applies the migrations a register lacks; a register of the latest
version is left as it is, and says so.

`migrate` moves an office from its SQLite register to a shared PostgreSQL
register: it copies every entry as it stands (who took the number, when, how)
into an empty PostgreSQL register, compares both (count and content, inside
the copying transaction and again over a new connection), and only then
switches `[register] database_url` in `pressetool.toml`, editing that one
line as text so that every comment stays. The SQLite register is kept
unchanged, and holds its write lock throughout: a colleague's `new` on it
waits, and nobody takes a number in between. The password of the target
never reaches `pressetool.toml`.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pressetool.office import Config, require_office_folder
from pressetool.output import Staging
from pressetool.problems import Code, InputError, Problem
from pressetool.register import schema
from pressetool.register.database import (
    Entry,
    Register,
    SqliteDatabase,
    _check_file,
    _create_unless_present,
    in_office_folder,
    open_register,
)
from pressetool.register.location import (
    DATABASE_URL_VARIABLE,
    Kind,
    Location,
    parse_location,
    register_location,
    without_password,
)


@dataclass(frozen=True)
class InitReport:
    register: str
    """The register as messages show it (SQLite file, or URL without password)."""
    result: schema.InitResult


def init_register(config: Config) -> InitReport:
    """The office's register with the latest schema; made when there is none. Outside
    an office folder nothing is made (the message names `pressetool init`)."""
    require_office_folder(config)
    location = register_location(config)
    if location.kind is Kind.POSTGRESQL:
        from pressetool.register.postgres import PostgresDatabase

        database: schema.Database = PostgresDatabase(location.url)
        not_ours = Code.SHARED_REGISTER_NOT_PRESSETOOL
        shown = location.shown
    else:
        path = _sqlite_path(location)
        inside = in_office_folder(config, path)
        made = _create_unless_present(path, make_folders=inside)
        _check_file(path, Code.REGISTER_MISSING if inside else Code.REGISTER_NOT_REACHABLE)
        database = SqliteDatabase(path)
        not_ours = Code.REGISTER_NOT_PRESSETOOL
        shown = str(path)
    try:
        result = schema.initialise(database, not_ours)
        schema.check(database, not_ours)
    finally:
        database.close()
    if location.kind is Kind.SQLITE and made:
        result = schema.InitResult(True, result.applied or (schema.LATEST_VERSION,), result.version)
    return InitReport(shown, result)


@dataclass(frozen=True)
class MigrateReport:
    count: int
    source: Path
    target: str


def migrate_register(config: Config, target_url: str) -> MigrateReport:
    """Copy the SQLite register into the empty PostgreSQL register at `target_url`,
    check it arrived, and name the target in `pressetool.toml`."""
    from pressetool.register.postgres import PostgresDatabase, open_database

    require_office_folder(config)
    if config.root is None or config.file is None:
        raise InputError([Problem(Code.MIGRATE_NEEDS_CONFIG, None)])
    config_file = config.file
    if os.environ.get(DATABASE_URL_VARIABLE):
        raise InputError([Problem(Code.MIGRATE_ENVIRONMENT_SET, None)])
    source = register_location(config)
    if source.kind is not Kind.SQLITE:
        raise InputError([source.problem(Code.MIGRATE_SOURCE_NOT_SQLITE)])
    target = _target(target_url, config)
    shown = without_password(target.url)
    switched = switched_config_text(config_file.read_text(encoding="utf-8"), shown)

    # pressetool.toml is written (hidden) before anything is copied: a folder that cannot
    # be written stops here; after the copy only its rename into place is left.
    with (
        Staging(config.output_dir) as staging,
        open_register(config) as register,
        register.writing(),
    ):
        staging.stage(config_file, switched.encode("utf-8"))
        entries = register.entries()
        database = PostgresDatabase(target.url)
        try:
            schema.initialise(database, Code.SHARED_REGISTER_NOT_PRESSETOOL)
            schema.check(database, Code.SHARED_REGISTER_NOT_PRESSETOOL)
            shared = Register(database)
            with shared.writing():
                count = database.query("SELECT COUNT(*) FROM release_numbers")[0][0]
                if count:
                    params = {"server": shown, "count": count}
                    raise InputError([Problem(Code.MIGRATE_TARGET_NOT_EMPTY, None, params=params)])
                for entry in entries:
                    shared.copy(entry)
                _compare(entries, shared)
        finally:
            database.close()
        # Read back over a new connection: what the server keeps, not what this one saw.
        with Register(open_database(target, Code.SHARED_REGISTER_NOT_PRESSETOOL)) as again:
            _compare(entries, again)
        try:
            staging.commit()
        except InputError as error:
            params = {
                "count": len(entries),
                "server": shown,
                "line": f"database_url = {_toml_string(shown)}",
                "detail": error.problems[0].params.get("detail", ""),
            }
            problem = Problem(Code.MIGRATE_CONFIG_NOT_WRITTEN, config_file, params=params)
            raise InputError([problem]) from None
    assert source.path is not None
    return MigrateReport(len(entries), source.path, shown)


def _target(url: str, config: Config) -> Location:
    if not url.startswith(("postgresql://", "postgres://")):
        params = {"value": without_password(url)}
        raise InputError([Problem(Code.MIGRATE_TARGET_NOT_POSTGRESQL, None, "--to", None, params)])
    # The URL on the command line may carry the password; pressetool.toml never gets it.
    return parse_location(url, config.folder, True, None, option="--to")


def _compare(expected: list[Entry], register: Register) -> None:
    arrived = register.entries()
    if len(arrived) != len(expected):
        detail = f"{len(expected)} Nummern im SQLite-Register, {len(arrived)} im Ziel"
        raise InputError([Problem(Code.MIGRATE_MISMATCH, None, params={"detail": detail})])
    differing = [str(a.number) for a, b in zip(expected, arrived, strict=True) if a != b]
    if differing:
        detail = "verschieden sind " + ", ".join(differing[:10])
        raise InputError([Problem(Code.MIGRATE_MISMATCH, None, params={"detail": detail})])


def _sqlite_path(location: Location) -> Path:
    assert location.path is not None
    return location.path


# -- pressetool.toml as text -------------------------------------------------------------

_SECTION = re.compile(r"^\s*\[\s*([^\]\s]+)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^(\s*database_url\s*=\s*)(\"(?:[^\"\\]|\\.)*\"|'[^']*')(.*)$", re.DOTALL)
_EXAMPLE = re.compile(r"^\s*#\s*database_url\s*=")


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string


def switched_config_text(text: str, url: str) -> str:
    """`pressetool.toml` with `[register] database_url` set to `url`; every other line,
    comments included, as it was. The key's line keeps its trailing comment; without
    the key it follows the commented-out example (`# database_url = …`, as `pressetool
    init` writes it) or else the section's header; without the section it is appended."""
    value = _toml_string(url)
    lines = text.splitlines(keepends=True)
    section = None
    after: int | None = None
    for index, line in enumerate(lines):
        heading = _SECTION.match(line)
        if heading:
            section = heading[1]
            if section == "register":
                after = index
            continue
        if section != "register":
            continue
        if _EXAMPLE.match(line):
            after = index
        elif line.lstrip().startswith("database_url"):
            key = _KEY.match(line)
            ending = "\n" if line.endswith("\n") else ""
            lines[index] = f"{key[1]}{value}{key[3]}" if key else f"database_url = {value}{ending}"
            break
    else:
        if after is not None:
            if not lines[after].endswith("\n"):
                lines[after] += "\n"
            lines.insert(after + 1, f"database_url = {value}\n")
        else:
            if lines and not lines[-1].endswith("\n"):
                lines[-1] += "\n"
            lines.append(f"\n[register]\ndatabase_url = {value}\n")
    switched = "".join(lines)
    try:
        read = tomllib.loads(switched).get("register", {}).get("database_url")
    except tomllib.TOMLDecodeError:
        read = None
    if read != url:
        raise InputError([Problem(Code.MIGRATE_CONFIG_NOT_SWITCHABLE, None)])
    return switched
