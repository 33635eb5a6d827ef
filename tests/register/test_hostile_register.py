"""The register against what offices really meet: odd folder names, empty or broken
register files, hand-edited rows and typos in numbers.

Every case goes through the command line and checks the message, the exit status
and that nothing was written or changed.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from pressetool.office import load_config
from pressetool.register.allocation import new_release
from tests.builders import fill_in_body, office_folder
from tests.conftest import everything, files_below, run_main, run_pressetool

REGISTER = Path("releases/register.sqlite")


# -- the register is where the settings say -------------------------------------------


@pytest.mark.parametrize("name", ["Amt #1 ?%", "Presse%20stelle", "a?mode=ro", "Bezirk #2"])
def test_the_register_lies_in_an_office_folder_with_uri_characters_in_its_name(
    tmp_path: Path, name: str
) -> None:
    office = office_folder(tmp_path / name)
    for title in ("Eins", "Zwei"):
        result = run_pressetool("new", "--title", title, "--date", "2020-03-02", cwd=office)
        assert result.status == 0, result.stderr
    assert (office / REGISTER).is_file()
    assert [p for p in files_below(tmp_path) if p.name.startswith("register")] == [
        office / REGISTER
    ]
    listed = run_pressetool("list", cwd=office)
    assert listed.status == 0, listed.stderr
    assert "002/2020" in listed.stdout


# -- a register file that is there but not a valid register is never touched ---------


@pytest.fixture
def here(office: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The office folder with 001/2020, register and a finished file; the current folder."""
    monkeypatch.chdir(office)
    fill_in_body(new_release(load_config(), "Eins", "2020-03-02"))
    return office


def _empty(office: Path) -> None:
    (office / REGISTER).write_bytes(b"")


def _sqlite_without_tables(office: Path) -> None:
    (office / REGISTER).unlink()
    with closing(sqlite3.connect(office / REGISTER)) as connection:
        connection.execute("PRAGMA user_version = 7")


def _cut_in_half(office: Path) -> None:
    register = office / REGISTER
    with closing(sqlite3.connect(register)) as connection:  # make it a few pages long
        connection.execute("UPDATE release_numbers SET title = :title", {"title": "x" * 20_000})
        connection.commit()
    data = register.read_bytes()
    register.write_bytes(data[: len(data) // 2])


def _without_a_column(office: Path) -> None:
    with closing(sqlite3.connect(office / REGISTER)) as connection:
        connection.execute("ALTER TABLE release_numbers DROP COLUMN origin")
        connection.commit()


def _other_marker(office: Path) -> None:
    with closing(sqlite3.connect(office / REGISTER)) as connection:
        connection.execute("UPDATE pressetool_register SET value = 'kasse' WHERE key = 'format'")
        connection.commit()


def _a_folder(office: Path) -> None:
    (office / REGISTER).unlink()
    (office / REGISTER).mkdir()


def _link_to_a_drive_not_connected(office: Path) -> None:
    (office / REGISTER).unlink()
    (office / REGISTER).symlink_to(office.parent / "laufwerk" / "register.sqlite")


NOT_A_REGISTER: list[tuple[Callable[[Path], None], str]] = [
    (_empty, "Das Nummernregister ist leer (0 Byte), etwa nach einer abgebrochenen Kopie"),
    (_sqlite_without_tables, "Die Datei ist kein Nummernregister von pressetool"),
    (_cut_in_half, "Das Nummernregister ist beschädigt"),
    (_without_a_column, "Die Datei ist kein Nummernregister von pressetool"),
    (_other_marker, "Die Datei ist kein Nummernregister von pressetool"),
    (_a_folder, "Die Datei ist kein Nummernregister von pressetool"),
    (_link_to_a_drive_not_connected, "Das Nummernregister ist eine Verknüpfung auf „"),
]
COMMANDS = [
    ["new", "--title", "Zwei", "--date", "2020-03-03"],
    ["correct", "001/2020", "--date", "2020-03-03"],
    ["withdraw", "001/2020", "--reason", "falsch"],
    ["list", "--format", "csv"],
    ["verify"],
    ["reindex"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[c[0] for c in COMMANDS])
@pytest.mark.parametrize(
    ("spoil", "expected"), NOT_A_REGISTER, ids=[s.__name__ for s, _ in NOT_A_REGISTER]
)
def test_a_file_that_is_not_a_valid_register_is_never_recreated_or_changed(
    here: Path,
    capsys: pytest.CaptureFixture[str],
    spoil: Callable[[Path], None],
    expected: str,
    args: list[str],
) -> None:
    spoil(here)
    before = everything(here.parent)
    status, out, err = run_main(capsys, *args)
    assert status == 1
    assert f"{here / REGISTER}: {expected}" in out + err
    assert "Traceback" not in err
    assert everything(here.parent) == before


def test_an_empty_register_says_how_to_restore_it_and_the_advice_works(here: Path) -> None:
    (here / REGISTER).write_bytes(b"")
    result = run_pressetool("new", "--title", "Zwei", "--date", "2020-03-03", cwd=here)
    assert result.status == 1
    assert result.stderr.splitlines() == [
        f"Fehler: {here / REGISTER}: Das Nummernregister ist leer (0 Byte), etwa nach einer "
        "abgebrochenen Kopie oder Synchronisierung. pressetool legt kein neues an seiner Stelle "
        "an, denn das vergäbe Nummern ein zweites Mal; es wurde nichts verändert. Holen Sie das "
        "Register aus der Sicherung zurück, oder verschieben Sie die leere Datei und bauen Sie "
        "das Register mit „pressetool reindex“ aus den Dateien in releases/ neu auf.",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]
    assert (here / REGISTER).read_bytes() == b""
    assert len(list((here / "releases/2020").iterdir())) == 1
    (here / REGISTER).rename(here / "releases/register-leer.sqlite")
    assert run_pressetool("reindex", cwd=here).status == 0
    again = run_pressetool("new", "--title", "Zwei", "--date", "2020-03-03", cwd=here)
    assert again.status == 0, again.stderr
    assert again.stdout.startswith("releases/2020/002-zwei.yaml")


def test_a_new_register_leaves_no_temporary_file(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(office)
    assert run_main(capsys, "new", "--title", "Eins", "--date", "2020-03-02")[0] == 0
    assert sorted(p.name for p in (office / "releases").iterdir()) == ["2020", "register.sqlite"]


def test_a_register_that_cannot_be_created_names_the_folder(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(office)
    (office / "ablage").write_text("eine Datei, kein Ordner\n", encoding="utf-8")
    monkeypatch.setenv("PRESSETOOL_DATABASE_URL", f"sqlite:///{office}/ablage/register.sqlite")
    before = everything(office)
    status, _, err = run_main(capsys, "new", "--title", "Eins", "--date", "2020-03-02")
    assert status == 1
    assert f"Prüfen Sie, ob Sie im Ordner „{office / 'ablage'}“ schreiben dürfen" in err
    assert everything(office) == before


# -- numbers: 1 to 9999 in a year --------------------------------------------------------

FIRST = Path("releases/2020/001-eins.yaml")


def _copy(number: str, name: str) -> Path:
    """A copy of 001/2020 as `releases/2020/{name}`, its field `number` set to `number`."""
    text = FIRST.read_text(encoding="utf-8").replace("number: 1\n", f"number: {number}\n", 1)
    path = FIRST.parent / name
    path.write_text(text, encoding="utf-8")
    return path


def _register_row(number: int) -> None:
    """A row as an older pressetool took it in: a copy of 001/2020's row under `number`."""
    with closing(sqlite3.connect(REGISTER)) as connection:
        connection.execute(
            "INSERT INTO release_numbers SELECT year, :number, release_date, title, status, "
            "withdrawn_on, withdrawal_reason, correction_of, taken_at, taken_by, origin "
            "FROM release_numbers WHERE number = 1",
            {"number": number},
        )
        connection.commit()


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("1000000067", "1000000067"),
        ("²", "²"),
        ("٦٧", "٦٧"),
        ("0", "0"),
        ("10000", "10000"),
        ("-1", "-1"),
        ("1e3", "1e3"),
        ("67.0", "67.0"),
        ("0x43", "0x43"),
        ("1" * 5000, "1" * 20 + "…"),
        ("[1, 2]", "…"),
    ],
)
def test_a_number_outside_one_to_9999_is_refused_naming_the_bound(
    here: Path, capsys: pytest.CaptureFixture[str], written: str, shown: str
) -> None:
    FIRST.write_text(
        FIRST.read_text(encoding="utf-8").replace("number: 1\n", f"number: {written}\n", 1),
        encoding="utf-8",
    )
    before = everything(here)
    status, _, err = run_main(capsys, "check", str(FIRST))
    assert status == 1
    assert err.splitlines() == [
        f"Fehler: {FIRST}, Zeile 7, Feld „number“: „{shown}“ ist keine Nummer von 1 bis 9999; "
        "mehr Nummern hat ein Jahr nicht. Schreiben Sie die Nummer, die „pressetool new“ "
        "vergeben hat: Sie steht vorn im Dateinamen, zum Beispiel 67 bei 067-….yaml.",
        "1 Fehler gefunden.",
    ]
    assert everything(here) == before


@pytest.mark.parametrize("written", ["1", "0001", "9999"])
def test_the_bounds_themselves_are_numbers(
    here: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    path = _copy(written, f"{int(written):03d}-grenze.yaml")
    assert run_main(capsys, "check", str(path))[0] == 0


@pytest.mark.parametrize("args", [["build", str(FIRST)], ["reindex"], ["verify"]])
def test_a_number_typo_stops_every_command_that_reads_the_file(
    here: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    _copy("1000000067", FIRST.name)
    before = everything(here)
    status, out, err = run_main(capsys, *args)
    assert status == 1
    assert f"{FIRST}, Zeile 7, Feld „number“: „1000000067“ ist keine Nummer von 1 bis 9999" in (
        out + err
    )
    assert everything(here) == before


def test_new_never_counts_on_from_a_file_name_beyond_9999(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _copy("1000000067", "1000000067-tippfehler.yaml")
    status, out, _ = run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-03")
    assert (status, out) == (0, "releases/2020/002-zwei.yaml\n")


def test_new_never_counts_on_from_a_register_number_beyond_9999(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _register_row(1000000067)
    status, out, _ = run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-03")
    assert (status, out) == (0, "releases/2020/002-zwei.yaml\n")


@pytest.mark.parametrize("where", ["register", "file name"])
def test_after_9999_a_year_has_no_next_number(
    here: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    if where == "register":
        _register_row(9999)
    else:
        _copy("9999", "9999-letzte.yaml")
    before = everything(here)
    status, _, err = run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-03")
    assert status == 1
    assert err.splitlines()[0] == (
        "Fehler: Im Jahr 2020 ist die Nummer 9999 schon vergeben, die höchste, die ein Jahr "
        "hat; es wurde keine Nummer vergeben. Prüfen Sie mit „pressetool verify“, ob eine "
        "Nummer oder ein Dateiname einen Tippfehler enthält."
    )
    assert everything(here) == before


def test_verify_reports_gaps_as_runs_up_to_9999(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _copy("3", "003-drei.yaml")
    _copy("9999", "9999-letzte.yaml")
    assert run_main(capsys, "reindex")[0] == 0
    status, out, _ = run_main(capsys, "verify")
    assert status == 1
    assert out.splitlines() == [
        "Abweichung: Die Nummer 002/2020 fehlt: weder das Register noch eine Datei kennt sie. "
        "Stellen Sie die Datei aus der Sicherung wieder her und nehmen Sie sie mit „pressetool "
        "reindex“ auf; wurde die Nummer nie verwendet, vermerken Sie die Lücke mit pressetool "
        'discard 002/2020 --reason "Grund".',
        "Abweichung: Die Nummern 004/2020 bis 9998/2020 fehlen: weder das Register noch eine "
        "Datei kennt sie. Stellen Sie die Dateien aus der Sicherung wieder her und nehmen Sie sie "
        "mit „pressetool reindex“ auf; wurden die Nummern nie verwendet, vermerken Sie die Lücke "
        'mit pressetool discard 004/2020-9998/2020 --reason "Grund".',
        "2 Abweichungen.",
    ]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_verify_with_a_number_typo_finishes_quickly_in_little_memory(here: Path) -> None:
    """The typo as an older pressetool left it: in a file and taken into the register."""
    _copy("1000000067", "1000000067-tippfehler.yaml")
    _register_row(1000000067)
    result = subprocess.run(
        [sys.executable, "-m", "pressetool", "verify"],
        cwd=here,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        preexec_fn=_limit_memory,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "„1000000067“ ist keine Nummer von 1 bis 9999" in result.stdout


# -- years: 1900 to 2999 ------------------------------------------------------------------

YEAR_HINT = "; pressetool führt Nummern nur für die Jahre 1900 bis 2999. Prüfen Sie das Jahr"

WRONG_YEARS: list[tuple[list[str], str]] = [
    (
        ["new", "--title", "X", "--date", "0202-03-02"],
        "Option „--date“: „0202-03-02“ nennt das Jahr 202",
    ),
    (["new", "--title", "X", "--date", "1899-12-31"], "„1899-12-31“ nennt das Jahr 1899"),
    (["new", "--title", "X", "--date", "3000-01-01"], "„3000-01-01“ nennt das Jahr 3000"),
    (["correct", "001/2020", "--date", "9999-12-31"], "„9999-12-31“ nennt das Jahr 9999"),
    (["withdraw", "001/0000", "--reason", "x"], "Fehler: „001/0000“ nennt das Jahr 0"),
    (["correct", "001/3000"], "Fehler: „001/3000“ nennt das Jahr 3000"),
    (["list", "--year", "20020"], "Fehler: Option „--year“: „20020“ nennt das Jahr 20020"),
]


@pytest.mark.parametrize(("args", "expected"), WRONG_YEARS)
def test_a_year_outside_1900_to_2999_is_refused(
    here: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    before = everything(here)
    status, _, err = run_main(capsys, *args)
    assert status == 1
    assert expected + YEAR_HINT in err
    assert everything(here) == before


@pytest.mark.parametrize("date", ["1900-01-01", "2999-12-31"])
def test_the_first_and_last_year_take_numbers(
    here: Path, capsys: pytest.CaptureFixture[str], date: str
) -> None:
    status, out, _ = run_main(capsys, "new", "--title", "Grenze", "--date", date)
    assert (status, out) == (0, f"releases/{date[:4]}/001-grenze.yaml\n")


@pytest.mark.parametrize("command", ["reindex", "verify"])
def test_a_release_dated_in_a_year_outside_is_not_taken_into_the_register(
    here: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    text = FIRST.read_text(encoding="utf-8").replace("date: 2020-03-02\n", "date: 0202-03-02\n", 1)
    FIRST.write_text(text, encoding="utf-8")
    before = everything(here)
    status, out, err = run_main(capsys, command)
    assert status == 1
    assert f"{FIRST}, Zeile 9, Feld „date“: „0202-03-02“ nennt das Jahr 202{YEAR_HINT}" in (
        out + err
    )
    assert everything(here) == before


# -- a row edited by hand ------------------------------------------------------------------


def _edit_row(column: str, value: object) -> None:
    """What an officer can do in an SQLite program: first lift the column types and
    NOT NULL (as "modify table" does), then write `value` into 001/2020's row."""
    with closing(sqlite3.connect(REGISTER)) as connection:
        connection.executescript(
            "ALTER TABLE release_numbers RENAME TO old_numbers;"
            "CREATE TABLE release_numbers (year, number, release_date, title, status, "
            "withdrawn_on, withdrawal_reason, correction_of, taken_at, taken_by, origin, "
            "PRIMARY KEY (year, number));"
            "INSERT INTO release_numbers SELECT * FROM old_numbers;"
            "DROP TABLE old_numbers;"
        )
        connection.execute(
            f"UPDATE release_numbers SET {column} = :value WHERE rowid = 1", {"value": value}
        )
        connection.commit()


ROW = "Zeile 1 (rowid) des Nummernregisters, Spalte"
BAD_CELLS: list[tuple[str, object, str]] = [
    ("release_date", "2.1.2024", "„2.1.2024“ ist kein Datum der Form JJJJ-MM-TT"),
    ("release_date", None, "„NULL“ ist kein Datum der Form JJJJ-MM-TT"),
    ("release_date", "2024-02-30", "„2024-02-30“ ist kein Datum"),
    ("year", "zwanzig", "„zwanzig“ ist keine ganze Zahl von 1900 bis 2999"),
    ("year", 1850, "„1850“ ist keine ganze Zahl von 1900 bis 2999"),
    ("number", "67", "„67“ ist keine ganze Zahl von 1 bis 9999"),
    ("number", None, "„NULL“ ist keine ganze Zahl von 1 bis 9999"),
    ("number", 1.5, "„1.5“ ist keine ganze Zahl von 1 bis 9999"),
    ("number", 1000000067, "„1000000067“ ist keine ganze Zahl von 1 bis 9999"),
    ("title", b"\x00\xff", "„x'00ff'“ ist kein Text"),
    ("title", None, "„NULL“ ist kein Text"),
    (
        "status",
        "storniert",
        "„storniert“ ist hier nicht möglich, nur draft oder published oder withdrawn oder "
        "discarded",
    ),
    ("withdrawn_on", "gestern", "„gestern“ ist kein Datum der Form JJJJ-MM-TT"),
    ("withdrawal_reason", 42, "„42“ ist kein Text"),
    ("correction_of", "1/20", "„1/20“ ist keine Pressemitteilungsnummer der Form NNN/JJJJ"),
    ("taken_at", "letzte Woche", "„letzte Woche“ ist kein Zeitpunkt"),
    ("taken_by", None, "„NULL“ ist kein Text"),
    ("origin", "import", "„import“ ist hier nicht möglich, nur new oder correct oder reindex"),
]
READERS = [
    ["list"],
    ["list", "--format", "csv"],
    ["list", "--format", "json"],
    ["list", "--year", "2020"],
    ["verify"],
    ["withdraw", "001/2020", "--reason", "falsch"],
    ["correct", "001/2020"],
    ["reindex"],
]


HAND_EDITS = [
    pytest.param(*cell, args, id=f"{cell[0]}={cell[1]!r} {' '.join(args[:3])}")
    for cell in BAD_CELLS
    for args in READERS
    if not (cell[0] == "year" and "--year" in args)  # that row is of no year, not of 2020
]


@pytest.mark.parametrize(("column", "value", "expected", "args"), HAND_EDITS)
def test_a_hand_edited_cell_is_named_by_row_and_column(
    here: Path,
    capsys: pytest.CaptureFixture[str],
    column: str,
    value: object,
    expected: str,
    args: list[str],
) -> None:
    _edit_row(column, value)
    before = everything(here)
    status, out, err = run_main(capsys, *args)
    assert status == 1
    assert f"{here / REGISTER}: {ROW} „{column}“: {expected}" in out + err
    assert "Traceback" not in err
    assert everything(here) == before


def test_list_names_the_hand_edited_date_in_full(here: Path) -> None:
    _edit_row("release_date", "2.1.2024")
    before = everything(here)
    result = run_pressetool("list", cwd=here)
    assert result.status == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"Fehler: {here / REGISTER}: Zeile 1 (rowid) des Nummernregisters, Spalte "
        "„release_date“: „2.1.2024“ ist kein Datum der Form JJJJ-MM-TT, zum Beispiel "
        "2024-01-02. Korrigieren Sie den Wert mit einem SQLite-Programm, oder verschieben Sie "
        "die Datei und bauen Sie das Register mit „pressetool reindex“ neu auf; es wurde "
        "nichts verändert.",
        "1 Fehler gefunden.",
    ]
    assert everything(here) == before


def test_every_bad_cell_of_every_row_is_named_at_once(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-03")[0] == 0
    _edit_row("release_date", "2.1.2024")
    with closing(sqlite3.connect(REGISTER)) as connection:
        connection.execute("UPDATE release_numbers SET status = 'weg', origin = 7 WHERE rowid = 2")
        connection.commit()
    status, out, _ = run_main(capsys, "verify")
    assert status == 1
    named = [line.split(": ", 2)[2].split(":")[0] for line in out.splitlines()[:-1]]
    assert named == [
        "Zeile 1 (rowid) des Nummernregisters, Spalte „release_date“",
        "Zeile 2 (rowid) des Nummernregisters, Spalte „status“",
        "Zeile 2 (rowid) des Nummernregisters, Spalte „origin“",
    ]


@pytest.mark.parametrize("column", ["release_date", "title", "status", "taken_at", "origin"])
def test_a_bad_cell_does_not_stop_what_does_not_read_it(
    here: Path, capsys: pytest.CaptureFixture[str], column: str
) -> None:
    """new reads year and number only; discard reads the row it discards."""
    assert run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-03")[0] == 0
    _edit_row(column, None)
    assert run_main(capsys, "new", "--title", "Drei", "--date", "2020-03-04")[1:2] == (
        "releases/2020/003-drei.yaml\n",
    )
    assert run_main(capsys, "discard", "002/2020", "--reason", "falsch")[0] == 0


@pytest.mark.parametrize(
    ("column", "value"), [("year", "zwanzig"), ("number", "1"), ("number", None)]
)
def test_new_stops_at_a_row_whose_number_cannot_be_read(
    here: Path, capsys: pytest.CaptureFixture[str], column: str, value: object
) -> None:
    """That row may stand for any number; counting on could give it a second time."""
    _edit_row(column, value)
    before = everything(here)
    status, _, err = run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-03")
    assert status == 1
    assert f"{ROW} „{column}“: „{value if value else 'NULL'}“ ist keine ganze Zahl" in err
    assert everything(here) == before


def test_register_init_on_a_hand_edited_version_names_the_register_not_the_folder(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Version 0 written by hand: the migrations meet tables that are there already, which
    is no folder that cannot be written."""
    with closing(sqlite3.connect(here / REGISTER)) as connection:
        connection.execute("UPDATE pressetool_register SET value = '0' WHERE key = 'version'")
        connection.commit()
    before = everything(here.parent)
    assert run_main(capsys, "register", "init") == (
        1,
        "",
        f"Fehler: {here / REGISTER}: Die Datei ist kein Nummernregister von pressetool; sie "
        "wurde nicht verändert. Prüfen Sie database_url unter [register] in pressetool.toml, "
        "oder verschieben Sie die Datei und bauen Sie das Register mit „pressetool reindex“ "
        "neu auf.\n1 Fehler gefunden. Es wurde keine Datei geschrieben.\n",
    )
    assert everything(here.parent) == before
