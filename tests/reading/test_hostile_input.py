"""Broken, hostile and messy input (issue 10, families 1–5), beyond the corpus
(`tests/hostile_corpus.py`): command-line arguments and file names, pipes, what the
documents show of Word's breaks, and which people a spreadsheet's letters go to.
`test_properties.py` adds Hypothesis.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.builders import COLUMNS, HEADER, write_release, xlsx_bytes
from tests.conftest import files_below, run_main
from tests.readback import PROJECT, REFERENCE_RELEASE

REFERENCE = REFERENCE_RELEASE.read_text(encoding="utf-8")
TITLE = REFERENCE.splitlines()[3]


# -- family 1: characters -------------------------------------------------------------


@pytest.mark.parametrize("escape", ["\\U00110000", "\\UFFFFFFFF"])
def test_an_escape_beyond_unicode_is_named_with_its_line(
    capsys: pytest.CaptureFixture[str], office: Path, escape: str
) -> None:
    """PyYAML's `chr()` of it raised a ValueError: a traceback without the file's name."""
    path = write_release(
        office, "2020/067-test.yaml", REFERENCE.replace(TITLE, f'title: "{escape}"')
    )
    for command in ("check", "build"):
        status, out, err = run_main(capsys, command, str(path))
        assert (status, out) == (1, "")
        assert err.splitlines()[0] == (
            f"Fehler: {path}, Zeile 4: „{escape}“ bezeichnet kein Zeichen (die Nummern enden "
            "bei \\U0010FFFF). Schreiben Sie das gemeinte Zeichen selbst in den Text, oder "
            "löschen Sie die Angabe."
        )
    assert not (office / "output").exists()


def test_word_breaks_are_spaces_and_line_breaks(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    """Shift+Enter (vertical tab) and a page break (form feed) from Word are not errors."""
    text = REFERENCE.replace("Ephraim Gothe", "Ephraim\vGothe").replace(
        "Kooperationsvereinbarung.", "Kooperationsvereinbarung.\f"
    )
    path = write_release(office, "2020/067-test.yaml", text)
    status, _out, err = run_main(capsys, "build", str(path), "--out", str(office / "out"))
    assert (status, err) == (0, "")
    from tests.readback import docx_paragraphs

    (docx,) = (office / "out").rglob("*.docx")
    assert any("Ephraim Gothe" in p for p in docx_paragraphs(docx))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            TITLE,
            'title: "\u00a0\u200b"',
            "Zeile 4, Feld „title“: Das Pflichtfeld fehlt oder ist leer.",
        ),
        (
            "title: Veranstaltung",
            "ti\u200btle: Veranstaltung",
            "Zeile 4, Feld „ti\u200btle“: Im Feldnamen steht ein unsichtbares Zeichen (U+200B)",
        ),
        (
            "title: Veranstaltung",
            "title: Veran\u202estaltung",
            "Zeile 4: In der Zeile steht an Stelle 13 ein unsichtbares Steuerzeichen (U+202E)",
        ),
        (
            "event:\n",
            "invitation:\n  rsvp_by: 2020-03-12\nevent:\n",
            "Zeile 27, Feld „invitation.rsvp_by“: Die Rückmeldung ist bis 12.03.2020 erbeten, "
            "die Veranstaltung ist aber schon am 11.03.2020.",
        ),
        (
            'postcode: "10117"',
            'postcode: "١٠١١٧"',
            "Feld „event.venue.postcode“: „١٠١١٧“ ist keine Postleitzahl.",
        ),
        (
            'postcode: "10117"',
            'postcode: "１０１１７"',
            "Feld „event.venue.postcode“: „１０１１７“ ist keine Postleitzahl.",
        ),
    ],
)
def test_invisible_direction_and_foreign_digit_characters_in_a_release(
    capsys: pytest.CaptureFixture[str], office: Path, old: str, new: str, expected: str
) -> None:
    """A title of invisible characters is empty; a direction override (it shows
    `Veranstaltung` reordered) and digits other than 0–9 are errors."""
    assert old in REFERENCE
    path = write_release(office, "2020/067-test.yaml", REFERENCE.replace(old, new, 1))
    status, out, err = run_main(capsys, "check", str(path))
    assert status == 1 and out == ""
    assert expected in err, err


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Bericht\x07",
            "Option „--title“: Der Text enthält ein Zeichen, das kein Text ist (U+0007)",
        ),
        (
            "Bericht\udcff",
            "Option „--title“: Der Text enthält ein Zeichen, das kein Text ist (U+DCFF)",
        ),
    ],
)
def test_control_characters_in_arguments(
    capsys: pytest.CaptureFixture[str],
    office: Path,
    title: str,
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(office)
    status, _out, err = run_main(capsys, "new", "--title", title)
    assert status == 1
    assert expected in err
    assert files_below(office / "releases") == []


@pytest.mark.parametrize(
    "command", [["build"], ["lists"], ["invite", "--recipients", "liste.csv"]], ids=str
)
def test_a_control_character_in_the_out_folder_is_refused(
    capsys: pytest.CaptureFixture[str],
    office: Path,
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`--out $'x\\x1b[31mst'` made a folder of that name and printed the escape sequence raw
    (it turned the terminal red); a title of it was refused already."""
    monkeypatch.chdir(office)
    release = write_release(office, "2020/067-test.yaml", REFERENCE)
    status, out, err = run_main(capsys, *command, str(release), "--out", "x\x1b[31mst")
    assert (status, out) == (1, "")
    assert err.splitlines()[0] == (
        "Fehler: Option „--out“: Der Ordnername enthält ein Steuerzeichen (U+001B), etwa aus "
        "einer mitkopierten Zeile. Geben Sie ihn noch einmal ein."
    )
    assert "\x1b" not in err
    assert sorted(p.name for p in office.iterdir() if p.name.startswith("x")) == []


def test_a_control_character_in_the_folder_of_init_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run_main(capsys, "init", "ini\x1b[31mt", "--name", "Test")
    assert (status, out) == (1, "")
    assert err.splitlines()[0] == (
        "Fehler: Der Ordnername enthält ein Steuerzeichen (U+001B), etwa aus einer "
        "mitkopierten Zeile. Geben Sie ihn noch einmal ein."
    )
    assert list(tmp_path.iterdir()) == []


def test_invalid_utf8_in_an_argument_is_a_message_not_a_traceback(office: Path) -> None:
    """A terminal in Latin-1 passes bytes that are not UTF-8: Python makes them surrogates."""
    result = subprocess.run(
        [sys.executable, "-m", "pressetool", "new", "--title", b"Gr\xfcn"],
        cwd=office,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "(U+DCFC)" in result.stderr.decode()
    assert b"Traceback" not in result.stderr
    assert files_below(office / "releases") == []


def test_a_file_name_that_is_not_utf8_can_be_named(office: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pressetool", "build", b"Gr\xfcn.yaml"],
        cwd=office,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Gr\\udcfcn.yaml: Die Datei gibt es nicht." in result.stderr.decode()


def test_a_pipe_is_refused_unread(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    import os

    fifo = office / "release.yaml"
    os.mkfifo(fifo)
    status, _out, err = run_main(capsys, "check", str(fifo))
    assert status == 1
    assert "das ist keine gewöhnliche Datei" in err


# -- family 2: sizes --------------------------------------------------------------------


def test_the_longest_title_check_accepts_renders_everywhere(office: Path) -> None:
    """What `check` accepts, `build`, `invite` and `lists` render (DOCX properties hold 255)."""
    from tests.conftest import run_pressetool

    title = "Ä" * 200
    text = REFERENCE.replace(TITLE, f"title: {title}").replace(
        "  title: Voneinander wissen in Mitte – JobCenter und Nachbarschaftseinrichtungen "
        "lernen sich kennen",
        f"  title: {title}",
    )
    path = write_release(office, "2020/067-test.yaml", text)
    recipients = office / "liste.csv"
    recipients.write_text(
        "Anrede;Vorname;Nachname;Organisation;Straße;PLZ;Ort\nFrau;Eva;Ende;;Weg 1;10115;Berlin\n",
        encoding="utf-8",
    )
    commands: list[list[str | Path]] = [
        ["check", path],
        ["build", path, "--out", "out"],
        ["invite", path, "--recipients", recipients, "--out", "out"],
        ["lists", path, "--out", "out"],
    ]
    for command in commands:
        result = run_pressetool(*command, cwd=office)
        assert result.status == 0, result.stderr


# -- family 5: spreadsheets -------------------------------------------------------------


def invite_into(
    capsys: pytest.CaptureFixture[str], office: Path, recipients: Path
) -> tuple[int, str, str]:
    """`invite` of the reference release to `recipients`, into `office/out`."""
    return run_main(
        capsys,
        "invite",
        str(REFERENCE_RELEASE),
        "--recipients",
        str(recipients),
        "--out",
        str(office / "out"),
    )


def test_a_title_row_above_the_header_is_passed_over_with_a_note(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    recipients = office / "liste.csv"
    recipients.write_text(
        f"Empfänger Neujahrsempfang 2020;;;;;;;;\n;;;;;;;;\n{HEADER}\n"
        "Frau;;Eva;Ende;;Weg 1;10115;Berlin;\n",
        encoding="utf-8",
    )
    status, out, err = invite_into(capsys, office, recipients)
    assert status == 0, err
    assert "Hinweis: " in out
    assert "liste.csv: Als Kopfzeile mit den Spaltenüberschriften wurde Zeile 3 gelesen" in out
    assert [p.name for p in (office / "out").rglob("einladung-*-004-ende.pdf")]


def test_the_active_visible_sheet_is_read_and_named(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    def build(workbook: openpyxl.Workbook) -> None:
        hidden = workbook.active
        assert hidden is not None
        hidden.title = "Alt"
        hidden.append(COLUMNS)
        hidden.append(["Herr", None, "Falsch", "Falsch", None, "Weg 9", "10115", "Berlin"])
        hidden.sheet_state = "hidden"
        shown = workbook.create_sheet("Einladung")
        shown.append(COLUMNS)
        shown.append(["Frau", None, "Eva", "Richtig", None, "Weg 1", "10115", "Berlin"])
        shown.append(["Herr", None, "Max", "Versteckt", None, "Weg 2", "10115", "Berlin"])
        shown.row_dimensions[3].hidden = True
        workbook.create_sheet("Notizen").append(["nichts"])
        workbook.active = 1

    recipients = office / "liste.xlsx"
    recipients.write_bytes(xlsx_bytes(build))
    status, out, err = invite_into(capsys, office, recipients)
    assert status == 0, err
    assert "Die Datei hat 2 Tabellenblätter; gelesen wurde das aktive Blatt „Einladung“" in out
    assert "Die Zeile 3 ist in Excel ausgeblendet und wurde übergangen." in out
    letters = sorted(p.name for p in (office / "out").rglob("einladung-*.pdf"))
    assert letters == ["einladung-067-2020-002-richtig.pdf"]


def test_the_project_reference_is_untouched() -> None:
    """The tests above change copies only."""
    assert REFERENCE_RELEASE.read_text(encoding="utf-8") == REFERENCE
    assert PROJECT.is_dir()
