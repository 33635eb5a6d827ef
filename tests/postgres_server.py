"""A real PostgreSQL server of the tests' own: `initdb` into a temporary folder,
`pg_ctl start` on a Unix socket and a free local port, TLS with a CA made here.

CI and `make test` run as root, and `initdb` refuses root: then the server runs
as the `postgres` system user that Debian's `postgresql` package creates, in a
folder that user owns. Nothing here skips: without the server's programs (the
Debian package `postgresql`) the tests that need it fail and say what is missing.

The server trusts local connections through its Unix socket (the tests' admin
connection, as the `postgres` user); over TCP every role logs in with its
password (scram-sha-256), and the database `nur_tls` only over TLS. `scripts/
bench_register.py` uses the same server.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql

POSTGRES_PROGRAMS = Path("/usr/lib/postgresql")
SERVER_USER = "postgres"
TLS_DATABASE = "nur_tls"
"""A database that takes connections over TLS only (`hostssl` in pg_hba.conf)."""
ROLE = "pressestelle"
PASSWORD = "Geheim 1 & 2"
"""The office role's password: a space and an ampersand, as a URL must encode them."""


def server_programs() -> Path:
    """The newest installed PostgreSQL's bin folder; an error naming the package if none."""
    folders = sorted(
        POSTGRES_PROGRAMS.glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if not folders or not (folders[-1] / "initdb").exists():
        raise RuntimeError(
            f"No PostgreSQL server under {POSTGRES_PROGRAMS}: install the Debian package "
            "`postgresql` (`make test` does)."
        )
    return folders[-1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresServer:
    """One server in a temporary folder; `start`, `stop`, and connections to it."""

    def __init__(self) -> None:
        self.bin = server_programs()
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="pressetool-pg-"))
        self.data = self.folder / "data"
        self.sockets = self.folder / "socket"
        self.log = self.folder / "server.log"
        self.tls = self.folder / "tls"
        self.port = free_port()
        self.running = False
        self._prepare()

    # -- set up ------------------------------------------------------------------------

    def _run(self, *command: str | Path) -> None:
        """A server program, as the `postgres` user when we are root."""
        prefix = ["runuser", "-u", SERVER_USER, "--"] if self.as_root else []
        result = subprocess.run(
            [*prefix, *map(str, command)], capture_output=True, text=True, timeout=120
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{command[0]} failed:\n{result.stdout}{result.stderr}\n{log}")

    def _prepare(self) -> None:
        self.sockets.mkdir()
        self.tls.mkdir()
        make_certificates(self.tls)
        if self.as_root:
            user = pwd.getpwnam(SERVER_USER)
            self.folder.chmod(0o755)
            for path in (self.folder, *self.folder.rglob("*")):
                os.chown(path, user.pw_uid, user.pw_gid)
        self._run(
            self.bin / "initdb",
            "-D",
            self.data,
            "--username=postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.sockets}'",
            "max_connections": "250",
            "fsync": "off",
            "full_page_writes": "off",
            "ssl": "on",
            "ssl_cert_file": f"'{self.tls / 'server.crt'}'",
            "ssl_key_file": f"'{self.tls / 'server.key'}'",
            "lc_messages": "'C'",
        }
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"hostssl {TLS_DATABASE} all 127.0.0.1/32 scram-sha-256\n"
            f"hostnossl {TLS_DATABASE} all 127.0.0.1/32 reject\n"
            "host all all 127.0.0.1/32 scram-sha-256\n",
            encoding="utf-8",
        )

    # -- run ---------------------------------------------------------------------------

    def start(self) -> None:
        self._run(self.bin / "pg_ctl", "start", "-D", self.data, "-l", self.log, "-w", "-t", "60")
        self.running = True

    def stop(self) -> None:
        """Stop at once (`immediate`): as a server that goes away under its clients."""
        if self.running:
            self._run(self.bin / "pg_ctl", "stop", "-D", self.data, "-m", "immediate", "-w")
            self.running = False

    def remove(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    @contextlib.contextmanager
    def stopped(self) -> Iterator[None]:
        """The server stopped for a while, started again afterwards whatever happened."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    # -- use ---------------------------------------------------------------------------

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """A superuser connection through the Unix socket (autocommit)."""
        return psycopg.connect(
            host=str(self.sockets),
            port=self.port,
            user="postgres",
            dbname=database,
            autocommit=True,
        )

    def create_role(self, name: str = ROLE, password: str = PASSWORD) -> None:
        with self.admin() as connection:
            exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
            if exists.fetchone() is None:
                connection.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                        sql.Identifier(name), sql.Literal(password)
                    )
                )

    def create_database(self, name: str, owner: str = ROLE) -> str:
        """A fresh, empty database `name` owned by `owner` (dropped first if there)."""
        with self.admin() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            connection.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(name), sql.Identifier(owner)
                )
            )
        return name

    def url(
        self,
        database: str,
        user: str = ROLE,
        password: str | None = None,
        host: str = "127.0.0.1",
        **parameters: str,
    ) -> str:
        """`postgresql://user[:password]@host:port/database[?parameters]`, encoded."""
        login = quote(user, safe="")
        if password is not None:
            login += ":" + quote(password, safe="")
        query = "&".join(f"{key}={quote(value, safe='')}" for key, value in parameters.items())
        address = f"postgresql://{login}@{host}:{self.port}/{quote(database, safe='')}"
        return f"{address}?{query}" if query else address

    def terminate(self, database: str) -> int:
        """End every pressetool connection to `database` from the server's side
        (`pg_terminate_backend`); how many there were."""
        with self.admin() as connection:
            rows = connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND application_name = 'pressetool' "
                "AND pid <> pg_backend_pid()",
                (database,),
            ).fetchall()
        return len(rows)

    def wait_until_ready(self, seconds: float = 30.0) -> None:
        end = time.monotonic() + seconds
        while True:
            try:
                with self.admin():
                    return
            except psycopg.OperationalError:
                if time.monotonic() > end:
                    raise
                time.sleep(0.1)


def make_certificates(folder: Path) -> None:
    """An office CA, a server certificate it signed for `localhost` and 127.0.0.1, and a
    second CA that signed nothing of this server (a wrong CA file)."""

    def openssl(*arguments: str) -> None:
        subprocess.run(
            ["openssl", *arguments], cwd=folder, check=True, capture_output=True, timeout=60
        )

    for ca in ("ca", "other-ca"):
        openssl(
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", f"/CN=pressetool test {ca}",
            "-keyout", f"{ca}.key", "-out", f"{ca}.crt",
        )  # fmt: skip
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
        "-keyout", "server.key", "-out", "server.csr",
    )  # fmt: skip
    (folder / "server.ext").write_text("subjectAltName = DNS:localhost, IP:127.0.0.1\n")
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.crt",
    )  # fmt: skip
    (folder / "server.key").chmod(0o600)
    for name in ("ca.crt", "other-ca.crt", "server.crt"):
        (folder / name).chmod(0o644)
