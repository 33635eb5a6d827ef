"""`verify` names every disagreement between register and files; `reindex` rebuilds."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from pressetool.office import load_config
from pressetool.problems import Problem, Severity
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


def typo_in_year(number: int) -> None:
    """`date: 2021-01-05` in releases/2020/: the year of the date mistyped."""
    text = release(number).read_text(encoding="utf-8")
    release(number).write_text(
        text.replace("date: 2020-03-02", "date: 2021-01-05"), encoding="utf-8"
    )


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


def withdrawal_beside_published(number: int) -> None:
    """A `withdrawal` written by hand, the status left at published: `archive` refuses it."""
    path = release(number)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + "withdrawal:\n  date: 2020-03-05\n  reason: Termin abgesagt\n", encoding="utf-8"
    )


def spoil_body(number: int) -> None:
    path = release(number)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  Ein Absatz.\n", ""), encoding="utf-8")


DISAGREEMENTS: list[tuple[str, Callable[[], object], list[str]]] = [
    (
        "a published file with a withdrawal but status published",
        lambda: withdrawal_beside_published(2),
        [
            "Abweichung: releases/2020/002-zwei.yaml, Zeile 83, Feld „withdrawal“: Hier steht "
            "eine Zurückziehung, aber status ist nicht withdrawn. Schreiben Sie status: withdrawn "
            "oder löschen Sie withdrawal."
        ],
    ),
    (
        "a published file spoilt by hand",
        lambda: spoil_body(3),
        [
            "Abweichung: releases/2020/003-drei.yaml, Zeile 21, Feld „body“: Das Pflichtfeld "
            "fehlt oder ist leer. Tragen Sie einen Wert ein."
        ],
    ),
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
            "sie. Stellen Sie die Datei aus der Sicherung wieder her und nehmen Sie sie mit "
            "„pressetool reindex“ auf; wurde die Nummer nie verwendet, vermerken Sie die Lücke "
            'mit pressetool discard 002/2020 --reason "Grund".'
        ],
    ),
    (
        "a gap of several numbers",
        lose_numbers_2_to_5,
        [
            "Abweichung: Die Nummern 002/2020 bis 005/2020 fehlen: weder das Register noch eine "
            "Datei kennt sie. Stellen Sie die Dateien aus der Sicherung wieder her und nehmen Sie "
            "sie mit „pressetool reindex“ auf; wurden die Nummern nie verwendet, vermerken Sie "
            'die Lücke mit pressetool discard 002/2020-005/2020 --reason "Grund".'
        ],
    ),
    (
        "a number registered without a file",
        lambda: release(3).unlink(),
        [
            "Abweichung: Die Nummer 003/2020 ist im Register vergeben, aber keine Datei trägt "
            "sie. Stellen Sie die Datei aus der Sicherung wieder her; die Nummer wird nicht neu "
            "vergeben. Wird aus ihr keine Pressemitteilung, vermerken Sie das mit pressetool "
            'discard 003/2020 --reason "Grund".'
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
            "Abweichung: releases/2020/009-drei.yaml, Zeile 7, Feld „number“: Die Nummer 3 "
            "passt nicht zum Dateinamen „009-drei.yaml“, der mit 9 beginnt. Korrigieren Sie die "
            "Nummer oder den Dateinamen."
        ],
    ),
    (
        "a file name without a number in front",
        lambda: release(3).rename("releases/2020/drei.yaml"),
        [
            "Abweichung: releases/2020/drei.yaml: Der Dateiname passt nicht zur Nummer "
            "003/2020. Die Datei gehört in den Ordner releases/2020/ und ihr Name beginnt mit "
            "„003-“."
        ],
    ),
    (
        "a file in the wrong year's folder",
        move_3_to_2021,
        [
            "Abweichung: releases/2021/003-drei.yaml, Zeile 9, Feld „date“: Das Datum liegt im "
            "Jahr 2020, die Datei aber im Ordner 2021; eine Nummer zählt im Jahr ihres Ordners. "
            "Stimmt das Datum nicht, korrigieren Sie es; kam die Datei aus dem Ordner 2020, legen "
            "Sie sie dorthin zurück. Soll sie erst 2020 erscheinen, braucht sie eine neue Nummer "
            "des Jahres 2020, und die bisherige Nummer verwerfen Sie."
        ],
    ),
    (
        "a typo'd year in the date",
        lambda: typo_in_year(1),
        [
            "Abweichung: releases/2020/001-eins.yaml, Zeile 9, Feld „date“: Das Datum liegt im "
            "Jahr 2021, die Datei aber im Ordner 2020; eine Nummer zählt im Jahr ihres Ordners. "
            "Stimmt das Datum nicht, korrigieren Sie es; kam die Datei aus dem Ordner 2021, legen "
            "Sie sie dorthin zurück. Soll sie erst 2021 erscheinen, braucht sie eine neue Nummer "
            "des Jahres 2021, und die bisherige Nummer verwerfen Sie."
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
            "steht „veröffentlicht“, in der Datei schon „zurückgezogen“. Stammt das Register aus "
            "einer älteren Sicherung, übernimmt „pressetool reindex“ den Stand der Datei. Wurde "
            "die Datei von Hand geändert, tragen Sie wieder status: published ein und setzen Sie "
            "den Stand mit pressetool withdraw oder discard.",
        ],
    ),
    (
        "a registered release whose file is not YAML any more",
        lambda: release(2).write_text("title: [\n", encoding="utf-8"),
        [
            "Abweichung: releases/2020/002-zwei.yaml, Zeile 2: Die Datei ist kein gültiges "
            "YAML: Einrückung oder Satzzeichen stimmen nicht."
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


def test_verify_does_not_read_a_draft_in_full(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A draft just made by `new` has no text yet: no Abweichung."""
    new_release(load_config(), "Vier", "2020-03-09")
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


def test_verify_without_register_beside_release_files_says_it_was_lost(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    REGISTER.unlink()
    assert run_main(capsys, "verify") == (
        1,
        f"Abweichung: {three / REGISTER}: Das Nummernregister fehlt, aber in releases/ liegen "
        "schon Pressemitteilungen: Es ging wohl verloren. Holen Sie es aus der Datensicherung "
        "zurück; gibt es keine, bauen Sie es mit „pressetool reindex“ aus den Dateien neu auf. "
        "Nummern ohne Datei, etwa verworfene, kennt es dann nicht mehr.\n1 Abweichung.\n",
        "",
    )


def test_verify_with_a_register_it_cannot_open_says_only_that(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not every file as „steht nicht im Register“ besides (PostgreSQL stopped, a 0-byte
    copy of the register)."""
    REGISTER.write_bytes(b"")
    status, out, _ = run_main(capsys, "verify")
    assert status == 1
    assert out.startswith(f"Abweichung: {three / REGISTER}: Das Nummernregister ist leer (0 Byte)")
    assert out.endswith("\n1 Abweichung.\n")


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
        "Register aus 4 Dateien neu aufgebaut; 4 Nummern neu aufgenommen.\n"
        "Es gab kein Nummernregister; es ist neu angelegt.\n",
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


def test_reindex_refuses_a_file_whose_year_is_a_typo_and_changes_nothing(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`date: 2021-…` in releases/2020/: reindex would give 001/2021 for good."""
    typo_in_year(1)
    before = REGISTER.read_bytes()
    assert run_main(capsys, "reindex") == (
        1,
        "",
        "Fehler: releases/2020/001-eins.yaml, Zeile 9, Feld „date“: Das Datum liegt im Jahr "
        "2021, die Datei aber im Ordner 2020; eine Nummer zählt im Jahr ihres Ordners. Stimmt "
        "das Datum nicht, korrigieren Sie es; kam die Datei aus dem Ordner 2021, legen Sie sie "
        "dorthin zurück. Soll sie erst 2021 erscheinen, braucht sie eine neue Nummer des Jahres "
        "2021, und die bisherige Nummer verwerfen Sie.\n"
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.\n",
    )
    assert REGISTER.read_bytes() == before


BUILT_FROM_FILES = (
    "Das Nummernregister fehlte, obwohl in releases/ schon Pressemitteilungen liegen. "
    "pressetool hat es neu angelegt und zuerst aus diesen Dateien aufgebaut, wie „pressetool "
    "reindex“. Nummern ohne Datei kennt es nicht, etwa verworfene: Gab es eine Sicherung des "
    "Registers, holen Sie sie zurück und prüfen Sie mit „pressetool verify“, ob die eben "
    "vergebene Nummer darin schon vergeben war."
)


def test_new_builds_a_lost_register_from_the_files_first_and_says_so(
    three: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The register deleted: the numbers of the files are not given again, their statuses
    are kept, and the Hinweis names what the register cannot know any more (004/2020 to
    006/2020, discarded without files)."""
    run_main(capsys, "withdraw", "002/2020", "--reason", "Termin abgesagt")
    run_main(capsys, "discard", "004/2020-006/2020", "--reason", "vor pressetool")
    REGISTER.unlink()
    notes: list[Problem] = []
    path = new_release(load_config(), "Vier", "2020-03-09", notes)
    assert [(note.severity, note.message) for note in notes] == [
        (Severity.WARNING, f"{three / REGISTER}: {BUILT_FROM_FILES}")
    ]
    assert path.name.startswith("004-")
    rows = json.loads(run_main(capsys, "list", "--format", "json")[1])
    assert [(r["number"], r["status"]) for r in rows] == [
        ("001/2020", "published"),
        ("002/2020", "withdrawn"),
        ("003/2020", "published"),
        ("004/2020", "draft"),
    ]


def test_new_in_an_office_without_files_makes_an_empty_register_without_a_word(
    office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(office)
    notes: list[Problem] = []
    assert new_release(load_config(), "Eins", "2020-03-02", notes).name.startswith("001-")
    assert notes == []
