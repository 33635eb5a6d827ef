"""Where the register is, where its password belongs, and the parts of the shared register
that need no server: URLs, the reading of libpq's and the server's words (English and
German), the migrations' list."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.office import load_config
from pressetool.problems import Code, InputError
from pressetool.register import schema
from pressetool.register.location import (
    Kind,
    has_password,
    register_location,
    without_password,
)
from pressetool.register.postgres import _pyformat, connection_problem

URLS = [
    # url, has a password, shown
    ("postgresql://presse@db.amt.example/presse", False, None),
    ("postgresql://presse:geheim@db.amt.example/presse", True, "postgresql://presse@db.amt.example/presse"),
    ("postgres://presse:@db/presse", True, "postgres://presse@db/presse"),
    (
        "postgresql://presse@db/presse?password=geheim&sslmode=verify-full",
        True,
        "postgresql://presse@db/presse?sslmode=verify-full",
    ),
    ("postgresql://db.amt.example:5433/presse?sslmode=require", False, None),
    ("postgresql://p%40x:g%3Aheim@db/presse", True, "postgresql://p%40x@db/presse"),
]  # fmt: skip


@pytest.mark.parametrize(("url", "secret", "shown"), URLS)
def test_a_password_is_found_and_never_shown(url: str, secret: bool, shown: str | None) -> None:
    assert has_password(url) is secret
    assert without_password(url) == (shown or url)


def _office(folder: Path, url: str) -> Path:
    folder.mkdir()
    (folder / "pressetool.toml").write_text(f'[register]\ndatabase_url = "{url}"\n')
    return folder


def test_the_environment_wins_and_may_carry_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = _office(tmp_path / "amt", "sqlite:///releases/register.sqlite")
    monkeypatch.setenv("PRESSETOOL_DATABASE_URL", "postgresql://presse:geheim@db/presse")
    location = register_location(load_config(office))
    assert (location.kind, location.from_environment) == (Kind.POSTGRESQL, True)
    assert location.shown == "postgresql://presse@db/presse"
    monkeypatch.delenv("PRESSETOOL_DATABASE_URL")
    location = register_location(load_config(office))
    assert (location.kind, location.path) == (Kind.SQLITE, office / "releases/register.sqlite")


def test_a_password_in_pressetool_toml_is_refused_and_not_repeated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PRESSETOOL_DATABASE_URL", raising=False)
    office = _office(tmp_path / "amt", "postgresql://presse:geheim@db/presse")
    with pytest.raises(InputError) as raised:
        register_location(load_config(office))
    (problem,) = raised.value.problems
    assert problem.code is Code.DATABASE_URL_HAS_PASSWORD
    assert problem.file == office / "pressetool.toml"
    assert problem.field == "register.database_url"
    assert "geheim" not in problem.message
    assert "„postgresql://presse@db/presse“ enthält ein Passwort" in problem.message


@pytest.mark.parametrize(
    "url", ["mysql://db/presse", "postgresql://db/presse?sslmode", "register.sqlite", "sqlite://x"]
)
def test_an_unknown_url_is_named(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSETOOL_DATABASE_URL", raising=False)
    office = _office(tmp_path / "amt", url)
    with pytest.raises(InputError) as raised:
        register_location(load_config(office))
    assert [p.code for p in raised.value.problems] == [Code.BAD_DATABASE_URL]
    assert "postgresql://benutzer@server/datenbank" in raised.value.problems[0].message


# -- what libpq and the server say -----------------------------------------------------------

URL = "postgresql://presse@db.amt.example/presse"
FAILURES = [
    ('connection to server at "10.0.0.5", port 5432 failed: Connection refused',
     Code.SHARED_REGISTER_UNREACHABLE),
    ("connection to server at \"10.0.0.5\", port 5432 failed: timeout expired",
     Code.SHARED_REGISTER_UNREACHABLE),
    ("failed to resolve host 'db.amt.example': [Errno -2] Name or service not known",
     Code.SHARED_REGISTER_UNKNOWN_HOST),
    ('could not translate host name "db.amt.example" to address',
     Code.SHARED_REGISTER_UNKNOWN_HOST),
    ('FATAL:  password authentication failed for user "presse"', Code.SHARED_REGISTER_BAD_PASSWORD),
    ("FATAL:  Passwort-Authentifizierung für Benutzer »presse« fehlgeschlagen",
     Code.SHARED_REGISTER_BAD_PASSWORD),
    ("fe_sendauth: no password supplied", Code.SHARED_REGISTER_NO_PASSWORD),
    ('FATAL:  database "presse" does not exist', Code.SHARED_REGISTER_NO_DATABASE),
    ("FATAL:  Datenbank »presse« existiert nicht", Code.SHARED_REGISTER_NO_DATABASE),
    ('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "presse", database "presse", '
     "no encryption", Code.SHARED_REGISTER_TLS_REQUIRED),
    ("FATAL:  kein pg_hba.conf-Eintrag für Host »10.0.0.9«, Benutzer »presse«, Datenbank "
     "»presse«, keine Verschlüsselung", Code.SHARED_REGISTER_TLS_REQUIRED),
    ('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "presse", database "presse", '
     "SSL encryption", Code.SHARED_REGISTER_NOT_ALLOWED),
    ("SSL error: certificate verify failed", Code.SHARED_REGISTER_TLS_FAILED),
    ('server certificate for "db" does not match host name "db.amt.example"',
     Code.SHARED_REGISTER_TLS_FAILED),
    ("server does not support SSL, but SSL was required", Code.SHARED_REGISTER_TLS_FAILED),
    ("FATAL:  das Datenbanksystem fährt herunter", Code.SHARED_REGISTER_UNREACHABLE),
    ("FATAL:  sorry, too many clients already", Code.SHARED_REGISTER_FAILED),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), FAILURES)
def test_each_connection_failure_is_named(text: str, code: Code) -> None:
    problem = connection_problem(Exception(f"connection failed: {text}"), URL)
    assert problem.code is code
    assert problem.message  # every parameter of the sentence is there


def test_named_parameters_become_psycopgs_and_casts_stay() -> None:
    assert _pyformat("SELECT :a::text, '100%' WHERE x = :b_2") == (
        "SELECT %(a)s::text, '100%%' WHERE x = %(b_2)s"
    )


def test_the_migrations_count_up_from_one_and_speak_both_dialects() -> None:
    versions = list(schema.migration_versions())
    assert versions == list(range(1, len(versions) + 1))
    assert versions[-1] == schema.LATEST_VERSION
    for migration in schema.MIGRATIONS:
        assert migration.statements(schema.Dialect.SQLITE)
        assert migration.statements(schema.Dialect.POSTGRESQL)
