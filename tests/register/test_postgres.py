"""The shared register on a real PostgreSQL server (`tests/postgres_server.py`).

One server runs for the whole session; each test gets an empty database. Most
cases call the CLI in-process; the two workstations are real processes.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pressetool.output import write_atomically
from pressetool.problems import Code, InputError
from pressetool.register import schema
from pressetool.register.maintenance import switched_config_text
from pressetool.register.postgres import PostgresDatabase
from pressetool.register.release_files import highest_file_number
from tests.builders import fill_in_body, office_folder
from tests.conftest import files_below, run_main
from tests.postgres_server import PASSWORD, ROLE, TLS_DATABASE, PostgresServer

SQLITE_FILE = Path("releases/register.sqlite")


def shared_office(folder: Path, url: str) -> Path:
    """An office folder whose pressetool.toml names the shared register `url`."""
    office = office_folder(folder)
    settings = office / "pressetool.toml"
    settings.write_text(
        switched_config_text(settings.read_text(encoding="utf-8"), url), encoding="utf-8"
    )
    return office


@pytest.fixture
def shared(
    tmp_path: Path,
    postgres: PostgresServer,
    shared_database: str,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """An office on an empty shared register, made by `register init`; the current folder."""
    office = shared_office(tmp_path / "pressestelle", postgres.url(shared_database))
    monkeypatch.chdir(office)
    status, out, err = run_main(capsys, "register", "init")
    assert status == 0, err
    assert out.startswith("Nummernregister eingerichtet (Schema-Version 1)")
    return office


def query(postgres: PostgresServer, database: str, sql: str) -> list[tuple[object, ...]]:
    with postgres.admin(database) as connection:
        cursor = connection.execute(sql)
        return cursor.fetchall() if cursor.description else []


def numbers_in(postgres: PostgresServer, database: str) -> list[int]:
    rows = query(postgres, database, "SELECT number FROM release_numbers ORDER BY year, number")
    return [int(str(row[0])) for row in rows]


def release_files(office: Path) -> list[str]:
    return [p.name for p in files_below(office / "releases") if p.suffix == ".yaml"]


# -- every command, both databases -------------------------------------------------------


def test_every_register_command_works_the_same_on_both_databases(
    tmp_path: Path,
    postgres: PostgresServer,
    shared_database: str,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One story of an office, told on SQLite and on PostgreSQL: every command gives the
    same exit status and the same output (times and folders aside)."""

    def story(office: Path, lose_entry: Callable[[], None]) -> list[tuple[int, str, str]]:
        monkeypatch.chdir(office)
        steps: list[tuple[int, str, str]] = []

        def run(*args: str) -> None:
            status, out, err = run_main(capsys, *args)
            out = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", "<zeit>", out)
            steps.append((status, out.replace(str(office), "<amt>"), err))

        run("register", "init")
        for title, date in (
            ("Erste", "2020-03-02"),
            ("Zweite", "2020-03-03"),
            ("Neu", "2021-01-05"),
        ):
            run("new", "--title", title, "--date", date)
        for path in (office / "releases").rglob("*.yaml"):
            fill_in_body(path)
        run("list")
        run("list", "--year", "2020")
        run("list", "--format", "csv")
        run("list", "--format", "json")
        run("withdraw", "001/2020", "--reason", "Falsche Zahlen")
        run("correct", "002/2020", "--date", "2020-03-04")
        run("verify")
        lose_entry()
        run("verify")
        run("reindex")
        run("verify")
        run("list", "--format", "json")
        run("withdraw", "007/2020", "--reason", "Gibt es nicht")
        return steps

    def lose_sqlite_entry() -> None:
        with sqlite3.connect(SQLITE_FILE) as connection:
            connection.execute("DELETE FROM release_numbers WHERE year = 2021")
        connection.close()

    def lose_shared_entry() -> None:
        query(postgres, shared_database, "DELETE FROM release_numbers WHERE year = 2021")

    on_sqlite = story(office_folder(tmp_path / "a" / "amt"), lose_sqlite_entry)
    on_postgres = story(
        shared_office(tmp_path / "b" / "amt", postgres.url(shared_database)), lose_shared_entry
    )
    for sqlite_step, postgres_step in zip(on_sqlite, on_postgres, strict=True):
        if sqlite_step[1].startswith("Nummernregister eingerichtet"):
            continue  # names the SQLite file or the server
        assert postgres_step == sqlite_step
    statuses = [status for status, _, _ in on_postgres]
    assert statuses[:8] == [0] * 8  # init, three new, four list
    entries = json.loads(on_postgres[-2][1])
    assert [e["number"] for e in entries][:2] == ["001/2020", "002/2020"]
    assert "021/2021" not in on_postgres[-2][1]
    assert "001/2021" in on_postgres[-2][1]  # reindex took the lost entry back in
    assert on_postgres[-1][0] == 1  # a number never given: refused on both


# -- two workstations ---------------------------------------------------------------------


WORKSTATION = """
import sys
from pressetool.cli import main
for title in sys.argv[1:]:
    if main(["new", "--title", title, "--date", "2020-05-04"]) != 0:
        sys.exit(1)
"""
"""A colleague at a workstation: one `new` after another, each with its own connection."""


def test_two_workstations_take_100_numbers_without_gaps(
    tmp_path: Path, postgres: PostgresServer, shared_database: str, shared: Path, pgpass: Path
) -> None:
    """The office's shared folder, reached by two paths (as two PCs mount a file share),
    and one shared register: 50 `new` from each at the same time, by five processes on
    each (a hundred Python processes would take a minute on a small machine)."""
    share = shared
    mounted = tmp_path / "arbeitsplatz-b"
    mounted.symlink_to(share, target_is_directory=True)
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKSTATION, *(f"Meldung {place} {p} {i}" for i in range(10))],
            cwd=folder,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in range(5)
        for place, folder in (("A", share), ("B", mounted))
    ]
    results = [process.communicate(timeout=300) for process in processes]
    assert [p.returncode for p in processes] == [0] * 10, [err for _, err in results]
    assert numbers_in(postgres, shared_database) == list(range(1, 101))
    names = release_files(share)
    assert sorted(name[:3] for name in names) == [f"{n:03d}" for n in range(1, 101)]
    titles = {
        (share / "releases/2020" / name).read_text(encoding="utf-8").split("title: ")[1]
        for name in names
    }
    assert len(titles) == 100  # each number has its own file
    printed = [line for out, _ in results for line in out.splitlines() if line.endswith(".yaml")]
    assert len(set(printed)) == 100


# -- a server that cannot be reached --------------------------------------------------------


@pytest.fixture
def tls_database(postgres: PostgresServer) -> str:
    return postgres.create_database(TLS_DATABASE)


UNREACHABLE_CASES: dict[str, tuple[Callable[[PostgresServer, str], str], str]] = {
    "Server gestoppt": (
        lambda server, database: server.url(database),
        "ist nicht erreichbar: Der Server antwortet nicht",
    ),
    "falscher Servername": (
        lambda server, database: server.url(database, host="db.invalid"),
        "Den Server „db.invalid“ des gemeinsamen Registers gibt es nicht",
    ),
    "falsches Passwort": (
        lambda server, database: server.url(database, password="falsch"),
        "hat die Anmeldung als „pressestelle“ abgelehnt: das Passwort ist falsch",
    ),
    "Benutzer unbekannt": (
        lambda server, database: server.url(database, user="niemand", password="x"),
        "hat die Anmeldung als „niemand“ abgelehnt",
    ),
    "Datenbank fehlt": (
        lambda server, database: server.url("gibt_es_nicht"),
        "Die Datenbank „gibt_es_nicht“ gibt es auf dem Server „127.0.0.1“ nicht",
    ),
    "TLS verlangt": (
        lambda server, database: server.url(TLS_DATABASE, sslmode="disable"),
        "lässt „pressestelle“ von diesem Rechner aus ohne Verschlüsselung nicht an die "
        "Datenbank „nur_tls“ (pg_hba.conf). Nimmt er nur verschlüsselte Verbindungen "
        "(TLS) an, schreiben Sie in die Adresse sslmode=verify-full",
    ),
    "falsche CA": (
        lambda server, database: server.url(
            database, sslmode="verify-full", sslrootcert=str(server.tls / "other-ca.crt")
        ),
        "ist nicht von der CA in sslrootcert unterschrieben",
    ),
    "CA-Datei fehlt": (
        lambda server, database: server.url(
            database, sslmode="verify-full", sslrootcert=str(server.tls / "fehlt.crt")
        ),
        "die CA-Datei aus sslrootcert gibt es nicht",
    ),
}


@pytest.mark.parametrize("case", UNREACHABLE_CASES)
def test_new_says_why_the_register_is_unreachable_and_writes_nothing(
    case: str,
    tmp_path: Path,
    postgres: PostgresServer,
    shared: Path,
    shared_database: str,
    tls_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_url, expected = UNREACHABLE_CASES[case]
    monkeypatch.setenv("PRESSETOOL_DATABASE_URL", make_url(postgres, shared_database))
    stopped = postgres.stopped() if case == "Server gestoppt" else contextlib.nullcontext()
    with stopped:
        started = time.monotonic()
        status, _, err = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
        elapsed = time.monotonic() - started
    assert status == 1
    assert expected in err, err
    assert "es wurde nichts verändert" in err.lower()
    assert "Geheim" not in err  # never the password
    assert elapsed < 5
    assert release_files(shared) == []


def test_a_server_that_does_not_answer_is_given_up_after_the_connect_timeout(
    tmp_path: Path, pgpass: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A port that takes the connection but never speaks (a hung server, a firewall that
    swallows packets): the connect timeout ends the wait."""
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        url = f"postgresql://{ROLE}@127.0.0.1:{port}/presse?connect_timeout=1"
        started = time.monotonic()
        with pytest.raises(Exception) as raised:
            PostgresDatabase(url)
        elapsed = time.monotonic() - started
    assert "nicht erreichbar" in str(raised.value)
    assert elapsed < 4


@pytest.mark.parametrize("sslmode", ["disable", "require"])
def test_another_service_at_the_registers_port_is_named(pgpass: Path, sslmode: str) -> None:
    """A web server where the register's port should be (a wrong port in the URL):
    libpq's English becomes the officer's German."""
    import socket
    import threading

    with socket.socket() as web:
        web.bind(("127.0.0.1", 0))
        web.listen(1)
        port = web.getsockname()[1]

        def answer() -> None:
            connection, _ = web.accept()
            with connection:
                connection.recv(100)
                connection.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

        server = threading.Thread(target=answer, daemon=True)
        server.start()
        url = f"postgresql://{ROLE}@127.0.0.1:{port}/presse?connect_timeout=2&sslmode={sslmode}"
        with pytest.raises(InputError) as raised:
            PostgresDatabase(url)
        server.join(timeout=5)
    [problem] = raised.value.problems
    assert problem.code is Code.SHARED_REGISTER_NOT_POSTGRES
    assert problem.message.startswith(
        f"Unter „postgresql://{ROLE}@127.0.0.1:{port}/presse?connect_timeout=2&sslmode={sslmode}“ "
        "antwortet kein PostgreSQL-Server, sondern ein anderer Dienst"
    )


def test_the_offices_ca_file_with_verify_full_connects(
    tmp_path: Path,
    postgres: PostgresServer,
    tls_database: str,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = postgres.url(
        TLS_DATABASE, sslmode="verify-full", sslrootcert=str(postgres.tls / "ca.crt")
    )
    office = shared_office(tmp_path / "amt", url)
    monkeypatch.chdir(office)
    assert run_main(capsys, "register", "init")[0] == 0
    status, _, err = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
    assert (status, err) == (0, "")  # nur_tls takes TLS connections only (pg_hba.conf)


# -- where the password belongs ------------------------------------------------------------


def test_a_password_in_pressetool_toml_is_refused(
    tmp_path: Path,
    postgres: PostgresServer,
    shared_database: str,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = postgres.url(shared_database, password=PASSWORD)
    office = shared_office(tmp_path / "amt", url)
    monkeypatch.chdir(office)
    status, _, err = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
    assert status == 1
    assert "Feld „register.database_url“" in err
    assert "Ein Passwort gehört nie in pressetool.toml" in err
    assert "~/.pgpass" in err and "PGPASSWORD" in err and "PRESSETOOL_DATABASE_URL" in err
    assert "Geheim" not in err and "Geheim%201" not in err
    assert release_files(office) == []


def test_the_password_comes_from_the_environment_or_pgpass(
    shared: Path,
    postgres: PostgresServer,
    shared_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(shared / "keine-pgpass"))
    status, _, err = run_main(capsys, "list")
    assert status == 1 and "verlangt ein Passwort für „pressestelle“" in err
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert run_main(capsys, "new", "--title", "Eins", "--date", "2020-03-02")[0] == 0
    monkeypatch.delenv("PGPASSWORD")
    # The whole URL with its password in the environment wins over pressetool.toml.
    monkeypatch.setenv("PRESSETOOL_DATABASE_URL", postgres.url(shared_database, password=PASSWORD))
    assert run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-02")[0] == 0
    assert numbers_in(postgres, shared_database) == [1, 2]


# -- a server that goes away in the middle of `new` --------------------------------------------


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Callable[[], object]]]:
    """Faults to run once inside `new`: "drawing" after its transaction took the lock,
    before it draws the number; "writing" after it drew the number, before it writes
    the file."""
    planned: dict[str, list[Callable[[], object]]] = {"drawing": [], "writing": []}

    def hooked(name: str, original: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object) -> object:
            while planned[name]:
                planned[name].pop(0)()
            return original(*args)

        return run

    monkeypatch.setattr(
        "pressetool.register.allocation.highest_file_number",
        hooked("drawing", highest_file_number),
    )
    monkeypatch.setattr(
        "pressetool.register.allocation.write_atomically", hooked("writing", write_atomically)
    )
    return planned


def test_a_connection_killed_before_the_number_is_drawn_changes_nothing(
    shared: Path,
    postgres: PostgresServer,
    shared_database: str,
    faults: dict[str, list[Callable[[], object]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    faults["drawing"].append(lambda: postgres.terminate(shared_database))
    status, _, err = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
    assert status == 1
    assert "brach ab, bevor die Änderung gespeichert war" in err, err
    assert release_files(shared) == []
    assert numbers_in(postgres, shared_database) == []


@pytest.mark.parametrize("fault", ["pg_terminate_backend", "Server gestoppt"])
def test_a_server_gone_between_drawing_and_writing_gives_no_number_twice_and_no_file(
    fault: str,
    shared: Path,
    postgres: PostgresServer,
    shared_database: str,
    faults: dict[str, list[Callable[[], object]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The number is drawn, the file written, and the commit fails: pressetool cannot tell
    whether the server stored it, so it takes the file back and says so. Here it had not:
    no entry, no file, verify finds nothing, and the number is given next."""
    assert run_main(capsys, "new", "--title", "Vorher", "--date", "2020-03-02")[0] == 0
    if fault == "pg_terminate_backend":
        faults["writing"].append(lambda: postgres.terminate(shared_database))
    else:
        faults["writing"].append(postgres.stop)
    try:
        status, _, err = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
    finally:
        if not postgres.running:
            postgres.start()
    assert status == 1
    assert "brach beim Speichern ab; ob der Server die Änderung noch gespeichert hat" in err
    assert release_files(shared) == ["001-vorher.yaml"]
    assert numbers_in(postgres, shared_database) == [1]
    assert run_main(capsys, "verify")[0] == 0
    status, out, _ = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
    assert status == 0 and "002-titel.yaml" in out


def test_a_commit_whose_answer_is_lost_is_named_by_verify_and_never_given_again(
    shared: Path,
    postgres: PostgresServer,
    shared_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The server stores the commit, the answer never arrives: pressetool cannot know
    whether the number was taken. It takes the file back and says so; verify names the
    number without a file, and the next `new` does not give it again."""
    commit = PostgresDatabase._commit

    def commit_then_lose_the_answer(self: PostgresDatabase) -> None:
        commit(self)  # the server stores the number
        postgres.terminate(shared_database)
        commit(self)  # and the answer is lost: the real error path, on a broken connection

    with monkeypatch.context() as patched:
        patched.setattr(PostgresDatabase, "_commit", commit_then_lose_the_answer)
        status, _, err = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
    assert status == 1
    assert "ob der Server die Änderung noch gespeichert hat, ist ungewiss" in err
    assert release_files(shared) == []
    assert numbers_in(postgres, shared_database) == [1]
    status, out, _ = run_main(capsys, "verify")
    assert status == 1
    assert "Die Nummer 001/2020 ist im Register vergeben, aber keine Datei trägt sie" in out
    status, out, _ = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
    assert status == 0 and "002-titel.yaml" in out


# -- schema versions -------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def either(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Callable[[str], None]:
    """An office with a register of one number, on SQLite or on PostgreSQL (the current
    folder); what it gives is a function that runs SQL on that register."""
    if request.param == "sqlite":
        office = office_folder(tmp_path / "amt")
        monkeypatch.chdir(office)

        def run_sql(sql: str) -> None:
            with sqlite3.connect(office / SQLITE_FILE) as connection:
                connection.execute(sql)
            connection.close()

    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        database = request.getfixturevalue("shared_database")
        request.getfixturevalue("pgpass")
        office = shared_office(tmp_path / "amt", server.url(database))
        monkeypatch.chdir(office)

        def run_sql(sql: str) -> None:
            query(server, database, sql)

    assert run_main(capsys, "register", "init")[0] == 0
    assert run_main(capsys, "new", "--title", "Eins", "--date", "2020-03-02")[0] == 0
    return run_sql


def test_register_init_says_when_the_register_is_there_and_changes_nothing(
    either: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    before = run_main(capsys, "list", "--format", "json")
    status, out, _ = run_main(capsys, "register", "init")
    assert status == 0
    assert out.startswith("Das Nummernregister ist schon eingerichtet (Schema-Version 1); nichts")
    assert run_main(capsys, "list", "--format", "json") == before


def test_a_register_of_a_newer_pressetool_is_refused(
    either: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    either("UPDATE pressetool_register SET value = '7' WHERE key = 'version'")
    for command in (
        ["list"],
        ["new", "--title", "X", "--date", "2020-03-02"],
        ["register", "init"],
    ):
        status, _, err = run_main(capsys, *command)
        assert status == 1, command
        assert "hat die Schema-Version 7, eingerichtet von einem neueren pressetool" in err
        assert "kennt nur bis Version 1" in err
    either("UPDATE pressetool_register SET value = '1' WHERE key = 'version'")
    assert run_main(capsys, "verify")[0] == 0  # nothing was changed


def test_register_init_applies_a_pending_migration(
    either: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    index = "CREATE INDEX release_numbers_by_date ON release_numbers (release_date)"
    second = schema.Migration(2, "an index by date", sqlite=(index,), postgresql=(index,))
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, second))
    monkeypatch.setattr(schema, "LATEST_VERSION", 2)
    status, _, err = run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-02")
    assert status == 1
    assert "hat die Schema-Version 1, dieses pressetool braucht Version 2" in err
    assert "pressetool register init" in err
    status, out, _ = run_main(capsys, "register", "init")
    assert status == 0
    assert out.startswith("Nummernregister auf Schema-Version 2 umgestellt (Migration 2)")
    assert run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-02")[0] == 0
    status, out, _ = run_main(capsys, "register", "init")
    assert out.startswith("Das Nummernregister ist schon eingerichtet (Schema-Version 2)")


def test_new_on_an_empty_database_names_register_init(
    tmp_path: Path,
    postgres: PostgresServer,
    shared_database: str,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    office = shared_office(tmp_path / "amt", postgres.url(shared_database))
    monkeypatch.chdir(office)
    status, _, err = run_main(capsys, "new", "--title", "Titel", "--date", "2020-03-02")
    assert status == 1
    assert "ist noch kein Nummernregister eingerichtet" in err
    assert "pressetool register init" in err
    assert release_files(office) == []
    assert query(postgres, shared_database, "SELECT count(*) FROM pg_tables WHERE "
                 "schemaname = 'public'") == [(0,)]  # fmt: skip


def test_tables_of_another_program_are_never_taken_for_the_register(
    tmp_path: Path,
    postgres: PostgresServer,
    shared_database: str,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    query(postgres, shared_database, "CREATE TABLE release_numbers (id int)")
    query(postgres, shared_database, f"ALTER TABLE release_numbers OWNER TO {ROLE}")
    office = shared_office(tmp_path / "amt", postgres.url(shared_database))
    monkeypatch.chdir(office)
    for command in (["register", "init"], ["list"]):
        status, _, err = run_main(capsys, *command)
        assert status == 1
        assert "sind kein Nummernregister von pressetool; sie wurden nicht verändert" in err


# -- migrate ---------------------------------------------------------------------------------


@pytest.fixture
def sqlite_office(
    tmp_path: Path,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """An office on SQLite with three numbers in two years (the current folder)."""
    office = office_folder(tmp_path / "amt")
    monkeypatch.chdir(office)
    for title, date in (("Erste", "2020-03-02"), ("Zweite", "2020-03-03"), ("Neu", "2021-01-05")):
        assert run_main(capsys, "new", "--title", title, "--date", date)[0] == 0
    return office


def test_migrate_copies_every_entry_checks_it_and_then_switches_pressetool_toml(
    sqlite_office: Path,
    postgres: PostgresServer,
    shared_database: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = sqlite_office / "pressetool.toml"
    before_text = settings.read_text(encoding="utf-8")
    before = run_main(capsys, "list", "--format", "json")
    target = postgres.url(shared_database)
    status, out, err = run_main(capsys, "register", "migrate", "--to", target)
    assert (status, err) == (0, "")
    assert out.startswith(f"3 Nummern aus releases/register.sqlite nach {target} übertragen")
    after_text = settings.read_text(encoding="utf-8")
    changed = [
        (old, new)
        for old, new in zip(before_text.splitlines(), after_text.splitlines(), strict=True)
        if old != new
    ]
    assert changed == [
        ('database_url = "sqlite:///releases/register.sqlite"', f'database_url = "{target}"')
    ]
    assert run_main(capsys, "list", "--format", "json") == before  # who and when, too
    assert numbers_in(postgres, shared_database) == [1, 2, 1]
    status, out, _ = run_main(capsys, "new", "--title", "Danach", "--date", "2020-04-01")
    assert status == 0 and "003-danach.yaml" in out
    assert numbers_in(postgres, shared_database) == [1, 2, 3, 1]


def test_migrate_refuses_a_target_that_holds_numbers(
    sqlite_office: Path,
    tmp_path: Path,
    postgres: PostgresServer,
    shared_database: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = shared_office(tmp_path / "anderes-amt", postgres.url(shared_database))
    monkeypatch.chdir(other)
    assert run_main(capsys, "register", "init")[0] == 0
    assert run_main(capsys, "new", "--title", "Fremd", "--date", "2020-03-02")[0] == 0
    monkeypatch.chdir(sqlite_office)
    settings = (sqlite_office / "pressetool.toml").read_text(encoding="utf-8")
    status, _, err = run_main(capsys, "register", "migrate", "--to", postgres.url(shared_database))
    assert status == 1
    assert "enthält schon 1 Nummern" in err
    assert "überträgt nur in ein leeres Register" in err
    assert (sqlite_office / "pressetool.toml").read_text(encoding="utf-8") == settings
    assert numbers_in(postgres, shared_database) == [1]


def test_migrate_copies_nothing_when_pressetool_toml_cannot_be_written(
    sqlite_office: Path,
    postgres: PostgresServer,
    shared_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refused(path: Path, data: bytes) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pressetool.output._write_temporary", refused)
    settings = (sqlite_office / "pressetool.toml").read_text(encoding="utf-8")
    status, _, err = run_main(capsys, "register", "migrate", "--to", postgres.url(shared_database))
    assert (status, err.splitlines()[0]) == (
        1,
        f"Fehler: {sqlite_office}: In den Ordner lässt sich nicht schreiben (keine "
        "Berechtigung). Prüfen Sie die Schreibrechte; es wurde nichts verändert.",
    )
    assert (sqlite_office / "pressetool.toml").read_text(encoding="utf-8") == settings
    tables = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    assert query(postgres, shared_database, tables) == []


def test_migrate_says_what_to_do_when_pressetool_toml_fails_after_the_copy(
    sqlite_office: Path,
    postgres: PostgresServer,
    shared_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refused(source: Path, target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pressetool.output.os.replace", refused)
    target = postgres.url(shared_database)
    status, _, err = run_main(capsys, "register", "migrate", "--to", target)
    monkeypatch.undo()
    assert (status, err.splitlines()[0]) == (
        1,
        f"Fehler: {sqlite_office / 'pressetool.toml'}: Die 3 Nummern stehen jetzt geprüft im "
        f"gemeinsamen Register „{target}“, aber pressetool.toml ließ sich nicht umstellen (keine "
        "Berechtigung) und nennt weiter das SQLite-Register. Vergeben Sie bis dahin keine Nummer "
        "und schreiben Sie unter [register] in pressetool.toml von Hand die Zeile database_url = "
        f'"{target}"; ein zweites „pressetool register migrate“ lehnt das nicht mehr leere '
        "Register ab. Die SQLite-Datei bleibt unverändert liegen.",
    )
    assert numbers_in(postgres, shared_database) == [1, 2, 1]
    assert [p.name for p in sqlite_office.iterdir() if p.name.endswith(".tmp")] == []


def test_migrate_never_writes_the_password_into_pressetool_toml(
    sqlite_office: Path,
    postgres: PostgresServer,
    shared_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(sqlite_office / "keine-pgpass"))
    target = postgres.url(shared_database, password=PASSWORD, sslmode="require")
    status, out, err = run_main(capsys, "register", "migrate", "--to", target)
    assert (status, err) == (0, "")
    text = (sqlite_office / "pressetool.toml").read_text(encoding="utf-8")
    shown = postgres.url(shared_database, sslmode="require")
    assert f'database_url = "{shown}"' in text
    assert "Geheim" not in text and "Geheim" not in out


def test_migrate_refuses_while_the_environment_names_a_register(
    sqlite_office: Path,
    postgres: PostgresServer,
    shared_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PRESSETOOL_DATABASE_URL", "sqlite:///releases/register.sqlite")
    status, _, err = run_main(capsys, "register", "migrate", "--to", postgres.url(shared_database))
    assert status == 1 and "PRESSETOOL_DATABASE_URL ist gesetzt" in err


# -- several offices on one server ----------------------------------------------------------


def test_offices_with_a_database_each_never_see_each_others_numbers(
    tmp_path: Path,
    postgres: PostgresServer,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    offices = {
        name: shared_office(tmp_path / name, postgres.url(postgres.create_database(name)))
        for name in ("presse_mitte", "presse_pankow")
    }
    _each_office_has_its_own_numbers(offices, monkeypatch, capsys)


def test_offices_with_a_schema_each_in_one_database_never_see_each_others_numbers(
    tmp_path: Path,
    postgres: PostgresServer,
    shared_database: str,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    offices = {}
    for name in ("mitte", "pankow"):
        query(postgres, shared_database, f"CREATE SCHEMA {name} AUTHORIZATION {ROLE}")
        url = postgres.url(shared_database, options=f"-csearch_path={name}")
        offices[name] = shared_office(tmp_path / name, url)
    _each_office_has_its_own_numbers(offices, monkeypatch, capsys)
    tables = query(postgres, shared_database, "SELECT schemaname FROM pg_tables WHERE "
                   "tablename = 'release_numbers' ORDER BY 1")  # fmt: skip
    assert tables == [("mitte",), ("pankow",)]


@pytest.mark.parametrize(
    ("schema", "made", "said", "fix"),
    [
        (
            "mitte",
            None,
            "Das Schema „mitte“, das die Adresse „{url}“ nennt (options=-csearch_path), gibt es "
            "in der Datenbank nicht. Ihre IT legt es einmal an: CREATE SCHEMA mitte AUTHORIZATION "
            "{role}. Es wurde nichts verändert.",
            "CREATE SCHEMA mitte AUTHORIZATION {role}",
        ),
        # the server passes over a schema our role may not use as over a missing one: it
        # was called missing, and CREATE SCHEMA failed for a schema that is there
        (
            "ohne_recht",
            "CREATE SCHEMA ohne_recht",
            "„{role}“ darf das Schema „ohne_recht“, das die Adresse „{url}“ nennt "
            "(options=-csearch_path), nicht benutzen: Das Recht USAGE fehlt. Ihre IT gibt es "
            "einmal: GRANT USAGE, CREATE ON SCHEMA ohne_recht TO {role} (oder macht „{role}“ zum "
            "Eigentümer: ALTER SCHEMA ohne_recht OWNER TO {role}). Es wurde nichts verändert.",
            "GRANT USAGE, CREATE ON SCHEMA ohne_recht TO {role}",
        ),
    ],
    ids=["missing", "without USAGE"],
)
def test_a_schema_that_is_not_ours_is_named_with_what_it_takes(
    tmp_path: Path,
    postgres: PostgresServer,
    shared_database: str,
    pgpass: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    schema: str,
    made: str | None,
    said: str,
    fix: str,
) -> None:
    """`register init`, `list` and `new` say so (they sent the officer to `register init`
    first), and what the message tells IT to run is what it takes."""
    if made is not None:
        query(postgres, shared_database, made)
    url = postgres.url(shared_database, options=f"-csearch_path={schema}")
    monkeypatch.chdir(shared_office(tmp_path / "mitte", url))
    for command in (["register", "init"], ["list"], ["new", "--title", "X"]):
        status, _, err = run_main(capsys, *command)
        expected = "Fehler: " + said.format(url=url, role=ROLE)
        assert (status, err.splitlines()[0]) == (1, expected), command
    query(postgres, shared_database, fix.format(role=ROLE))
    assert run_main(capsys, "register", "init")[0] == 0


def _each_office_has_its_own_numbers(
    offices: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, office in offices.items():
        monkeypatch.chdir(office)
        assert run_main(capsys, "register", "init")[0] == 0
        for i in (1, 2):
            status, out, err = run_main(
                capsys, "new", "--title", f"{name} {i}", "--date", "2020-03-02"
            )
            assert status == 0, err
            assert out.startswith(f"releases/2020/00{i}-")
    for name, office in offices.items():
        monkeypatch.chdir(office)
        status, out, _ = run_main(capsys, "list", "--format", "json")
        titles = [entry["title"] for entry in json.loads(out)]
        assert titles == [f"{name} 1", f"{name} 2"]


def test_register_init_outside_an_office_folder_makes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PRESSETOOL_DATABASE_URL", raising=False)
    for command in (["register", "init"], ["register", "migrate", "--to", "postgresql://x/y"]):
        status, _, err = run_main(capsys, *command)
        assert status == 1
        assert "pressetool init" in err
    assert list(tmp_path.iterdir()) == []


def test_a_session_gone_quiet_in_a_transaction_is_ended_by_the_server(
    postgres: PostgresServer, shared_database: str, pgpass: Path
) -> None:
    """A workstation whose line died while it held the register's lock: the server ends
    its session, so that the others wait minutes at most (it was held until TCP gave up,
    hours later); libpq's keep-alives and `tcp_user_timeout` watch the line."""
    database = PostgresDatabase(postgres.url(shared_database))
    try:
        settings = dict(
            database.query(
                "SELECT name, setting FROM pg_settings WHERE name IN "
                "('idle_in_transaction_session_timeout', 'lock_timeout')"
            )
        )
        options = database.connection.info.get_parameters()
        assert settings == {
            "idle_in_transaction_session_timeout": "120000",
            "lock_timeout": "60000",
        }
        assert (options["keepalives"], options["tcp_user_timeout"]) == ("1", "30000")
    finally:
        database.connection.close()


def test_a_user_without_the_right_to_connect_is_told_what_to_ask_for(
    postgres: PostgresServer, shared_database: str, pgpass: Path
) -> None:
    with postgres.admin() as admin:
        admin.execute(f'REVOKE CONNECT ON DATABASE "{shared_database}" FROM PUBLIC')
        admin.execute(f'ALTER DATABASE "{shared_database}" OWNER TO postgres')
    with pytest.raises(InputError) as raised:
        PostgresDatabase(postgres.url(shared_database))
    (problem,) = raised.value.problems
    assert problem.message == (
        f"Der Datenbankserver 127.0.0.1 lässt „{ROLE}“ nicht mit der Datenbank "
        f"„{shared_database}“ verbinden: Das Recht CONNECT fehlt. Ihre IT gibt es einmal: "
        f"GRANT CONNECT ON DATABASE {shared_database} TO {ROLE}. Es wurde nichts verändert."
    )


def test_the_register_is_named_by_its_whole_address(
    shared: Path,
    postgres: PostgresServer,
    shared_database: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`Path` made `postgresql://` one slash: IT copied an address that did not work."""
    query(
        postgres,
        shared_database,
        "UPDATE pressetool_register SET value = '7' WHERE key = 'version'",
    )
    status, _, err = run_main(capsys, "list")
    assert status == 1
    assert err.startswith(
        f"Fehler: PostgreSQL-Register pressestelle@127.0.0.1:{postgres.port}/{shared_database}: "
        "Das Nummernregister hat die Schema-Version 7"
    ), err
