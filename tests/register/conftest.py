"""One PostgreSQL server for the whole test session, and an empty database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres_server import PASSWORD, ROLE, PostgresServer

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real server, started once (about 2 s) and removed at the session's end."""
    server = PostgresServer()
    try:
        server.start()
        server.create_role()
        yield server
    finally:
        server.remove()


@pytest.fixture
def shared_database(postgres: PostgresServer) -> str:
    """A fresh, empty database owned by the office's role."""
    return postgres.create_database(f"register_{next(_numbers)}")


@pytest.fixture
def pgpass(tmp_path: Path, postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The role's password in a pgpass file (`PGPASSFILE`), where an office keeps it;
    no password and no register URL in the environment."""
    path = tmp_path / "pgpass"
    path.write_text(f"127.0.0.1:{postgres.port}:*:{ROLE}:{PASSWORD}\n", encoding="utf-8")
    path.chmod(0o600)
    for name in ("PGPASSWORD", "PRESSETOOL_DATABASE_URL", "PGSSLMODE", "PGHOST", "PGUSER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path
