"""The number register: numbers given once, withdrawals, corrections, list, reindex.

Most cases call the CLI in-process (`main([...])`); the concurrency test and
the read-only folder test start real processes.
"""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Self

import pytest

from pressetool.cli import main
from pressetool.office import load_config
from pressetool.problems import InputError
from pressetool.reading.release_reader import read_release
from pressetool.register.allocation import ReindexResult, new_release, reindex_register
from pressetool.register.database import open_register
from pressetool.register.release_files import slug
from tests.builders import fill_in_body, office_folder
from tests.conftest import run_main, snapshot
from tests.register.life import published

REGISTER = Path("releases/register.sqlite")


@pytest.fixture
def here(office: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work inside the fresh office folder, as an officer would."""
    monkeypatch.chdir(office)
    return office


def new(title: str, date: str = "2020-03-02") -> Path:
    """A release taken with `new`, its text written and published."""
    return published(fill_in_body(new_release(load_config(), title, date)))


def numbers() -> list[str]:
    with open_register(load_config()) as register:
        return [f"{e.number.number:03d}/{e.number.year}" for e in register.entries()]


# -- taking numbers ----------------------------------------------------------------


def test_forty_processes_started_together_get_numbers_one_to_forty(here: Path) -> None:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pressetool",
                "new",
                "--title",
                f"Meldung {i}",
                "--date",
                "2020-05-04",
            ],
            cwd=here,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(40)
    ]
    results = [process.communicate(timeout=300) for process in processes]
    assert [p.returncode for p in processes] == [0] * 40, [err for _, err in results]
    printed = sorted(out.strip() for out, _ in results)
    assert len(set(printed)) == 40
    assert numbers() == [f"{n:03d}/2020" for n in range(1, 41)]
    files = sorted(p.name[:3] for p in (here / "releases/2020").glob("*.yaml"))
    assert files == [f"{n:03d}" for n in range(1, 41)]


def test_new_creates_the_skeleton_and_records_who_and_when(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run_main(
        capsys, "new", "--title", "Grünflächen in der Straße: Änderung", "--date", "2020-03-02"
    )
    assert status == 0
    path = Path(out.strip())
    assert path == Path("releases/2020/001-gruenflaechen-in-der-strasse-aenderung.yaml")
    text = path.read_text(encoding="utf-8")
    assert "number: 1\n" in text and "date: 2020-03-02\n" in text
    assert "title: 'Grünflächen in der Straße: Änderung'" in text
    assert "  name: Ephraim Gothe" in text  # [defaults] of pressetool.toml
    with open_register(load_config()) as register:
        (entry,) = register.entries()
    assert entry.taken_by == getpass.getuser()
    assert entry.taken_at is not None
    assert abs(entry.taken_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert entry.title == "Grünflächen in der Straße: Änderung"


def test_a_fresh_skeleton_only_lacks_the_text(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = new_release(load_config(), "Titel", "2020-03-02")
    status, _, err = run_main(capsys, "check", str(path))
    assert status == 1
    assert err.splitlines() == [
        f"Fehler: {path}, Zeile 21, Feld „body“: Das Pflichtfeld fehlt oder ist leer. "
        "Tragen Sie einen Wert ein.",
        "1 Fehler gefunden.",
    ]
    status, _, _ = run_main(capsys, "check", str(fill_in_body(path)))
    assert status == 0


class NewYearsEveInUtc(dt.datetime):
    """The clock of a computer that keeps UTC, at 23:30 on 31 December 2020: in Berlin
    it is 00:30 on 1 January 2021 already."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> Self:
        utc = dt.datetime(2020, 12, 31, 23, 30, tzinfo=dt.UTC)
        moment = utc.astimezone(tz) if tz else utc.replace(tzinfo=None)
        return cls.combine(moment.date(), moment.timetz())


def test_date_defaults_to_today_in_berlin(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The office's clock (pressetool.office's `dt`) stopped where UTC and Berlin are on
    different days, and years."""
    clock = types.SimpleNamespace(**{**vars(dt), "datetime": NewYearsEveInUtc})
    monkeypatch.setattr("pressetool.office.dt", clock)
    path = new_release(load_config(), "Heute")
    assert path.resolve() == here / "releases/2021/001-heute.yaml"
    assert "\ndate: 2021-01-01\n" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Grünfläche an der Straße", "gruenflaeche-an-der-strasse"),
        (
            "Veranstaltung „Voneinander wissen in Mitte“",
            "veranstaltung-voneinander-wissen-in-mitte",
        ),
        ("ÄÖÜ äöü ß", "aeoeue-aeoeue-ss"),
        ("Café – 3. Bürgerdialog!", "cafe-3-buergerdialog"),
        ("„…“", "pressemitteilung"),
        ("Sehr " * 30, "-".join(["sehr"] * 12)),
    ],
)
def test_slug_is_ascii(title: str, expected: str) -> None:
    assert slug(title) == expected


def test_a_number_is_not_given_again_after_its_file_was_deleted(here: Path) -> None:
    new("Eins")
    second = new("Zwei")
    second.unlink()
    assert new("Drei").name.startswith("003-")
    assert numbers() == ["001/2020", "002/2020", "003/2020"]


def test_a_number_is_not_given_again_after_a_withdrawal(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new("Eins")
    new("Zwei")
    assert run_main(capsys, "withdraw", "002/2020", "--reason", "Termin abgesagt")[0] == 0
    assert new("Drei").name.startswith("003-")


def test_a_lost_register_does_not_hand_out_a_number_a_file_carries(here: Path) -> None:
    new("Eins")
    new("Zwei")
    REGISTER.unlink()
    assert new("Drei").name.startswith("003-")


def test_a_lost_register_counts_a_file_renamed_without_its_number(here: Path) -> None:
    """`010-….yaml` renamed to `ohne-nummer.yaml` still says `number: 10` inside."""
    path = new("Eins")
    path.rename(path.with_name("ohne-nummer.yaml"))
    text = path.with_name("ohne-nummer.yaml").read_text(encoding="utf-8")
    path.with_name("ohne-nummer.yaml").write_text(
        text.replace("number: 1\n", "number: 10\n"), encoding="utf-8"
    )
    REGISTER.unlink()
    assert new("Zwei").name.startswith("011-")


# -- withdraw and correct ---------------------------------------------------------


def test_withdraw_marks_file_and_register_and_keeps_every_comment(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = new("Eins")
    before = path.read_text(encoding="utf-8").splitlines()
    status, out, _ = run_main(capsys, "withdraw", "001/2020", "--reason", "Termin: abgesagt")
    assert status == 0
    assert out.splitlines()[0] == f"Zurückgezogen: {path.relative_to(here)}"
    after = path.read_text(encoding="utf-8").splitlines()
    assert [line for line in before if line not in after] == ["status: published"]
    release = read_release(path)
    assert release.status.value == "withdrawn"
    assert release.withdrawal is not None and release.withdrawal.reason == "Termin: abgesagt"
    from pressetool.compose.press_release import compose_press_release

    first = compose_press_release(release, load_config()).blocks[0]
    assert first.text.startswith("Zurückgezogen am ") and first.text.endswith(": Termin: abgesagt.")
    rows = json.loads(run_main(capsys, "list", "--format", "json")[1])
    assert rows[0]["status"] == "withdrawn"
    assert rows[0]["withdrawal"]["reason"] == "Termin: abgesagt"


def test_correct_copies_the_release_under_the_next_number(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new("Eins", "2020-03-02")
    status, out, _ = run_main(capsys, "correct", "001/2020", "--date", "2021-01-04")
    assert status == 0
    path = Path(out.strip())
    assert path == Path("releases/2021/001-eins.yaml")
    release = read_release(path)
    assert release.number == 1 and release.date.isoformat() == "2021-01-04"
    assert release.correction_of is not None
    assert release.correction_of.original.number == 1
    from pressetool.compose.press_release import compose_press_release

    texts = [b.text for b in compose_press_release(release, load_config()).blocks]
    assert "Berichtigung zur Pressemitteilung Nr.\u00a0001/2020 vom 02.03.2020" in texts
    assert (
        texts.index("Eins")
        == texts.index("Berichtigung zur Pressemitteilung Nr.\u00a0001/2020 vom 02.03.2020") + 1
    )
    rows = json.loads(run_main(capsys, "list", "--format", "json", "--year", "2021")[1])
    assert [(r["number"], r["correction_of"]) for r in rows] == [("001/2021", "001/2020")]


def test_the_status_comment_of_a_correction_names_its_own_number(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new("Eins", "2020-03-02")
    new("Zwei", "2020-03-03")
    status, out, _ = run_main(capsys, "correct", "001/2020", "--date", "2020-03-04")
    assert status == 0
    lines = Path(out.strip()).read_text(encoding="utf-8").splitlines()
    comment = lines[lines.index("status: draft") - 6 : lines.index("status: draft")]
    assert comment == [
        "# auf jeder Seite „Entwurf“. Die Nummer 003/2020 bleibt ihm reserviert und wird nie ein",
        "# zweites Mal vergeben. Ändern Sie den Stand nicht von Hand, sondern mit",
        "#   pressetool publish 003/2020",
        "#     (prüft die Datei, setzt published und erzeugt PDF und DOCX), oder mit",
        '#   pressetool discard 003/2020 --reason "Grund"',
        "#     (wenn daraus keine Pressemitteilung wird).",
    ]


# -- list --------------------------------------------------------------------------


def test_list_as_csv_for_german_excel(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new("Eins; mit Semikolon", "2020-03-02")
    new("Zwei", "2020-03-03")
    main(["withdraw", "002/2020", "--reason", "falsch"])
    capsys.readouterr()
    status = main(["list", "--format", "csv"])
    raw = capsys.readouterr().out
    assert status == 0
    assert raw.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(raw[1:]), delimiter=";"))
    assert rows[0] == ["Nummer", "Datum", "Titel", "Status", "Versandt", "Einladungen versandt"]
    assert rows[1] == ["001/2020", "02.03.2020", "Eins; mit Semikolon", "veröffentlicht", "", ""]
    assert rows[2][:3] == ["002/2020", "03.03.2020", "Zwei"]
    assert rows[2][3].startswith("zurückgezogen am ") and rows[2][3].endswith(": falsch")


def test_list_table_and_year(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new("Eins", "2020-03-02")
    new("Zwei", "2021-03-03")
    status, out, _ = run_main(capsys, "list", "--year", "2021")
    assert status == 0
    assert out.splitlines() == [
        "Nummer    Datum       Titel  Status",
        "001/2021  03.03.2021  Zwei   veröffentlicht",
    ]


# -- wrong input: German message, exit 1, register unchanged -------------------------


def _garbage_register(office: Path) -> None:
    (office / REGISTER).write_bytes(b"Dies ist keine Datenbank.\n" * 100)


def _foreign_database(office: Path) -> None:
    (office / REGISTER).unlink()
    with sqlite3.connect(office / REGISTER) as connection:
        connection.execute("CREATE TABLE kunden (name TEXT)")


WRONG_INPUT: list[tuple[list[str], Callable[[Path], object] | None, str]] = [
    (
        ["withdraw", "999/2020", "--reason", "x"],
        None,
        "Fehler: Die Nummer 999/2020 ist nie vergeben worden.",
    ),
    (
        ["withdraw", "1-2020", "--reason", "x"],
        None,
        "Fehler: „1-2020“ ist keine Pressemitteilungsnummer. Schreiben Sie Nummer/Jahr, "
        "zum Beispiel 067/2020.",
    ),
    (["correct", "001/20"], None, "„001/20“ ist keine Pressemitteilungsnummer."),
    (["correct", "005/2020"], None, "Fehler: Die Nummer 005/2020 ist nie vergeben worden."),
    (["withdraw", "001/2020", "--reason", "  "], None, "Option „--reason“: Das Pflichtfeld fehlt"),
    (
        ["new", "--title", "X", "--date", "2020-02-30"],
        None,
        "Option „--date“: „2020-02-30“ ist kein gültiges Datum.",
    ),
    (["new", "--title", " "], None, "Option „--title“: Das Pflichtfeld fehlt"),
    (
        ["new", "--title", "X"],
        _garbage_register,
        "register.sqlite: Die Datei ist kein Nummernregister von pressetool; sie wurde nicht "
        "verändert.",
    ),
    (["list"], _garbage_register, "Die Datei ist kein Nummernregister von pressetool"),
    (
        ["withdraw", "001/2020", "--reason", "x"],
        _foreign_database,
        "Die Datei ist kein Nummernregister von pressetool",
    ),
    (["reindex"], _foreign_database, "Die Datei ist kein Nummernregister von pressetool"),
    (
        ["list"],
        lambda office: (office / REGISTER).unlink(),
        "Das Nummernregister gibt es noch nicht.",
    ),
    (
        ["new", "--title", "X"],
        lambda office: (office / "pressetool.toml").write_text(
            '[register]\ndatabase_url = "postgresql://presse:geheim@server/presse"\n',
            encoding="utf-8",
        ),
        "Feld „register.database_url“: Die Adresse „postgresql://presse@server/presse“ enthält "
        "ein Passwort. Ein Passwort gehört nie in pressetool.toml",
    ),
    (
        ["new", "--title", "X"],
        lambda office: (office / "pressetool.toml").write_text(
            '[defaults.issuer]\narticle = "der"\namt = "Bezirksamt"\n', encoding="utf-8"
        ),
        "Feld „defaults.issuer.amt“: Das Feld gibt es nicht.",
    ),
]


@pytest.mark.parametrize(("args", "spoil", "message"), WRONG_INPUT)
def test_wrong_input_changes_nothing(
    here: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    spoil: Callable[[Path], object] | None,
    message: str,
) -> None:
    new("Eins")
    if spoil:
        spoil(here)
    before = snapshot(here)
    status, _, err = run_main(capsys, *args)
    assert status == 1
    assert message in err
    assert "Traceback" not in err
    assert snapshot(here) == before


AS_OFFICER = """
import os, sys
import pressetool.cli, pressetool.office, pressetool.messages, pressetool.register.allocation
import anyascii, tempfile  # imported by pressetool only where used (a file's name, writing)
if os.geteuid() == 0:  # root may write everywhere: become an ordinary user
    os.setgid(65534)
    os.setuid(65534)
raise SystemExit(pressetool.cli.main(sys.argv[1:]))
"""


@pytest.fixture
def shared_office() -> Iterator[Path]:
    """An office another OS user can read: pytest's own tmp folder is private to root."""
    folder = Path(tempfile.mkdtemp(prefix="pressestelle-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def test_read_only_releases_folder(shared_office: Path) -> None:
    """`new` where the officer may not write: message, exit 1, nothing changed.

    The command runs in a real process; as root it first becomes the user nobody
    (with every module it needs loaded, since root's Python may lie in /root).
    """
    releases = office_folder(shared_office) / "releases"
    (releases / "2020").mkdir()
    new = ["new", "--title", "X", "--date", "2020-01-02"]
    subprocess.run([sys.executable, "-m", "pressetool", *new], cwd=shared_office, check=True)
    for path in (releases, releases / "2020"):
        path.chmod(0o555)
    for path in releases.rglob("*.*"):
        path.chmod(0o444)
    before = snapshot(shared_office)
    result = subprocess.run(
        [sys.executable, "-c", AS_OFFICER, *new],
        cwd=shared_office,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 1, result.stderr
    assert "Das Nummernregister lässt sich nicht schreiben" in result.stderr
    assert "es wurde nichts verändert" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(shared_office) == before


def test_a_year_folder_that_cannot_be_written_leaves_the_register_unchanged(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new("Eins")
    before = snapshot(here)

    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError(13, "Keine Berechtigung")

    monkeypatch.setattr("pressetool.output._write_temporary", refuse)
    with pytest.raises(InputError) as error:
        new_release(load_config(), "Zwei", "2020-03-02")
    assert "In den Ordner lässt sich nicht schreiben (keine Berechtigung)" in str(error.value)
    assert snapshot(here) == before


def test_a_number_taken_by_mistake_is_discarded_before_it_has_a_text(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = new_release(load_config(), "Versehentlich", "2020-03-02")  # body still empty
    status, _, _ = run_main(capsys, "discard", "001/2020", "--reason", "Versehen")
    assert status == 0
    assert "\nstatus: discarded\n" in path.read_text(encoding="utf-8")


# -- a register on a drive that is not connected -------------------------------------


def register_on(office: Path, drive: Path) -> None:
    """`[register] database_url` of the office names `register.sqlite` in `drive`."""
    settings = office / "pressetool.toml"
    text = settings.read_text(encoding="utf-8")
    default = 'database_url = "sqlite:///releases/register.sqlite"'
    assert default in text
    url = f'database_url = "sqlite:///{drive}/register.sqlite"'
    settings.write_text(text.replace(default, url), encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["new", "--title", "Neue Meldung", "--date", "2020-03-02"],
        ["list"],
        ["verify"],
    ],
)
def test_a_register_elsewhere_that_is_not_there_is_never_made_anew(
    here: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    """`[register] database_url` names a file on a network drive whose folder is there but
    empty (the drive not connected): an empty register there would give 001/2020 again."""
    drive = tmp_path / "laufwerk"
    drive.mkdir()
    register_on(here, drive)
    before = snapshot(here)
    status, out, err = run_main(capsys, *args)
    said = out + err  # verify reports what it found on standard output
    assert status == 1
    assert "Ist das Laufwerk verbunden?" in said
    assert "kein neues, leeres Register" in said
    assert "pressetool reindex" in said
    assert list(drive.iterdir()) == []
    assert snapshot(here) == before


NOT_REACHABLE = (
    "Das Nummernregister ist nicht da, wo pressetool.toml es hinlegt ([register] "
    "database_url). Ist das Laufwerk verbunden? Verbinden Sie es und versuchen Sie es noch "
    "einmal. pressetool legt dort kein neues, leeres Register an: es vergäbe Nummern ein "
    "zweites Mal. Ist das Register verloren, baut „pressetool reindex“ es aus den Dateien in "
    "releases/ neu auf."
)


@pytest.mark.parametrize(
    "args", [["new", "--title", "Neue Meldung", "--date", "2020-03-02"], ["reindex"]]
)
def test_a_register_up_and_out_of_the_office_folder_is_never_made_with_its_folder(
    here: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    """`sqlite:///../netzlaufwerk/register.sqlite` lies outside the office folder, though
    its path starts there; the drive's folder missing is a drive not connected."""
    new("Erste Meldung")
    register_on(here, Path("../netzlaufwerk"))
    before = snapshot(here)
    status, out, err = run_main(capsys, *args)
    assert (status, out) == (1, "")
    register = here / "../netzlaufwerk/register.sqlite"
    assert err.startswith(f"Fehler: {register}: {NOT_REACHABLE}\n")
    assert not (tmp_path / "netzlaufwerk").exists()
    assert snapshot(here) == before


def test_reindex_rebuilds_a_register_elsewhere(
    here: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new("Erste Meldung")
    drive = tmp_path / "laufwerk"
    drive.mkdir()
    register_on(here, drive)
    assert reindex_register(load_config()) == ReindexResult(files=1, added=1, created=True)
    assert numbers() == ["001/2020"]
    assert (drive / "register.sqlite").is_file()
    assert reindex_register(load_config()) == ReindexResult(files=1, added=0, created=False)


def test_publish_records_the_title_and_date_the_file_has_by_then(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A draft retitled and redated in the file after `new`: `list` shows what is published."""
    path = fill_in_body(new_release(load_config(), "Arbeitstitel", "2020-03-02"))
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("title: Arbeitstitel", "title: Endgültiger Titel").replace(
            "date: 2020-03-02", "date: 2020-03-05"
        ),
        encoding="utf-8",
    )
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    _status, out, _err = run_main(capsys, "list")
    assert out.splitlines()[1].split("  ")[:3] == ["001/2020", "05.03.2020", "Endgültiger Titel"]
