"""Benchmark (not a test): the register on SQLite and on a shared PostgreSQL server.

For each database: the wall time of 100 `pressetool new` from two workstations
at once (two paths to the same office folder, as two PCs mount a file share; 50
commands one after another on each, every command a process of its own, as an
officer runs it), and of one `pressetool list` (table and JSON) of a register
of 10,000 entries. The PostgreSQL server is the tests' own
(`tests/postgres_server.py`): started here in a temporary folder over TCP with
TLS and a password, stopped at the end.

    python scripts/bench_register.py
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from pressetool.models import ReleaseNumber, Status  # noqa: E402
from pressetool.office import load_config  # noqa: E402
from pressetool.register.database import Entry, open_register  # noqa: E402
from pressetool.register.maintenance import init_register, switched_config_text  # noqa: E402
from tests.postgres_server import PASSWORD, PostgresServer  # noqa: E402

PRESSETOOL = str(Path(sys.executable).with_name("pressetool"))
NEW_PER_WORKSTATION = 50
LIST_ENTRIES = 10_000


def office(folder: Path, url: str | None) -> Path:
    (folder / "releases").mkdir(parents=True)
    settings = (PROJECT / "pressetool.toml").read_text(encoding="utf-8")
    if url is not None:
        settings = switched_config_text(settings, url)
    (folder / "pressetool.toml").write_text(settings, encoding="utf-8")
    return folder


def run(folder: Path, *args: str) -> str:
    result = subprocess.run(
        [PRESSETOOL, *args], cwd=folder, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"pressetool {' '.join(args)}: {result.stderr}")
    return result.stdout


def two_workstations(share: Path, scratch: Path) -> float:
    """Seconds for 50 `new` on each of two workstations at the same time."""
    mounted = scratch / "arbeitsplatz-b"
    mounted.symlink_to(share, target_is_directory=True)

    def workstation(folder: Path, name: str) -> None:
        for i in range(NEW_PER_WORKSTATION):
            run(folder, "new", "--title", f"Meldung {name} {i}", "--date", "2020-05-04")

    threads = [
        threading.Thread(target=workstation, args=(folder, name))
        for folder, name in ((share, "A"), (mounted, "B"))
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    files = sorted(p.name[:3] for p in (share / "releases/2020").glob("*.yaml"))
    expected = [f"{n:03d}" for n in range(1, 2 * NEW_PER_WORKSTATION + 1)]
    if files != expected:
        raise SystemExit(f"{share}: the numbers are not 1..100: {files}")
    return seconds


def fill(folder: Path) -> None:
    """10,000 entries (100 years of 100 numbers), written in one transaction."""
    os.chdir(folder)
    taken = dt.datetime(2024, 1, 2, 9, 30, tzinfo=dt.UTC)
    with open_register(load_config(folder), create=True) as register, register.writing():
        for index in range(LIST_ENTRIES):
            year, number = 1950 + index // 100, index % 100 + 1
            register.copy(
                Entry(
                    ReleaseNumber(number, year),
                    dt.date(year, 3, 2),
                    f"Meldung {number} des Jahres {year}",
                    status=Status.PUBLISHED,
                    taken_at=taken,
                    taken_by="bench",
                )
            )


def timed_lists(folder: Path) -> tuple[float, float]:
    times = []
    for form in ("table", "json"):
        start = time.perf_counter()
        out = run(folder, "list", "--format", form)
        times.append(time.perf_counter() - start)
        if out.count("Meldung") < LIST_ENTRIES:
            raise SystemExit(f"list --format {form}: fewer than {LIST_ENTRIES} entries")
    return times[0], times[1]


def main() -> None:
    server = PostgresServer()
    rows: list[tuple[str, float, float, float]] = []
    try:
        server.start()
        server.create_role()
        os.environ["PGPASSWORD"] = PASSWORD
        os.environ.pop("PRESSETOOL_DATABASE_URL", None)
        with tempfile.TemporaryDirectory() as scratch_folder:
            scratch = Path(scratch_folder)
            for name, url in (
                ("SQLite (eine Datei im Ordner)", None),
                ("PostgreSQL (TCP, TLS, Passwort)", server.url(server.create_database("bench"))),
            ):
                case = scratch / name.split()[0].lower()
                share = office(case / "share", url)
                if url is not None:
                    init_register(load_config(share))
                new_seconds = two_workstations(share, case)
                listing = office(case / "list", None if url is None else server.url(
                    server.create_database("bench_list")))  # fmt: skip
                if url is not None:
                    init_register(load_config(listing))
                fill(listing)
                os.chdir(PROJECT)
                table, json = timed_lists(listing)
                rows.append((name, new_seconds, table, json))
                shutil.rmtree(case, ignore_errors=True)
    finally:
        server.remove()
    total = 2 * NEW_PER_WORKSTATION
    print(f"{'Register':<34} {total} new (2 Plätze)  je new   list 10.000  list --format json")
    for name, new_seconds, table, json in rows:
        print(
            f"{name:<34} {new_seconds:>10.1f} s  {new_seconds / total * 2 * 1000:>6.0f} ms"
            f"  {table:>9.2f} s  {json:>12.2f} s"
        )
    print(
        "je new: Wartezeit eines Arbeitsplatzes für einen Aufruf (zwei arbeiten gleichzeitig); "
        "jeder Aufruf ist ein eigener Prozess (Python-Start eingeschlossen)."
    )


if __name__ == "__main__":
    main()
