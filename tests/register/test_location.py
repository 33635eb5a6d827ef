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
from pressetool.register.maintenance import migrate_register
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
    # a `?` or `/` in the password: libpq ends the login at the first `@` (urlsplit did not)
    ("postgresql://amt2:Sommer?2026@127.0.0.1:5432/presse2", True, "postgresql://amt2@127.0.0.1:5432/presse2"),
    ("postgresql://presse:GEHEIM/xyz@db/presse", True, "postgresql://presse@db/presse"),
    ("postgresql://presse:1234@db/presse", True, "postgresql://presse@db/presse"),
    # a password in any spelling of the query
    ("postgresql://presse@db/presse?Password=GEHEIM", True, "postgresql://presse@db/presse"),
    ("postgresql://presse@db/presse?password%3DGEHEIM&sslmode=require", True, "postgresql://presse@db/presse?sslmode=require"),
    # a port and an `@` in the query are no password; the rest stays as written
    ("postgresql://db:5432/presse?application_name=a@b", False, None),
    ("postgresql://h1:5432,h2:5433/presse?options=-csearch_path%3Dmitte", False, None),
    ("postgresql://presse@[::1]:5432/presse", False, None),
    # digits first, then `?`, `,` or `/`; an `@` inside the password
    ("postgresql://presse:2026?Sommer@db.example/presse", True, "postgresql://presse@db.example/presse"),
    ("postgresql://presse:12,34@db/presse", True, "postgresql://presse@db/presse"),
    ("postgresql://presse:2026/Sommer@db.example/presse", True, "postgresql://presse@db.example/presse"),
    ("postgresql://presse:GEH@EIM5@localhost/presse", True, "postgresql://presse@localhost/presse"),
]  # fmt: skip


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://u:GEHEIM@h/db",
        "PostgreSQL://u:GEHEIM@h/db",
        " postgresql://u:GEHEIM@h/db",
        "postgresql:/u:GEHEIM@h/db",
        "host=h user=u password=GEHEIM dbname=d",
        "host=h password = 'GE HEIM' dbname=d",
    ],
)
def test_a_url_pressetool_refuses_is_shown_without_its_password(url: str) -> None:
    assert "HEIM" not in without_password(url)


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


@pytest.mark.parametrize(
    ("query", "said"),
    [
        (
            "sslmod=verify-full",
            "„sslmod“ keine Angabe, die PostgreSQL kennt (gemeint ist wohl „sslmode“)",
        ),
        (
            "connect_timout=5",
            "„connect_timout“ keine Angabe, die PostgreSQL kennt "
            "(gemeint ist wohl „connect_timeout“)",
        ),
        ("foo=bar", "„foo“ keine Angabe, die PostgreSQL kennt. Berichtigen"),
    ],
)
def test_a_misspelt_parameter_is_named(
    query: str, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was „keine Datenbank-Adresse, die pressetool kennt“, for a right scheme."""
    monkeypatch.delenv("PRESSETOOL_DATABASE_URL", raising=False)
    url = f"postgresql://presse@db/presse?{query}"
    office = _office(tmp_path / "amt", url)
    with pytest.raises(InputError) as raised:
        register_location(load_config(office))
    (problem,) = raised.value.problems
    assert problem.code is Code.DATABASE_URL_UNKNOWN_PARAMETER
    assert (problem.file, problem.field) == (office / "pressetool.toml", "register.database_url")
    assert f"In der Datenbank-Adresse „{url}“ ist {said}" in problem.message


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
     "no encryption", Code.SHARED_REGISTER_NOT_ALLOWED_UNENCRYPTED),
    ("FATAL:  kein pg_hba.conf-Eintrag für Host »10.0.0.9«, Benutzer »presse«, Datenbank "
     "»presse«, keine Verschlüsselung", Code.SHARED_REGISTER_NOT_ALLOWED_UNENCRYPTED),
    ('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "presse", database "presse", '
     "SSL encryption", Code.SHARED_REGISTER_NOT_ALLOWED),
    ("SSL error: certificate verify failed", Code.SHARED_REGISTER_TLS_FAILED),
    ('server certificate for "db" does not match host name "db.amt.example"',
     Code.SHARED_REGISTER_TLS_FAILED),
    ("server does not support SSL, but SSL was required", Code.SHARED_REGISTER_TLS_FAILED),
    ("FATAL:  das Datenbanksystem fährt herunter", Code.SHARED_REGISTER_UNREACHABLE),
    ("FATAL:  sorry, too many clients already", Code.SHARED_REGISTER_FAILED),
    ("SSL SYSCALL error: EOF detected", Code.SHARED_REGISTER_TLS_FAILED),
    ('connection to server at "10.0.0.9", port 80 failed: received invalid response to SSL '
     "negotiation: H", Code.SHARED_REGISTER_NOT_POSTGRES),
    ('connection to server at "10.0.0.9", port 80 failed: expected authentication request '
     "from server, but received H", Code.SHARED_REGISTER_NOT_POSTGRES),
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


MALFORMED = "postgresql://presse@[::1/presse_a"
MALFORMED_SAID = (
    "„postgresql://presse@[::1/presse_a“ ist keine Datenbank-Adresse, die pressetool kennt. "
    "Schreiben Sie sqlite:///releases/register.sqlite (Pfad im Ordner der Pressestelle), "
    "sqlite:////voller/pfad/register.sqlite oder für ein gemeinsames Register "
    "postgresql://benutzer@server/datenbank."
)


@pytest.mark.parametrize(
    ("where", "named"),
    [
        ("pressetool.toml", "{toml}, Feld „register.database_url“"),
        ("environment", "Feld „PRESSETOOL_DATABASE_URL“"),
        ("--to", "Option „--to“"),
    ],
)
def test_a_url_that_cannot_be_taken_apart_is_named_where_it_came_from(
    where: str, named: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`[::1` without its `]`: `urlsplit` raises ValueError (Invalid IPv6 URL)."""
    monkeypatch.delenv("PRESSETOOL_DATABASE_URL", raising=False)
    in_file = MALFORMED if where == "pressetool.toml" else "sqlite:///releases/register.sqlite"
    office = _office(tmp_path / "amt", in_file)
    monkeypatch.chdir(office)
    if where == "environment":
        monkeypatch.setenv("PRESSETOOL_DATABASE_URL", MALFORMED)
    with pytest.raises(InputError) as raised:
        if where == "--to":
            migrate_register(load_config(office), MALFORMED)
        else:
            register_location(load_config(office))
    (problem,) = raised.value.problems
    toml = office / "pressetool.toml"
    assert problem.message == f"{named.format(toml=toml)}: {MALFORMED_SAID}"


def test_a_malformed_url_loses_its_password_all_the_same() -> None:
    url = "postgresql://presse:geheim@[::1/presse_a?password=x&sslmode=require"
    assert has_password(url)
    assert without_password(url) == "postgresql://presse@[::1/presse_a?sslmode=require"


def test_a_pg_hba_refusal_of_a_plain_connection_names_pg_hba_and_tls() -> None:
    text = (
        'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "presse", database "presse", '
        "no encryption"
    )
    problem = connection_problem(Exception(f"connection failed: {text}"), URL)
    assert problem.message == (
        "Der Server „db.amt.example“ lässt „presse“ von diesem Rechner aus ohne "
        "Verschlüsselung nicht an die Datenbank „presse“ (pg_hba.conf). Nimmt er nur "
        "verschlüsselte Verbindungen (TLS) an, schreiben Sie in die Adresse sslmode=verify-full "
        "und sslrootcert= mit der CA-Datei Ihrer IT; sonst muss Ihre IT den Zugang freigeben. "
        "Es wurde nichts verändert."
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "bad value for connect_timeout: 'abc'",
            "stimmt connect_timeout nicht: „abc“ geht nicht, connect_timeout sind ganze "
            "Sekunden, zum Beispiel connect_timeout=10.",
        ),
        (
            'connection is bad: invalid port number: "99999"',
            "stimmt Port nicht: „99999“ geht nicht, der Port ist eine Zahl von 1 bis 65535 nach "
            "dem Servernamen, meist :5432.",
        ),
        (
            'connection is bad: invalid sslmode value: "bogus"',
            "stimmt sslmode nicht: „bogus“ geht nicht, sslmode ist disable, allow, prefer, "
            "require, verify-ca oder verify-full; für ein gemeinsames Register verify-full.",
        ),
    ],
)
def test_a_value_of_the_url_that_libpq_cannot_use_is_named_in_german(text: str, said: str) -> None:
    problem = connection_problem(Exception(text), URL)
    assert problem.message == (
        f"In der Adresse „{URL}“ {said} Berichtigen Sie die Adresse; es wurde nichts verändert."
    )


def test_a_port_that_is_no_number_is_named() -> None:
    text = 'connection is bad: invalid integer value "abc" for connection option "port"'
    problem = connection_problem(Exception(text), URL)
    assert problem.message == (
        f"In der Adresse „{URL}“ stimmt Port nicht: „abc“ geht nicht, der Port ist eine Zahl "
        "von 1 bis 65535 nach dem Servernamen, meist :5432. Berichtigen Sie die Adresse; es "
        "wurde nichts verändert."
    )


def test_a_port_that_is_no_number_is_named_whatever_libpq_says_first() -> None:
    """With a host name libpq looks the host up with the port first and says the host is
    unknown."""
    url = "postgresql://presse@localhost:abc/presse"
    text = 'could not translate host name "localhost" to address: Servname not supported'
    problem = connection_problem(Exception(text), url)
    assert problem.code is Code.SHARED_REGISTER_BAD_URL_VALUE
    assert "stimmt Port nicht: „abc“ geht nicht" in problem.message


def test_a_misspelt_password_parameter_keeps_its_value_out_of_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSETOOL_DATABASE_URL", "postgresql://u@h/db?passwort=geheim&x=1")
    office = _office(tmp_path / "amt", "postgresql://presse@db/presse")
    with pytest.raises(InputError) as raised:
        register_location(load_config(office))
    (problem,) = raised.value.problems
    assert "geheim" not in problem.message
    assert "„postgresql://u@h/db?passwort=…&x=1“ ist „passwort“" in problem.message
    assert "(gemeint ist wohl „password“)" in problem.message
