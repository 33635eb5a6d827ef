"""The register against what offices really meet: odd folder names, empty or broken
register files, hand-edited rows and typos in numbers.

Every case goes through the command line and checks the message, the exit status
and that nothing was written or changed.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from pressetool.office import load_config
from pressetool.register.allocation import new_release
from tests.conftest import files_below, fill_in_body, run_main, run_pressetool
from tests.readback import PROJECT

REGISTER = Path("releases/register.sqlite")


# -- the register is where the settings say -------------------------------------------


@pytest.mark.parametrize("name", ["Amt #1 ?%", "Presse%20stelle", "a?mode=ro", "Bezirk #2"])
def test_the_register_lies_in_an_office_folder_with_uri_characters_in_its_name(
    tmp_path: Path, name: str
) -> None:
    office = tmp_path / name
    (office / "releases").mkdir(parents=True)
    shutil.copy(PROJECT / "pressetool.toml", office / "pressetool.toml")
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
    """The office folder with 001/2020, register and file; the current folder."""
    monkeypatch.chdir(office)
    fill_in_body(new_release(load_config(), "Eins", "2020-03-02"))
    return office


def _everything(folder: Path) -> dict[str, object]:
    """Every path below `folder` (also folders and links) with what it holds."""
    seen: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            seen[str(path)] = ("link", str(path.readlink()))
        elif path.is_dir():
            seen[str(path)] = "folder"
        else:
            seen[str(path)] = path.read_bytes()
    return seen


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
    before = _everything(here.parent)
    status, out, err = run_main(capsys, *args)
    assert status == 1
    assert f"{here / REGISTER}: {expected}" in out + err
    assert "Traceback" not in err
    assert _everything(here.parent) == before


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
    before = _everything(office)
    status, _, err = run_main(capsys, "new", "--title", "Eins", "--date", "2020-03-02")
    assert status == 1
    assert f"Prüfen Sie, ob Sie im Ordner „{office / 'ablage'}“ schreiben dürfen" in err
    assert _everything(office) == before
