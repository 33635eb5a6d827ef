"""Broken, hostile and messy input (issue 10, families 1–5): a German message naming file,
field and line or row, exit status 1, no traceback, nothing written, and quickly.

Each rule is fed the wrong thing through the real command line (in this process,
`run_main`), one case per family member; `test_properties.py` adds Hypothesis.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests.builders import COLUMNS, HEADER, write_list, write_release
from tests.conftest import files_below, run_main
from tests.readback import PROJECT, REFERENCE_RELEASE

REFERENCE = REFERENCE_RELEASE.read_text(encoding="utf-8")
TITLE = REFERENCE.splitlines()[3]


def build_fails(capsys: pytest.CaptureFixture[str], office: Path, text: str | bytes) -> str:
    """`build` of a release with `text`: exit 1, nothing written; its messages."""
    path = write_release(office, "2020/067-test.yaml", "")
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    status, out, err = run_main(capsys, "build", str(path), "--out", str(office / "out"))
    assert status == 1, out + err
    assert "Traceback" not in err
    assert files_below(office / "out") == []
    check_status, _out, check_err = run_main(capsys, "check", str(path))
    assert (check_status, check_err) == (1, err)  # check and build agree
    return err


# -- family 1: characters -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            REFERENCE.replace("Ephraim Gothe", "Ephraim\aGothe"),
            "Zeile 9: In der Zeile steht an Stelle 16 ein unsichtbares Steuerzeichen (U+0007)",
        ),
        (
            REFERENCE.replace("Ephraim Gothe", "Ephraim\x00Gothe"),
            "Zeile 9: In der Zeile steht an Stelle 16 ein unsichtbares Steuerzeichen (U+0000)",
        ),
        (
            REFERENCE.replace("Ephraim Gothe", "Ephraim\ufffeGothe"),
            "Zeile 9: In der Zeile steht an Stelle 16 ein unsichtbares Steuerzeichen (U+FFFE)",
        ),
        (
            REFERENCE.replace("name: Ephraim Gothe", 'name: "Ephraim\\eGothe"'),
            "Zeile 9, Feld „issuer.name“: Der Text enthält an Stelle 8 ein unsichtbares "
            "Steuerzeichen (U+001B)",
        ),
    ],
    ids=["BEL", "NUL", "U+FFFE", "escaped ESC"],
)
def test_control_characters_are_named_with_line(
    capsys: pytest.CaptureFixture[str], office: Path, text: str, expected: str
) -> None:
    assert expected in build_fails(capsys, office, text)


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


def test_invalid_utf8_in_a_file_names_the_line(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    data = REFERENCE.encode().replace(b"Gothe", b"G\xf6the")
    assert "Zeile 9: Die Datei ist nicht in UTF-8 gespeichert" in build_fails(capsys, office, data)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bericht\x07", "Feld „--title“: Der Text enthält ein Zeichen, das kein Text ist (U+0007)"),
        (
            "Bericht\udcff",
            "Feld „--title“: Der Text enthält ein Zeichen, das kein Text ist (U+DCFF)",
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


def test_control_characters_in_settings(
    capsys: pytest.CaptureFixture[str], office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(office)
    (office / "pressetool.toml").write_text('[office]\nname = "Amt\\u0007"\n', encoding="utf-8")
    err = build_fails(capsys, office, REFERENCE)
    assert "Feld „office.name“: Der Text enthält an Stelle 4 ein unsichtbares Steuerzeichen" in err


def test_a_pipe_is_refused_unread(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    import os

    fifo = office / "release.yaml"
    os.mkfifo(fifo)
    status, _out, err = run_main(capsys, "check", str(fifo))
    assert status == 1
    assert "das ist keine gewöhnliche Datei" in err


# -- family 2: sizes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda text: text.replace(TITLE, "title: " + "Sehr langer Titel " * 15),
            "Feld „title“: Der Text ist 269 Zeichen lang; hier sind höchstens 200 erlaubt.",
        ),
        (
            lambda text: text.replace(
                "  title: Voneinander wissen", "  title: " + "x" * 240 + " Voneinander wissen"
            ),
            "Feld „event.title“: Der Text ist 331 Zeichen lang; hier sind höchstens 200 erlaubt.",
        ),
        (
            lambda text: text.replace("body: |\n", "body: |\n  " + "Wort " * 5000 + "\n\n"),
            "Feld „body“: Der Text ist 25",
        ),
        (
            lambda text: text.replace(
                "  participants:\n",
                "  participants:\n" + "    - {article: das, name: Haus}\n" * 101,
            ),
            "Feld „event.participants“: Hier stehen 110 Einträge; erlaubt sind höchstens 100.",
        ),
        (
            lambda text: text + "# " + "x" * 300_000 + "\n",
            "Die Datei ist zu groß: erlaubt sind höchstens 256 KB.",
        ),
    ],
    ids=["title", "event title", "body", "participants", "file"],
)
def test_sizes_have_bounds_that_check_and_build_share(
    capsys: pytest.CaptureFixture[str],
    office: Path,
    change: Callable[[str], str],
    expected: str,
) -> None:
    assert expected in build_fails(capsys, office, change(REFERENCE))


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


# -- family 3: YAML -----------------------------------------------------------------------

ALIAS_BOMB = """\
a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ALIAS_BOMB, "Zeile 1: Verweise mit & und * sind in einer Pressemitteilung nicht erlaubt."),
        ("a: &a [*a]\n", "Zeile 1: Verweise mit & und *"),
        (REFERENCE + "x: *unbekannt\n", "Verweise mit & und *"),
        ("title: !!python/object:os.system ls\n", "Zeile 1: Die Angabe „tag:yaml.org,2002:python"),
        ("title: !Vorlage x\n", "Zeile 1: Die Angabe „!Vorlage“"),
        ("a:\n" + "".join("  " * i + "- \n" for i in range(1, 500)), "mehr als 8 Ebenen"),
        ("[" * 500 + "]" * 500 + "\n", "mehr als 8 Ebenen"),
        ("? [a, b]\n: c\n", "Zeile 1: Hier muss ein Feldname stehen"),
    ],
    ids=[
        "alias bomb",
        "recursive alias",
        "unknown alias",
        "python tag",
        "tag",
        "deep list",
        "deep flow",
        "complex key",
    ],
)
def test_yaml_constructs_are_refused_before_anything_is_built(
    capsys: pytest.CaptureFixture[str], office: Path, text: str, expected: str
) -> None:
    assert expected in build_fails(capsys, office, text)


# -- family 5: spreadsheets -------------------------------------------------------------


def invite_fails(capsys: pytest.CaptureFixture[str], office: Path, recipients: Path) -> str:
    status, out, err = run_main(
        capsys,
        "invite",
        str(REFERENCE_RELEASE),
        "--recipients",
        str(recipients),
        "--out",
        str(office / "out"),
    )
    assert status == 1, out + err
    assert files_below(office / "out") == []
    return err


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            ["Frau;;Eva;Mül\aler;;Weg 1;10115;Berlin;"],
            "Zeile 2: Spalte „Nachname“: Die Zelle enthält ein unsichtbares Steuerzeichen (U+0007)",
        ),
        (
            ["Frau;;Eva;" + "M" * 201 + ";;Weg 1;10115;Berlin;"],
            "Zeile 2: Spalte „Nachname“: Die Zelle ist 201 Zeichen lang; erlaubt sind höchstens "
            "200.",
        ),
        (
            ['Frau;;Eva;"Müller;;Weg 1;10115;Berlin;', "Herr;;Max;Meier;;Weg 2;10115;Berlin;"],
            "Zeile 2: In dieser Zeile beginnt ein Anführungszeichen",
        ),
        (
            ['Frau;;Eva;"Müller;;Weg 1;10115;Berlin;', 'Herr;;Max;Meier";;Weg 2;10115;Berlin;'],
            "Zeile 2: In dieser Zeile beginnt ein Anführungszeichen",
        ),
    ],
    ids=["control character", "long cell", "quote never closed", "quote swallows a row"],
)
def test_csv_problems_name_row_and_column(
    capsys: pytest.CaptureFixture[str], office: Path, rows: list[str], expected: str
) -> None:
    recipients = write_list(office / "liste.csv", rows, encoding="utf-8")
    assert expected in invite_fails(capsys, office, recipients)


def test_a_title_row_above_the_header_is_passed_over_with_a_note(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    recipients = office / "liste.csv"
    recipients.write_text(
        f"Empfänger Neujahrsempfang 2020;;;;;;;;\n;;;;;;;;\n{HEADER}\n"
        "Frau;;Eva;Ende;;Weg 1;10115;Berlin;\n",
        encoding="utf-8",
    )
    status, out, err = run_main(
        capsys,
        "invite",
        str(REFERENCE_RELEASE),
        "--recipients",
        str(recipients),
        "--out",
        str(office / "out"),
    )
    assert status == 0, err
    assert "Hinweis: " in out
    assert "liste.csv: Als Kopfzeile mit den Spaltenüberschriften wurde Zeile 3 gelesen" in out
    assert [p.name for p in (office / "out").rglob("einladung-*-004-ende.pdf")]


def workbook_bytes(build: Callable[[openpyxl.Workbook], None]) -> bytes:
    workbook = openpyxl.Workbook()
    build(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


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
    recipients.write_bytes(workbook_bytes(build))
    status, out, err = run_main(
        capsys,
        "invite",
        str(REFERENCE_RELEASE),
        "--recipients",
        str(recipients),
        "--out",
        str(office / "out"),
    )
    assert status == 0, err
    assert "Die Datei hat 2 Tabellenblätter; gelesen wurde das aktive Blatt „Einladung“" in out
    assert "Die Zeilen 3 sind in Excel ausgeblendet und wurden übergangen." in out
    letters = sorted(p.name for p in (office / "out").rglob("einladung-*.pdf"))
    assert letters == ["einladung-067-2020-002-richtig.pdf"]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    capsys: pytest.CaptureFixture[str], office: Path
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"<row/>" * 100_000
            for _ in range(180):
                member.write(chunk)
    recipients = office / "liste.xlsx"
    recipients.write_bytes(buffer.getvalue())
    assert len(buffer.getvalue()) < 1_000_000
    err = invite_fails(capsys, office, recipients)
    assert "Die Excel-Datei ist entpackt größer als 100 MB" in err


def test_too_many_rows(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    row = "Frau;;Eva;Ende;;Weg 1;10115;Berlin;"
    recipients = write_list(office / "liste.csv", [row] * 10_001, encoding="utf-8")
    assert "Die Liste hat mehr als 10000 Zeilen." in invite_fails(capsys, office, recipients)


def test_the_project_reference_is_untouched() -> None:
    """The tests above change copies only."""
    assert REFERENCE_RELEASE.read_text(encoding="utf-8") == REFERENCE
    assert PROJECT.is_dir()
