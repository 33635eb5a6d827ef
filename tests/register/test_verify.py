"""`verify` names every disagreement between register and files; `reindex` rebuilds."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from pressetool.office import load_config
from pressetool.register.allocation import new_release, reindex_register
from pressetool.register.release_files import set_field
from tests.builders import fill_in_body
from tests.conftest import run_main
from tests.register.life import published

REGISTER = Path("releases/register.sqlite")


@pytest.fixture
def three(office: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An office with 001/2020 … 003/2020, register and files in agreement."""
    monkeypatch.chdir(office)
    for title in ("Eins", "Zwei", "Drei"):
        published(fill_in_body(new_release(load_config(), title, "2020-03-02")))
    return office


def release(number: int) -> Path:
    (path,) = Path("releases/2020").glob(f"{number:03d}-*.yaml")
    return path


def forget_in_register(number: int) -> None:
    with sqlite3.connect(REGISTER) as connection:
        connection.execute("DELETE FROM release_numbers WHERE number = ?", (number,))


def copy_as(number: int, name: str, new_number: int) -> None:
    text = release(number).read_text(encoding="utf-8")
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(
        text.replace(f"number: {number}\n", f"number: {new_number}\n"), encoding="utf-8"
    )


def reindex_quietly() -> None:
    reindex_register(load_config())


def mark_withdrawn_without_reason(number: int) -> None:
    path = release(number)
    text = set_field(path.read_text(encoding="utf-8"), "status", ["status: withdrawn"])
    path.write_text(text, encoding="utf-8")


def lose_number_2() -> None:
    release(2).unlink()
    forget_in_register(2)


def lose_numbers_2_to_5() -> None:
    """006/2020 registered by reindex, 002 and 003 gone from files and register."""
    copy_as(3, "releases/2020/006-sechs.yaml", 6)
    forget_in_register(2)
    forget_in_register(3)
    release(2).unlink()
    release(3).unlink()
    reindex_quietly()


def move_3_to_2021() -> None:
    copy_as(3, "releases/2021/003-drei.yaml", 3)
    release(3).unlink()


DISAGREEMENTS: list[tuple[str, Callable[[], object], list[str]]] = [
    (
        "a number twice",
        lambda: copy_as(2, "releases/2020/002-kopie.yaml", 2),
        [
            "Abweichung: Die Nummer 002/2020 steht in mehreren Dateien: "
            "releases/2020/002-kopie.yaml, releases/2020/002-zwei.yaml. Geben Sie jeder Datei "
            "eine eigene Nummer (die nächste freie nennt „pressetool new“)."
        ],
    ),
    (
        "a gap",
        lose_number_2,
        [
            "Abweichung: Die Nummer 002/2020 fehlt: weder das Register noch eine Datei kennt "
            "sie. Stellen Sie die Datei wieder her oder vermerken Sie die Lücke."
        ],
    ),
    (
        "a gap of several numbers",
        lose_numbers_2_to_5,
        [
            "Abweichung: Die Nummern 002/2020 bis 005/2020 fehlen: weder das Register noch eine "
            "Datei kennt sie. Stellen Sie die Dateien wieder her oder vermerken Sie die Lücke."
        ],
    ),
    (
        "a number registered without a file",
        lambda: release(3).unlink(),
        [
            "Abweichung: Die Nummer 003/2020 ist im Register vergeben, aber keine Datei trägt "
            "sie. Stellen Sie die Datei wieder her; die Nummer wird nicht neu vergeben."
        ],
    ),
    (
        "a file not registered",
        lambda: copy_as(3, "releases/2020/004-vier.yaml", 4),
        [
            "Abweichung: releases/2020/004-vier.yaml: Die Nummer 004/2020 steht nicht im "
            "Register. Nehmen Sie sie mit „pressetool reindex“ auf."
        ],
    ),
    (
        "a file name that does not match its number",
        lambda: release(3).rename("releases/2020/009-drei.yaml"),
        [
            "Abweichung: releases/2020/009-drei.yaml: Der Dateiname passt nicht zur Nummer "
            "003/2020. Die Datei gehört in den Ordner releases/2020/ und ihr Name beginnt mit "
            "„003-“."
        ],
    ),
    (
        "a file in the wrong year's folder",
        move_3_to_2021,
        [
            "Abweichung: releases/2021/003-drei.yaml: Der Dateiname passt nicht zur Nummer "
            "003/2020. Die Datei gehört in den Ordner releases/2020/ und ihr Name beginnt mit "
            "„003-“."
        ],
    ),
    (
        "a withdrawn release without reason",
        lambda: mark_withdrawn_without_reason(1),
        [
            "Abweichung: releases/2020/001-eins.yaml, Feld „withdrawal“: Die Pressemitteilung "
            "ist als zurückgezogen markiert (status: withdrawn), aber Datum und Grund fehlen. "
            "Tragen Sie unter withdrawal date und reason ein.",
            "Abweichung: releases/2020/001-eins.yaml, Feld „status“: Nr. 001/2020: Im Register "
            "steht „veröffentlicht“, in der Datei „zurückgezogen“; die Datei wurde wohl von Hand "
            "geändert. Tragen Sie den Stand des Registers wieder in die Datei ein (status: "
            "published). Einen anderen Stand setzen pressetool publish, withdraw und discard, "
            "die Datei und Register zugleich ändern.",
        ],
    ),
    (
        "a file that is not YAML",
        lambda: Path("releases/2020/004-kaputt.yaml").write_text("title: [\n", encoding="utf-8"),
        [
            "Abweichung: releases/2020/004-kaputt.yaml, Zeile 2: Die Datei ist kein gültiges "
            "YAML: Einrückung oder Satzzeichen stimmen nicht."
        ],
    ),
]


@pytest.mark.parametrize(
    ("spoil", "expected"), [case[1:] for case in DISAGREEMENTS], ids=[c[0] for c in DISAGREEMENTS]
)
def test_verify_finds_each_disagreement(
    three: Path,
    capsys: pytest.CaptureFixture[str],
    spoil: Callable[[], object],
    expected: list[str],
) -> None:
    spoil()
    status, out, _ = run_main(capsys, "verify")
    assert status == 1
    summary = "1 Abweichung." if len(expected) == 1 else f"{len(expected)} Abweichungen."
    assert out.splitlines() == [*expected, summary]


def test_verify_agrees(three: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


def test_verify_without_register(three: Path, capsys: pytest.CaptureFixture[str]) -> None:
    REGISTER.unlink()
    status, out, _ = run_main(capsys, "verify")
    assert status == 1
    assert "Das Nummernregister gibt es noch nicht." in out
    assert out.count("steht nicht im Register") == 3


def test_reindex_rebuilds_a_lost_register_with_withdrawals_and_corrections(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "withdraw", "002/2020", "--reason", "Termin abgesagt")[0] == 0
    assert run_main(capsys, "correct", "002/2020", "--date", "2020-03-05")[0] == 0
    before = json.loads(run_main(capsys, "list", "--format", "json")[1])
    REGISTER.unlink()
    status, out, _ = run_main(capsys, "reindex")
    assert (status, out) == (
        0,
        "Register aus 4 Dateien neu aufgebaut; 4 Nummern neu aufgenommen.\n",
    )
    after = json.loads(run_main(capsys, "list", "--format", "json")[1])
    kept = ("number", "date", "title", "status", "withdrawal", "correction_of")
    assert [{k: row[k] for k in kept} for row in after] == [
        {k: row[k] for k in kept} for row in before
    ]
    assert {row["origin"] for row in after} == {"reindex"}
    assert run_main(capsys, "verify")[0] == 0


def test_reindex_keeps_numbers_without_file_and_a_withdrawal_the_file_lost(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, "withdraw", "002/2020", "--reason", "Termin abgesagt")
    original = release(2).read_text(encoding="utf-8")
    release(2).write_text(original.split("status: withdrawn")[0], encoding="utf-8")
    release(3).unlink()
    assert run_main(capsys, "reindex")[0] == 0
    rows = json.loads(run_main(capsys, "list", "--format", "json")[1])
    assert [(r["number"], r["status"]) for r in rows] == [
        ("001/2020", "published"),
        ("002/2020", "withdrawn"),
        ("003/2020", "published"),
    ]
    assert rows[1]["withdrawal"]["reason"] == "Termin abgesagt"
    assert new_release(load_config(), "Vier", "2020-03-09").name.startswith("004-")


def test_reindex_refuses_numbers_twice_and_changes_nothing(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(release(1), "releases/2020/001-kopie.yaml")
    before = REGISTER.read_bytes()
    status, _, err = run_main(capsys, "reindex")
    assert status == 1
    assert "Fehler: Die Nummer 001/2020 steht in mehreren Dateien" in err
    assert REGISTER.read_bytes() == before
