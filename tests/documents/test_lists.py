"""`pressetool lists` on the command line: paths printed, German errors, nothing half-written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pressetool.cli import main
from tests.builders import COLUMNS, list_text, public_out_refused, write_list, write_xlsx
from tests.conftest import files_below, run_pressetool
from tests.readback import REFERENCE_RELEASE

WITHOUT_EVENT = """\
number: 1
date: 2020-01-02
title: Neue Sprechzeiten
issuer: {article: das, office: Bezirksamt Mitte}
body: Das Bürgeramt öffnet früher.
"""


@pytest.fixture
def release(office: Path) -> Path:
    target = office / "releases" / "2020" / REFERENCE_RELEASE.name
    target.parent.mkdir()
    shutil.copy(REFERENCE_RELEASE, target)
    return target


def run(office: Path, *args: str | Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(office)
    return main(["lists", *map(str, args)])


def test_lists_writes_four_documents_and_names_them(
    office: Path, release: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    registrations = write_xlsx(
        office / "anmeldungen.xlsx",
        [COLUMNS, ["Herr", None, "Max", "Schmidt", None, None, 1067, "Dresden", None]],
    )
    status = run(office, release, "--registrations", registrations.name, monkeypatch=monkeypatch)
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out == [
        "Hinweis: anmeldungen.xlsx, Zeile 2: Spalte „PLZ“: Excel hat die Postleitzahl als Zahl "
        "1067 gespeichert; verwendet wird 01067. Formatieren Sie die Spalte in Excel als Text.",
        "intern/2020/067/teilnehmendenliste-067-2020.pdf",
        "intern/2020/067/teilnehmendenliste-067-2020.docx",
        "intern/2020/067/anwesenheitsliste-067-2020.pdf",
        "intern/2020/067/anwesenheitsliste-067-2020.docx",
    ]
    assert files_below(office / "output") == []  # personal data is never public
    assert [p.name for p in files_below(office / "intern")] == [
        "anwesenheitsliste-067-2020.docx",
        "anwesenheitsliste-067-2020.pdf",
        "teilnehmendenliste-067-2020.docx",
        "teilnehmendenliste-067-2020.pdf",
    ]


BAD_ROWS = list_text(["Fr.;;Petra;Müller;;;;;", ";;Kim;;;;;;", "Herr;;Max;Schmidt;;;1234x;;"])


@pytest.mark.parametrize(
    ("files", "errors"),
    [
        (
            {"releases/2020/001-sprechzeiten.yaml": WITHOUT_EVENT},
            [
                "releases/2020/001-sprechzeiten.yaml, Feld „event“: Die Pressemitteilung "
                "beschreibt keine Veranstaltung, daher gibt es keine Teilnehmenden- und keine "
                "Anwesenheitsliste. Tragen Sie unter event Titel (title), Datum (date), Beginn "
                "(start) und Ort (venue) ein."
            ],
        ),
        (
            {"anmeldungen.csv": BAD_ROWS},
            [
                "anmeldungen.csv, Zeile 2: Spalte „Anrede“: „Fr.“ ist keine Anrede. Schreiben "
                "Sie Frau, Herr, divers oder lassen Sie das Feld leer.",
                "anmeldungen.csv, Zeile 3: Die Zeile nennt weder einen Nachnamen noch eine "
                "Organisation. Tragen Sie in der Spalte „Nachname“ oder „Organisation“ etwas "
                "ein, oder löschen Sie die Zeile.",
                "anmeldungen.csv, Zeile 4: Spalte „PLZ“: „1234x“ ist keine Postleitzahl.",
            ],
        ),
        (
            {
                "releases/2020/001-sprechzeiten.yaml": WITHOUT_EVENT,
                "anmeldungen.csv": list_text([";;Kim;;;;;;"]),
            },
            [
                "anmeldungen.csv, Zeile 2: Die Zeile nennt weder einen Nachnamen",
                "releases/2020/001-sprechzeiten.yaml, Feld „event“: Die Pressemitteilung "
                "beschreibt keine Veranstaltung",
            ],
        ),
        (
            {"anmeldungen.csv": "Anrede;Vorname;Name;Organisation\nFrau;Petra;Müller;\n"},
            [
                "anmeldungen.csv, Zeile 1: Die Spalte „Nachname“ fehlt. Heißt sie „Name“? "
                "Schreiben Sie die Überschrift „Nachname“."
            ],
        ),
        (
            # a character that no installed font has: an empty box on the sign-in sheet
            {"anmeldungen.csv": list_text(["Herr;Dr.;Max;Schmidt;Kiezladen \U0010fffd;;;;"])},
            [
                "anmeldungen.csv, Zeile 2: Spalte „Organisation“: Für das Zeichen „\U0010fffd“ "
                "(U+10FFFD) aus „Kiezladen \U0010fffd“ hat die Anwesenheitsliste keine Schrift; "
                "sie würde dort ein leeres Kästchen zeigen. Lassen Sie das Zeichen weg oder "
                "schreiben Sie lateinische Buchstaben. Oder bitten Sie die IT, eine "
                "TrueType-Schrift (.ttf) mit dem Zeichen zu installieren."
            ],
        ),
        (
            # every problem of the list in one run: a row's error, another row's font
            {
                "anmeldungen.csv": list_text(
                    ["Fr.;;Petra;Müller;;;;;", "Herr;Dr.;Max;Schmidt;Kiezladen \U0010fffd;;;;"]
                )
            },
            [
                "anmeldungen.csv, Zeile 2: Spalte „Anrede“: „Fr.“ ist keine Anrede.",
                "anmeldungen.csv, Zeile 3: Spalte „Organisation“: Für das Zeichen „\U0010fffd“ "
                "(U+10FFFD) aus „Kiezladen \U0010fffd“ hat die Anwesenheitsliste keine Schrift;",
            ],
        ),
        (
            {"pressetool.toml": '[privacy_notice]\ndeletion = ["bald"]\n'},
            [
                "pressetool.toml, Feld „privacy_notice.deletion“: Hier gehört ein Text in "
                "Anführungszeichen hin"
            ],
        ),
    ],
)
def test_wrong_input_is_named_and_nothing_written(
    office: Path,
    release: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    errors: list[str],
) -> None:
    for name, text in files.items():
        (office / name).write_text(text, encoding="utf-8")
    release_file = next((n for n in files if n.endswith(".yaml")), None)
    args: list[str | Path] = [office / release_file if release_file else release]
    if "anmeldungen.csv" in files:
        args += ["--registrations", "anmeldungen.csv"]
    status = run(office, *args, monkeypatch=monkeypatch)
    stderr = capsys.readouterr().err.replace(f"{office}/", "").splitlines()
    assert status == 1
    assert len(stderr) == len(errors) + 1
    for line, error in zip(sorted(stderr[:-1]), errors, strict=True):
        assert line.startswith(f"Fehler: {error}")
    assert stderr[-1].endswith("Fehler gefunden. Es wurde keine Datei geschrieben.")
    assert files_below(office / "output") == files_below(office / "intern") == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["lists"], "diese Angaben fehlen: DATEI.yaml"),
        (["lists", "x.yaml", "--blank-rows", "zehn"], "„zehn“ ist keine Anzahl"),
        (["lists", "x.yaml", "--blank-rows", "-1"], "„-1“ ist keine Anzahl"),
        (
            ["lists", "x.yaml", "--blank-rows", "99999999999"],
            "„99999999999“ ist keine Anzahl von 0 bis 1.000. Schreiben Sie eine ganze Zahl von "
            "0 bis 1.000, zum Beispiel 20.",
        ),
        (["lists", "x.yaml", "--blank-rows", "1001"], "„1001“ ist keine Anzahl von 0 bis 1.000"),
        (["lists", "x.yaml", "--blank-rows", "١٢"], "„١٢“ ist keine Anzahl"),
    ],
)
def test_wrong_usage_exits_2_in_german(args: list[str], words: str) -> None:
    result = run_pressetool(*args)
    assert result.status == 2
    assert words in result.stderr


def test_help_names_both_lists_in_german() -> None:
    result = run_pressetool("lists", "--help")
    assert result.status == 0
    for words in ("Aufruf: pressetool lists", "Anwesenheitsliste", "--blank-rows ANZAHL"):
        assert words in result.stdout


@pytest.mark.parametrize("out", ["output", "output/listen"])
def test_lists_never_go_to_the_public_folder(
    office: Path,
    release: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    out: str,
) -> None:
    status = run(office, release, "--out", out, monkeypatch=monkeypatch)
    assert status == 1
    assert capsys.readouterr().err.splitlines() == [
        f"Fehler: Feld „--out“: {public_out_refused(out)}",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]
    assert files_below(office / "output") == files_below(office / "intern") == []


def test_help_says_where_the_lists_go() -> None:
    result = run_pressetool("lists", "--help")
    assert result.status == 0
    assert (
        "--out ORDNER Zielordner (Voreinstellung: der interne Ordner intern/, [paths] internal "
        "in pressetool.toml); nie der öffentliche Ordner output/ oder ein Ordner darin, denn "
        "die Listen enthalten Namen und Anschriften"
    ) in " ".join(result.stdout.split())


def test_a_person_registered_twice_is_noted(
    office: Path, release: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    registrations = office / "anmeldungen.csv"
    registrations.write_text(
        list_text(["Herr;;Max;Schmidt;Kiezladen;;;;", "herr;;max; schmidt;KIEZLADEN;;;;"]),
        encoding="utf-8",
    )
    status = run(office, release, "--registrations", registrations.name, monkeypatch=monkeypatch)
    assert status == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Hinweis: anmeldungen.csv: Zeile 3 ist dieselbe Person wie Zeile 2 (gleicher Name, "
        "gleiche Anschrift): Sie erhielte zwei Einladungen oder stünde zweimal auf der "
        "Anwesenheitsliste. Löschen Sie eine der beiden Zeilen, wenn das nicht gewollt ist."
    )


def test_the_sign_in_sheets_last_page_is_full_also_with_rows_of_several_lines(
    office: Path, release: Path
) -> None:
    """A long Einrichtung takes two lines: such rows fill a page before 13 do."""
    import pdfplumber

    from pressetool.documents.lists import make_lists
    from pressetool.office import load_config

    long = "Arbeitsgemeinschaft der Nachbarschaftseinrichtungen in Berlin-Mitte e. V."
    rows = [f"Frau;;Erika;Muster{n};{long};Bergstr. 1;10115;Berlin;" for n in range(31)]
    registrations = write_list(office / "anmeldungen.csv", rows)
    config = load_config(office)

    def sheet(blank_rows: int | None) -> tuple[int, int]:
        """The sheet's pages and the number of its last row."""
        result = make_lists(release, config, registrations=registrations, blank_rows=blank_rows)
        pdf = next(path for path in result.written if path.name == "anwesenheitsliste-067-2020.pdf")
        with pdfplumber.open(pdf) as sheet:  # the row numbers stand in the first column
            first_column = [w for w in sheet.pages[-1].extract_words() if w["x0"] < 60]
            return len(sheet.pages), max(
                int(w["text"]) for w in first_column if w["text"].isdigit()
            )

    pages, last = sheet(None)
    assert last - 31 >= 10
    assert sheet(last - 31) == (pages, last)
    assert sheet(last - 31 + 1)[0] == pages + 1  # one row more needs a new page


def test_lists_of_a_withdrawn_release_are_made_with_a_hint(
    office: Path, release: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = release.read_text(encoding="utf-8")
    release.write_text(
        text + "status: withdrawn\nwithdrawal: {date: 2020-03-05, reason: Sie fällt aus.}\n",
        encoding="utf-8",
    )
    status = run(office, release, monkeypatch=monkeypatch)
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out[0] == (
        f"Hinweis: {release}, Feld „status“: Die Pressemitteilung Nr. "
        "067/2020 ist zurückgezogen; die Listen sind trotzdem geschrieben. Prüfen Sie, ob die "
        "Veranstaltung stattfindet."
    )
